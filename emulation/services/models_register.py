"""The "Dân vận khéo" models register: imported from the lists units send, listed, counted."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.register import DEFAULT_FIELDS, ModelEntry, Status
from emulation.services.errors import InputError
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import Unit, get_setting, record
from emulation.store.models import RegisteredModel
from emulation.text import match_key


@dataclass(frozen=True)
class ModelLine:
    id: int
    entry: ModelEntry
    unit_name: str


@dataclass(frozen=True)
class ModelsImported:
    added: int
    changed: int
    unchanged: int


def committee_fields(session: Session) -> tuple[str, ...]:
    """The fields of the register: the setting ``dvk_fields`` (one a line), else the usual four."""
    try:
        text = get_setting(session, "dvk_fields")
    except (KeyError, ValueError):
        text = ""
    fields = tuple(line.strip() for line in text.splitlines() if line.strip())
    return fields or DEFAULT_FIELDS


def model_lines(session: Session) -> list[ModelLine]:
    units = {u.id: u for u in session.scalars(select(Unit))}
    rows = session.scalars(select(RegisteredModel).order_by(RegisteredModel.year, RegisteredModel.id))
    return [ModelLine(r.id, _entry(r, units[r.unit_id].code), units[r.unit_id].name) for r in rows]


def _entry(r: RegisteredModel, unit_code: str) -> ModelEntry:
    return ModelEntry(r.name, unit_code, r.field, r.year, Status(r.status), r.stopped_year, r.evidence)


def list_models(ws: Workspace) -> list[ModelLine]:
    with ws.transaction() as session:
        return model_lines(session)


def register_fields(ws: Workspace) -> tuple[str, ...]:
    with ws.transaction() as session:
        return committee_fields(session)


def import_models(ws: Workspace, path: Path) -> ModelsImported:
    """A list of models (one row a model): all or nothing; a model already in the register
    (same unit, same name) is updated, any other added."""
    from emulation.excel.models_file import read_models
    from emulation.excel.score_grid import KnownUnit

    path = Path(path)
    with ws.transaction(Action.RECORDS) as session:
        fields = committee_fields(session)
        known = [KnownUnit(u.code, u.name) for u in session.scalars(select(Unit))]
    entries, faults = read_models(path, fields, known)
    if faults:
        raise InputError(faults)
    with ws.transaction(Action.RECORDS) as session:
        units = {u.code: u.id for u in session.scalars(select(Unit))}
        stored = {(r.unit_id, match_key(r.name)): r for r in session.scalars(select(RegisteredModel))}
        counts = [0, 0, 0]
        for e in entries:
            row = stored.get((units[e.unit_code], match_key(e.name)))
            counts[_upsert(session, ws.user, row, e, units[e.unit_code])] += 1
        record(session, who=ws.user, action="models_imported", entity="dvk_model",
               detail=f"{path.name}: +{counts[0]}, ~{counts[1]}, ={counts[2]}")
        return ModelsImported(*counts)


def _upsert(session: Session, who: str, row: RegisteredModel | None, e: ModelEntry, unit_id: int) -> int:
    values = {"field": e.field, "year": e.year, "status": e.status.value, "stopped_year": e.stopped_year,
              "evidence": e.evidence}
    if row is None:
        session.add(RegisteredModel(name=e.name, unit_id=unit_id, **values))
        return 0
    old = {k: getattr(row, k) for k in values}
    if old == values:
        return 2
    for key, value in values.items():
        setattr(row, key, value)
    record(session, who=who, action="model_changed", entity="dvk_model", unit_code=e.unit_code, field=e.name,
           old=str(old), new=str(values))
    return 1
