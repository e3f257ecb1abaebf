"""What an import would write, shown before anything is written (the import assistant's preview)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from emulation.scoring.entries import encode_raw
from emulation.scoring.problems import Problem
from emulation.scoring.scores import Role
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, writable_period
from emulation.services.scores import period_known_units, period_unit_ids, read_workbook, refuse_summary
from emulation.services.workspace import Workspace
from emulation.store import Score
from emulation.text import nfc


@dataclass(frozen=True)
class Change:
    unit_code: str
    unit_name: str
    leaf_code: str
    role: Role
    scorer: str
    old: str | None
    new: str
    where: str


@dataclass(frozen=True)
class ImportPreview:
    """Either the changes an import would make, or every fault that stops it (never both)."""

    changes: list[Change]
    unchanged: int
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def preview_scores(
    ws: Workspace, period_name: str, path: Path, *, role: Role = Role.MEMBER, scorer: str | None = None
) -> ImportPreview:
    """Read ``path`` as ``services.scores.import_scores`` would, and compare with what is stored."""
    scorer = nfc(scorer or "")
    try:
        with ws.transaction() as session:
            period = writable_period(session, period_name)
            refuse_summary(period)
            cs = criteria_of(period)
            units = period_known_units(session, period)
            batches = read_workbook(path, period, cs, units, role, scorer)
            names = {u.code: u.name for u in units}
            ids = period_unit_ids(session, period)
            stored = {
                (s.unit_id, s.leaf_code, s.role, s.scorer): s.raw_value
                for s in session.scalars(select(Score).where(Score.period_id == period.id))
            }
    except InputError as exc:
        return ImportPreview([], 0, list(exc.problems))
    changes: list[Change] = []
    unchanged = 0
    for batch_role, batch_scorer, values in batches:
        for v in values:
            if v.raw is None:
                continue
            new = encode_raw(v.raw)
            old = stored.get((ids[v.unit_code], v.leaf_code, batch_role.value, batch_scorer))
            if old == new:
                unchanged += 1
                continue
            changes.append(
                Change(v.unit_code, names[v.unit_code], v.leaf_code, batch_role, batch_scorer, old, new, v.where)
            )
    return ImportPreview(changes, unchanged, [])
