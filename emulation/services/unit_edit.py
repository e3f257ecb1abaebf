"""Editing one unit: add, change its fields, move it under another parent.

Each call is one transaction, written to the audit log; a duplicate code or a move that would
put a unit inside itself is refused with :class:`InputError` and nothing is written.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emulation.limits import MAX_CODE_LENGTH, MAX_NAME_LENGTH
from emulation.scoring.clean_text import clean_text
from emulation.services.errors import InputError
from emulation.services.lookup import unit_named, unit_nodes
from emulation.services.permissions import Action
from emulation.services.units import UnitRow, tree_rows
from emulation.services.workspace import Workspace
from emulation.store import Unit, record
from emulation.text import nfc


def add_unit(
    ws: Workspace,
    code: str,
    name: str,
    *,
    kind: str | None = None,
    parent_code: str | None = None,
    cluster: str | None = None,
) -> UnitRow:
    """A new unit; its code must be new, its parent (when given) must exist."""
    code, name = _required("code", code), _required("name", name)
    with ws.transaction(Action.UNITS) as session:
        _refuse_taken(session, code)
        wanted = _optional("parent", parent_code)
        parent = unit_named(session, wanted) if wanted else None
        position = (session.scalar(select(func.max(Unit.position))) or 0) + 1
        session.add(
            Unit(
                code=code,
                name=name,
                kind=_optional("kind", kind),
                cluster=_optional("cluster", cluster),
                parent_id=parent.id if parent else None,
                position=position,
            )
        )
        record(session, who=ws.user, action="add", entity="unit", unit_code=code, new=name)
        session.flush()
        return _row(session, code)


def edit_unit(
    ws: Workspace,
    code: str,
    *,
    name: str,
    kind: str | None = None,
    cluster: str | None = None,
    new_code: str | None = None,
) -> UnitRow:
    """Change a unit's name, kind, own cluster and (with ``new_code``) its code."""
    name = _required("name", name)
    with ws.transaction(Action.UNITS) as session:
        unit = unit_named(session, code)
        fields: dict[str, str | None] = {"name": name, "kind": _optional("kind", kind),
                                              "cluster": _optional("cluster", cluster)}
        if new_code is not None and nfc(new_code) != unit.code:
            fields["code"] = _required("code", new_code)
            _refuse_taken(session, fields["code"] or "")
        old_code = unit.code
        for key, value in fields.items():
            old = getattr(unit, key)
            if old != value:
                setattr(unit, key, value)
                record(session, who=ws.user, action="edit", entity="unit", unit_code=old_code,
                       field=key, old=old, new=value)
        session.flush()
        return _row(session, unit.code)


def move_unit(ws: Workspace, code: str, parent_code: str | None) -> UnitRow:
    """Put a unit under another parent (``None``: at the top); never inside itself."""
    with ws.transaction(Action.UNITS) as session:
        unit = unit_named(session, code)
        wanted = _optional("parent", parent_code)
        parent = unit_named(session, wanted) if wanted else None
        if parent is not None:
            _refuse_cycle(session, unit.code, parent.code)
        old = unit.parent.code if unit.parent else None
        new = parent.code if parent else None
        if old != new:
            unit.parent_id = parent.id if parent else None
            record(session, who=ws.user, action="move", entity="unit", unit_code=unit.code,
                   field="parent", old=old, new=new)
        session.flush()
        return _row(session, unit.code)


def _required(field: str, value: str | None) -> str:
    text = _optional(field, value)
    if not text:
        raise InputError.single(field, "unit_name_missing" if field == "name" else "unit_code_missing")
    return text


def _optional(field: str, value: str | None) -> str | None:
    """The typed text on one line; refused when it hides characters or runs too long."""
    limit = MAX_CODE_LENGTH if field in ("code", "parent") else MAX_NAME_LENGTH
    text, fault = clean_text(value or "", field, limit)
    if fault is not None:
        raise InputError([fault])
    return text or None


def _refuse_taken(session: Session, code: str) -> None:
    if session.scalar(select(Unit).where(Unit.code == code)) is not None:
        raise InputError.single("code", "unit_code_taken", code=code)


def _refuse_cycle(session: Session, code: str, parent_code: str) -> None:
    parents = {n.code: n.parent_code for n in unit_nodes(session)}
    current: str | None = parent_code
    while current is not None:
        if current == code:
            raise InputError.single("parent", "unit_inside_itself", code=code, parent=parent_code)
        current = parents.get(current)


def _row(session: Session, code: str) -> UnitRow:
    return next(r for r in tree_rows(unit_nodes(session)) if r.code == code)
