"""Editing criteria sets from the desktop editor: load, check, save as a new revision, duplicate.

Built-in templates are read-only: a set is edited under a name of its own ("Nhân bản để sửa").
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.criteria_doc import parse_criteria, to_document
from emulation.scoring.problems import problem
from emulation.services.criteria import CriteriaInfo, builtin_named, store_criteria
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of_row, latest_criteria
from emulation.services.permissions import Action, refuse_unless
from emulation.services.workspace import Workspace
from emulation.store import CriteriaSetRow, Period
from emulation.text import nfc


def checked(cs: CriteriaSet) -> CriteriaSet:
    """``cs`` as its document reads back, or InputError with the JSON path of every fault."""
    again, problems = parse_criteria(to_document(cs))
    if again is None:
        raise InputError(problems or [problem("$", "criteria_invalid")])
    return again


def is_builtin(ws: Workspace, name: str) -> bool:
    """Whether ``name`` belongs to a built-in (read-only) template."""
    if builtin_named(name) is not None:
        return True
    with ws.transaction() as session:
        row = latest_criteria(session, name)
        return row is not None and row.builtin


def load_criteria(ws: Workspace, name: str) -> CriteriaSet:
    """The latest stored revision of ``name``, else the built-in template (never stored by reading)."""
    with ws.transaction() as session:
        row = latest_criteria(session, name)
        if row is not None:
            return criteria_of_row(row)
    template = builtin_named(name)
    if template is None:
        raise InputError.single("criteria", "criteria_unknown", name=name)
    return template


def save_criteria(ws: Workspace, cs: CriteriaSet) -> CriteriaInfo:
    """Check ``cs`` and store it as a new revision of its name (unchanged: the latest one)."""
    cs = checked(replace(cs, name=nfc(cs.name.strip())))
    if is_builtin(ws, cs.name):
        raise InputError.single("name", "criteria_builtin_readonly", name=cs.name)
    with ws.transaction(Action.CRITERIA) as session:
        row, _ = store_criteria(session, cs, ws.user)
        used = session.scalar(
            select(func.count())
            .select_from(Period)
            .join(CriteriaSetRow, Period.criteria_set_id == CriteriaSetRow.id)
            .where(CriteriaSetRow.name == row.name)
        )
        return CriteriaInfo(
            row.name, row.revision, row.fingerprint, len(cs.leaves), str(cs.max_total), False, True, used or 0
        )


def duplicate_template(ws: Workspace, name: str, new_name: str) -> CriteriaInfo:
    """Store a copy of ``name`` (built-in or stored) under ``new_name``, which must be new."""
    refuse_unless(ws.role, Action.CRITERIA)
    new_name = nfc(new_name.strip())
    if not new_name:
        raise InputError.single("name", "criteria_copy_needs_name")
    if is_builtin(ws, new_name) or _stored(ws, new_name):
        raise InputError.single("name", "criteria_name_taken", name=new_name)
    return save_criteria(ws, replace(load_criteria(ws, name), name=new_name))


def _stored(ws: Workspace, name: str) -> bool:
    with ws.transaction() as session:
        return latest_criteria(session, name) is not None
