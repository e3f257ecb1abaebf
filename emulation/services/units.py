"""Units: the tree of villages, offices, schools and party cells."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from emulation.gc_pause import collector_paused
from emulation.scoring.problems import problem
from emulation.scoring.units import UnitNode, effective_clusters
from emulation.services.errors import InputError
from emulation.services.lookup import unit_nodes
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import Unit, audit_row, record_many
from emulation.store.bulk import bulk_insert, bulk_update
from emulation.text import nfc, sort_key

if TYPE_CHECKING:  # the workbook reader (openpyxl) is imported only when a file is read
    from emulation.excel.units_file import UnitRecord


@dataclass(frozen=True)
class UnitRow:
    code: str
    name: str
    kind: str | None
    parent_code: str | None
    cluster: str | None
    effective_cluster: str | None
    depth: int


@dataclass(frozen=True)
class UnitsImported:
    added: int
    changed: int
    unchanged: int


def read_units_file(path: Path) -> list[UnitRecord]:
    from emulation.excel.units_file import read_units

    if not path.exists():
        raise InputError.single(str(path), "file_missing")
    records, problems = read_units(path)
    if problems:
        raise InputError(problems)
    return records


def import_units(ws: Workspace, path: Path) -> UnitsImported:
    """Add or update units by code; parents may be in the file or already stored."""
    with collector_paused():
        return save_units(ws, read_units_file(path), path.name)


def save_units(ws: Workspace, records: Sequence[UnitRecord], source: str = "") -> UnitsImported:
    """Add or update units by code, all in one transaction (bulk statements: a province is thousands)."""
    with ws.transaction(Action.UNITS) as session:
        stored = {row.code: row for row in session.execute(select(*UNIT_COLUMNS))}
        _check_parents(records, stored, source)
        counts = {"added": 0, "changed": 0, "unchanged": 0}
        audit: list[dict[str, object]] = []
        added: list[dict[str, object]] = []
        edits: list[dict[str, object]] = []
        pending: dict[str, dict[str, object]] = {}  # added in this import, by code
        for position, rec in enumerate(records):
            fields = {"name": rec.name, "kind": rec.kind, "cluster": rec.cluster}
            row = stored.get(rec.code)
            new_row = pending.get(rec.code)
            if row is None and new_row is None:
                pending[rec.code] = {"code": rec.code, "position": len(stored) + len(added) + position, **fields}
                added.append(pending[rec.code])
                counts["added"] += 1
                audit.append(audit_row(who=ws.user, action="add", entity="unit", unit_code=rec.code, new=rec.name))
                continue
            before: Mapping[str, Any] = new_row if new_row is not None else row._asdict()  # type: ignore[union-attr]
            changed = [(k, before[k], v) for k, v in fields.items() if before[k] != v]
            if new_row is not None:
                new_row.update(fields)
            elif changed:
                edits.append({"id": before["id"], **fields})
            for key, old, new in changed:
                audit.append(audit_row(who=ws.user, action="edit", entity="unit", unit_code=rec.code, field=key,
                                       old=old, new=new))
            counts["changed" if changed else "unchanged"] += 1
        if added:
            bulk_insert(session, Unit, added)
        if edits:
            session.execute(update(Unit), edits)  # by primary key, in bulk
        tree = _move_to_parents(session, ws.user, records, audit)
        record_many(session, audit)
        _check_no_cycle(tree)
        return UnitsImported(**counts)


UNIT_COLUMNS = (Unit.id, Unit.code, Unit.name, Unit.kind, Unit.cluster, Unit.parent_id)


def _move_to_parents(
    session: Session, who: str, records: Sequence[UnitRecord], audit: list[dict[str, object]]
) -> dict[str, str | None]:
    """Put each unit under the parent its record names; every move is audited. Returns every
    unit's parent code after the moves, in the units' order (one read of the table, the new
    units' ids included)."""
    ids: dict[str, int] = {}
    parents: dict[str, int | None] = {}
    query = select(Unit.id, Unit.code, Unit.parent_id).order_by(Unit.position, Unit.id)
    for uid, code, parent_id in session.execute(query):
        ids[code], parents[code] = uid, parent_id
    codes = {uid: code for code, uid in ids.items()}
    moves = []
    for rec in records:
        wanted = ids[rec.parent_code] if rec.parent_code else None
        if parents[rec.code] != wanted:
            old = parents[rec.code]
            parents[rec.code] = wanted
            moves.append((wanted, ids[rec.code]))
            audit.append(audit_row(who=who, action="move", entity="unit", unit_code=rec.code, field="parent",
                                   old=codes[old] if old else None, new=rec.parent_code))
    if moves:
        bulk_update(session, Unit, "parent_id", moves)
    return {code: codes.get(parent) if parent else None for code, parent in parents.items()}


def _check_parents(records: Sequence[UnitRecord], existing: Mapping[str, object], file_name: str) -> None:
    in_file = {r.code for r in records}
    problems = [
        problem(r.where or file_name, "unit_parent_unknown", parent=r.parent_code)
        for r in records
        if r.parent_code and r.parent_code not in in_file and r.parent_code not in existing
    ]
    if problems:
        raise InputError(problems)


def _check_no_cycle(parents: Mapping[str, str | None]) -> None:
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


def list_units(ws: Workspace) -> list[UnitRow]:
    """Every unit in tree order: each parent followed by its children, in Vietnamese order."""
    with ws.transaction() as session:
        nodes = unit_nodes(session)
    return tree_rows(nodes)


def tree_rows(nodes: list[UnitNode]) -> list[UnitRow]:
    clusters = effective_clusters(nodes)
    children: dict[str | None, list[UnitNode]] = {}
    codes = {n.code for n in nodes}
    for n in nodes:
        parent = n.parent_code if n.parent_code in codes else None
        children.setdefault(parent, []).append(n)
    rows: list[UnitRow] = []

    def walk(parent: str | None, depth: int) -> None:
        for n in sorted(children.get(parent, []), key=lambda n: sort_key(n.name)):
            rows.append(UnitRow(n.code, n.name, n.kind, n.parent_code, n.cluster, clusters[n.code], depth))
            walk(n.code, depth + 1)

    walk(None, 0)
    return rows


def descendants(nodes: list[UnitNode], code: str) -> list[UnitNode]:
    """Every unit below ``code`` (not the unit itself), at any depth."""
    below: list[UnitNode] = []
    frontier = {nfc(code)}
    while frontier:
        layer = [n for n in nodes if n.parent_code in frontier]
        below.extend(layer)
        frontier = {n.code for n in layer}
    return below
