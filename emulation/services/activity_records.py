"""Activity records: typed in, imported from a workbook (all of it or nothing), exported,
deleted — each write audited, and refused when a locked period has used the day's records."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.activity_types import ActivityType, read_value
from emulation.scoring.problems import Problem, problem
from emulation.services.activity_types import all_type_rows, type_of, type_row_named
from emulation.services.errors import InputError, PeriodLocked
from emulation.services.lookup import unit_named, units_by_code
from emulation.services.period_spans import locking_period
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import Unit, record
from emulation.store.models import ActivityRecord, ActivityTypeRow
from emulation.text import format_date, nfc


@dataclass(frozen=True)
class RecordLine:
    id: int
    type_code: str
    type_name: str
    unit_code: str
    unit_name: str
    on: date
    values: dict[str, str]
    note: str | None


@dataclass(frozen=True)
class RecordsImported:
    added: int
    unchanged: int


def _canonical(values: dict[str, str]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def refuse_locked(session: Session, on: date, where: str = "date") -> None:
    period = locking_period(session, on)
    if period is not None:
        raise PeriodLocked([problem(where, "records_locked", date=format_date(on), period=period.name)])


def add_record(ws: Workspace, type_name: str, unit_code: str, on: date, values: dict[str, object],
               note: str | None = None) -> int:
    """One typed record; every field checked, any fault refuses it."""
    with ws.transaction(Action.RECORDS) as session:
        row = type_row_named(session, type_name)
        t = type_of(row)
        unit = unit_named(session, unit_code)
        stored = {k: v for k, v in _read_values(t, values).items() if v is not None}
        refuse_locked(session, on)
        item = ActivityRecord(type_id=row.id, unit_id=unit.id, on=on, values=_canonical(stored),
                              note=nfc(note) if note else None, entered_by=ws.user)
        session.add(item)
        session.flush()
        _audit(session, ws.user, "record_added", t.name, unit.code, on, stored)
        return item.id


def _read_values(t: ActivityType, values: dict[str, object]) -> dict[str, str | None]:
    """Typed values by field code or label; a blank clears the field. Any fault refuses them all."""
    faults: list[Problem] = []
    stored: dict[str, str | None] = {}
    for key, value in values.items():
        f = t.field(key) or t.field_named(key)
        if f is None:
            faults.append(problem(key, "record_unknown_field", field=key, type=t.name))
            continue
        text, fault = read_value(f, value, f.label)
        if fault:
            faults.append(fault)
        else:
            stored[f.code] = text
    if faults:
        raise InputError(faults)
    return stored


def update_record(ws: Workspace, record_id: int, values: dict[str, object], note: str | None = None) -> RecordLine:
    """Change fields of a stored record (a cell of the grid), checked, audited, refused when locked."""
    with ws.transaction(Action.RECORDS) as session:
        item = session.get(ActivityRecord, record_id)
        if item is None:
            raise InputError([problem("record", "record_unknown", id=record_id)])
        row = session.get(ActivityTypeRow, item.type_id)
        assert row is not None
        t = type_of(row)
        changes = _read_values(t, values)
        refuse_locked(session, item.on)
        old = json.loads(item.values)
        new = {k: v for k, v in {**old, **changes}.items() if v is not None}
        new_note = item.note if note is None else (nfc(note).strip() or None)
        if new != old or new_note != item.note:
            item.values, item.note, item.entered_by = _canonical(new), new_note, ws.user
            record(session, who=ws.user, action="record_changed", entity="activity_record",
                   unit_code=session.get(Unit, item.unit_id).code, field=t.name,  # type: ignore[union-attr]
                   old=f"{format_date(item.on)} {_canonical(old)}", new=f"{format_date(item.on)} {_canonical(new)}")
        unit = session.get(Unit, item.unit_id)
        assert unit is not None
        return RecordLine(item.id, t.code, t.name, unit.code, unit.name, item.on, json.loads(item.values), item.note)


def delete_record(ws: Workspace, record_id: int) -> None:
    with ws.transaction(Action.RECORDS) as session:
        item = session.get(ActivityRecord, record_id)
        if item is None:
            raise InputError([problem("record", "record_unknown", id=record_id)])
        refuse_locked(session, item.on)
        t = session.get(ActivityTypeRow, item.type_id)
        unit = session.get(Unit, item.unit_id)
        _audit(session, ws.user, "record_deleted", t.name if t else "?", unit.code if unit else "?", item.on,
               json.loads(item.values))
        session.delete(item)


def _audit(session: Session, who: str, action: str, type_name: str, unit_code: str, on: date,
           values: dict[str, str]) -> None:
    record(session, who=who, action=action, entity="activity_record", unit_code=unit_code, field=type_name,
           new=f"{format_date(on)} {_canonical(values)}")


def list_records(ws: Workspace, *, type_name: str | None = None, unit_code: str | None = None,
                 starts_on: date | None = None, ends_on: date | None = None) -> list[RecordLine]:
    with ws.transaction() as session:
        return records_in(session, type_name=type_name, unit_code=unit_code, starts_on=starts_on, ends_on=ends_on)


def records_in(session: Session, *, type_name: str | None = None, unit_code: str | None = None,
               starts_on: date | None = None, ends_on: date | None = None) -> list[RecordLine]:
    query = select(ActivityRecord).order_by(ActivityRecord.on, ActivityRecord.id)
    if type_name:
        query = query.where(ActivityRecord.type_id == type_row_named(session, type_name).id)
    if unit_code:
        query = query.where(ActivityRecord.unit_id == unit_named(session, unit_code).id)
    if starts_on:
        query = query.where(ActivityRecord.on >= starts_on)
    if ends_on:
        query = query.where(ActivityRecord.on <= ends_on)
    types = {r.id: r for r in all_type_rows(session)}
    units = {u.id: u for u in session.scalars(select(Unit))}
    return [
        RecordLine(r.id, types[r.type_id].code, types[r.type_id].name, units[r.unit_id].code,
                   units[r.unit_id].name, r.on, json.loads(r.values), r.note)
        for r in session.scalars(query)
    ]


def import_records(ws: Workspace, path: Path) -> RecordsImported:
    """A workbook of records: every fault named by ``file › sheet › cell``, nothing written
    when there is any. A row identical to a stored record (type, unit, day, values, note) is
    taken as already imported and skipped, so importing a file twice adds nothing."""
    from emulation.excel.records_file import read_records
    from emulation.excel.score_grid import KnownUnit

    path = Path(path)
    with ws.transaction(Action.RECORDS) as session:
        types = [type_of(r) for r in all_type_rows(session)]
        known = [KnownUnit(u.code, u.name) for u in session.scalars(select(Unit))]
    rows, faults = read_records(path, types, known)
    if faults:
        raise InputError(faults)
    with ws.transaction(Action.RECORDS) as session:
        type_ids = {r.code: r.id for r in all_type_rows(session)}
        units = units_by_code(session)
        lock_faults = [problem(r.where, "records_locked", date=format_date(r.on), period=p.name)
                       for r in rows if (p := locking_period(session, r.on)) is not None]
        if lock_faults:
            raise PeriodLocked(lock_faults)
        seen = _stored_keys(session, {r.on for r in rows})
        added = unchanged = 0
        for r in rows:
            key = (type_ids[r.type_code], units[r.unit_code].id, r.on, _canonical(r.values), r.note)
            if key in seen:
                unchanged += 1
                continue
            seen.add(key)
            session.add(ActivityRecord(type_id=key[0], unit_id=key[1], on=r.on, values=key[3], note=r.note,
                                       entered_by=ws.user))
            added += 1
        record(session, who=ws.user, action="records_imported", entity="activity_record",
               detail=f"{path.name}: +{added}, ={unchanged}")
        return RecordsImported(added, unchanged)


def _stored_keys(session: Session, days: set[date]) -> set[tuple[int, int, date, str, str | None]]:
    if not days:
        return set()
    query = select(ActivityRecord).where(ActivityRecord.on >= min(days), ActivityRecord.on <= max(days))
    return {(r.type_id, r.unit_id, r.on, _canonical(json.loads(r.values)), r.note) for r in session.scalars(query)}


def export_records(ws: Workspace, path: Path, *, starts_on: date | None = None, ends_on: date | None = None,
                   type_names: Sequence[str] = ()) -> int:
    """Write the records (every type a sheet, empty sheets as templates); the number written."""
    from emulation.excel.records_file import ExportRow, write_records

    with ws.transaction() as session:
        rows = [type_row_named(session, n) for n in type_names] if type_names else all_type_rows(session)
        lines = records_in(session, starts_on=starts_on, ends_on=ends_on)
        sheets = []
        for row in rows:
            mine = [ExportRow(x.unit_code, x.unit_name, x.on, x.values, x.note) for x in lines
                    if x.type_code == row.code]
            sheets.append((type_of(row), mine))
    write_records(Path(path), sheets)
    return sum(len(s[1]) for s in sheets)
