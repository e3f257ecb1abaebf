"""What an import of units changes, worked out from what is stored.

No database layer here: the import through SQLAlchemy (``services.units``) and the one over the
SQLite driver (``services.units_direct``) read the same rows, make the same changes and write the
same audit entries from these functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.store.audit_rows import audit_row

if TYPE_CHECKING:  # the file readers are imported only when a file is read
    from emulation.excel.units_file import UnitRecord


@dataclass(frozen=True)
class UnitsImported:
    added: int
    changed: int
    unchanged: int


class StoredUnit(NamedTuple):
    """A stored unit as the import compares it."""

    id: int
    code: str
    name: str
    kind: str | None
    cluster: str | None
    parent_id: int | None


#: the columns of :class:`StoredUnit`, in its order
STORED_UNIT_COLUMNS = StoredUnit._fields


@dataclass
class UnitChanges:
    """The rows to add (``code``, ``position``, ``name``, ``kind``, ``cluster``), the rows to change by
    ``id``, and the audit entries, so far without the moves under parents."""

    added: list[dict[str, object]] = field(default_factory=list)
    edits: list[dict[str, object]] = field(default_factory=list)
    audit: list[dict[str, object]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "changed": 0, "unchanged": 0})

    def imported(self) -> UnitsImported:
        return UnitsImported(**self.counts)


def read_units_file(path: Path) -> list[UnitRecord]:
    from emulation.excel.units_file import read_units

    if not path.exists():
        raise InputError.single(str(path), "file_missing")
    records, problems = read_units(path)
    if problems:
        raise InputError(problems)
    return records


def unit_changes(records: Sequence[UnitRecord], stored: Mapping[str, StoredUnit], who: str,
                 source: str = "") -> UnitChanges:
    """Add or update units by code; parents may be in the file or already stored (else refused)."""
    check_parents(records, stored, source)
    changes = UnitChanges()
    pending: dict[str, dict[str, object]] = {}  # added in this import, by code
    for position, rec in enumerate(records):
        fields = {"name": rec.name, "kind": rec.kind, "cluster": rec.cluster}
        row = stored.get(rec.code)
        new_row = pending.get(rec.code)
        if row is None and new_row is None:
            pending[rec.code] = {"code": rec.code, "position": len(stored) + len(changes.added) + position, **fields}
            changes.added.append(pending[rec.code])
            changes.counts["added"] += 1
            changes.audit.append(audit_row(who=who, action="add", entity="unit", unit_code=rec.code, new=rec.name))
            continue
        before: Mapping[str, object] = new_row if new_row is not None else row._asdict()  # type: ignore[union-attr]
        changed = [(k, before[k], v) for k, v in fields.items() if before[k] != v]
        if new_row is not None:
            new_row.update(fields)
        elif changed:
            changes.edits.append({"id": before["id"], **fields})
        for key, old, new in changed:
            changes.audit.append(audit_row(who=who, action="edit", entity="unit", unit_code=rec.code, field=key,
                                           old=old, new=new))  # type: ignore[arg-type]
        changes.counts["changed" if changed else "unchanged"] += 1
    return changes


def parent_moves(records: Sequence[UnitRecord], tree: Iterable[tuple[int, str, int | None]], who: str,
                 audit: list[dict[str, object]]) -> tuple[list[tuple[int | None, int]], dict[str, str | None]]:
    """Each unit put under the parent its record names, every move audited (appended to ``audit``).

    ``tree``: every stored unit's (id, code, parent id), the new ones included, in the units' order.
    Returns the moves, as (new parent id, unit id), and every unit's parent code after them, in
    the units' order.
    """
    ids: dict[str, int] = {}
    parents: dict[str, int | None] = {}
    for uid, code, parent_id in tree:
        ids[code], parents[code] = uid, parent_id
    codes = {uid: code for code, uid in ids.items()}
    moves: list[tuple[int | None, int]] = []
    for rec in records:
        wanted = ids[rec.parent_code] if rec.parent_code else None
        if parents[rec.code] != wanted:
            old = parents[rec.code]
            parents[rec.code] = wanted
            moves.append((wanted, ids[rec.code]))
            audit.append(audit_row(who=who, action="move", entity="unit", unit_code=rec.code, field="parent",
                                   old=codes[old] if old else None, new=rec.parent_code))
    return moves, {code: codes.get(parent) if parent else None for code, parent in parents.items()}


def check_parents(records: Sequence[UnitRecord], existing: Mapping[str, object], file_name: str) -> None:
    in_file = {r.code for r in records}
    problems = [
        problem(r.where or file_name, "unit_parent_unknown", parent=r.parent_code)
        for r in records
        if r.parent_code and r.parent_code not in in_file and r.parent_code not in existing
    ]
    if problems:
        raise InputError(problems)


def check_no_cycle(parents: Mapping[str, str | None]) -> None:
    """Refuse a unit that is its own ancestor; ``parents``: each unit's parent code, in the units' order."""
    rooted: set[str] = set()  # units whose line of parents ends at the top
    for code in parents:
        seen = {code}
        parent = parents[code]
        while parent and parent not in rooted:
            if parent in seen:
                raise InputError.single("units", "unit_inside_itself_through", code=code, parent=parent)
            seen.add(parent)
            parent = parents[parent]
        rooted |= seen
