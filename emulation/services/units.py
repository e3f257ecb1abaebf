"""Units: the tree of villages, offices, schools and party cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from emulation.gc_pause import collector_paused
from emulation.scoring.units import UnitNode, effective_clusters
from emulation.services.lookup import unit_nodes
from emulation.services.permissions import Action
from emulation.services.units_plan import (
    STORED_UNIT_COLUMNS,
    StoredUnit,
    UnitsImported,
    check_no_cycle,
    parent_moves,
    read_units_file,
    unit_changes,
)
from emulation.services.workspace import Workspace
from emulation.store import Unit, record_many
from emulation.store.bulk import bulk_insert, bulk_update
from emulation.text import nfc, sort_key

__all__ = ["UnitRow", "UnitsImported", "descendants", "import_units", "list_units", "read_units_file", "save_units",
           "tree_rows"]

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


def import_units(ws: Workspace, path: Path) -> UnitsImported:
    """Add or update units by code; parents may be in the file or already stored."""
    with collector_paused():
        return save_units(ws, read_units_file(path), path.name)


def save_units(ws: Workspace, records: Sequence[UnitRecord], source: str = "") -> UnitsImported:
    """Add or update units by code, all in one transaction (bulk statements: a province is thousands)."""
    with ws.transaction(Action.UNITS) as session:
        stored = {row.code: StoredUnit(*row) for row in session.execute(select(*UNIT_COLUMNS))}
        changes = unit_changes(records, stored, ws.user, source)
        if changes.added:
            bulk_insert(session, Unit, changes.added)
        if changes.edits:
            session.execute(update(Unit), changes.edits)  # by primary key, in bulk
        tree = _move_to_parents(session, ws.user, records, changes.audit)
        record_many(session, changes.audit)
        check_no_cycle(tree)
        return changes.imported()


UNIT_COLUMNS = tuple(getattr(Unit, column) for column in STORED_UNIT_COLUMNS)


def _move_to_parents(
    session: Session, who: str, records: Sequence[UnitRecord], audit: list[dict[str, object]]
) -> dict[str, str | None]:
    """Put each unit under the parent its record names; every move is audited. Returns every
    unit's parent code after the moves, in the units' order (one read of the table, the new
    units' ids included)."""
    query = select(Unit.id, Unit.code, Unit.parent_id).order_by(Unit.position, Unit.id)
    moves, tree = parent_moves(records, session.execute(query), who, audit)
    if moves:
        bulk_update(session, Unit, "parent_id", moves)
    return tree


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
