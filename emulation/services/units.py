"""Units: the tree of villages, offices, schools and party cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.problems import Problem
from emulation.scoring.units import UnitNode, effective_clusters
from emulation.services.errors import InputError
from emulation.services.lookup import unit_nodes
from emulation.services.workspace import Workspace
from emulation.store import Unit, record
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
    from emulation.excel.safe_open import WorkbookRefused
    from emulation.excel.units_file import read_units

    if not path.exists():
        raise InputError.single(str(path), "no such file")
    try:
        records, problems = read_units(path)
    except WorkbookRefused as exc:
        raise InputError([exc.problem]) from None
    if problems:
        raise InputError(problems)
    return records


def import_units(ws: Workspace, path: Path) -> UnitsImported:
    """Add or update units by code; parents may be in the file or already stored."""
    return save_units(ws, read_units_file(path), path.name)


def save_units(ws: Workspace, records: Sequence[UnitRecord], source: str = "") -> UnitsImported:
    """Add or update units by code, all in one transaction."""
    with ws.transaction() as session:
        existing = {u.code: u for u in session.scalars(select(Unit))}
        _check_parents(records, existing, source)
        counts = {"added": 0, "changed": 0, "unchanged": 0}
        for position, rec in enumerate(records):
            unit = existing.get(rec.code)
            fields = {"name": rec.name, "kind": rec.kind, "cluster": rec.cluster}
            if unit is None:
                unit = Unit(code=rec.code, position=len(existing) + position, **fields)
                session.add(unit)
                existing[rec.code] = unit
                counts["added"] += 1
                record(session, who=ws.user, action="add", entity="unit", unit_code=rec.code, new=rec.name)
                continue
            changed = [(k, getattr(unit, k), v) for k, v in fields.items() if getattr(unit, k) != v]
            for key, old, new in changed:
                setattr(unit, key, new)
                record(
                    session, who=ws.user, action="edit", entity="unit", unit_code=rec.code, field=key, old=old, new=new
                )
            counts["changed" if changed else "unchanged"] += 1
        session.flush()
        for rec in records:
            parent = existing[rec.parent_code] if rec.parent_code else None
            unit = existing[rec.code]
            if unit.parent_id != (parent.id if parent else None):
                old = unit.parent.code if unit.parent else None
                unit.parent_id = parent.id if parent else None
                record(
                    session,
                    who=ws.user,
                    action="move",
                    entity="unit",
                    unit_code=rec.code,
                    field="parent",
                    old=old,
                    new=rec.parent_code,
                )
        _check_no_cycle(session)
        return UnitsImported(**counts)


def _check_parents(records: Sequence[UnitRecord], existing: dict[str, Unit], file_name: str) -> None:
    in_file = {r.code for r in records}
    problems = [
        Problem(r.where or file_name, f'the parent unit "{r.parent_code}" is neither in the file nor stored')
        for r in records
        if r.parent_code and r.parent_code not in in_file and r.parent_code not in existing
    ]
    if problems:
        raise InputError(problems)


def _check_no_cycle(session: Session) -> None:
    nodes = {n.code: n for n in unit_nodes(session)}
    for code in nodes:
        seen = {code}
        parent = nodes[code].parent_code
        while parent:
            if parent in seen:
                raise InputError.single("units", f'unit "{code}" would be inside itself (through "{parent}")')
            seen.add(parent)
            parent = nodes[parent].parent_code


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
