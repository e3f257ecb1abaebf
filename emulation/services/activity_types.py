"""The committee's record types: listed, added and edited (the built-in ones too)."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emulation.scoring.activity_types import ActivityType, fields_json, parse_type, type_to_doc
from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import record
from emulation.store.models import ActivityTypeRow
from emulation.text import match_key


def type_of(row: ActivityTypeRow) -> ActivityType:
    t, problems = parse_type({"code": row.code, "name": row.name, "fields": json.loads(row.fields)})
    if t is None:  # only a damaged database holds an unreadable type
        raise InputError(problems)
    return t


def all_type_rows(session: Session) -> list[ActivityTypeRow]:
    return list(session.scalars(select(ActivityTypeRow).order_by(ActivityTypeRow.position, ActivityTypeRow.id)))


def type_row_named(session: Session, text: str) -> ActivityTypeRow:
    """A type by its code or its name (any case, tone placement)."""
    key = match_key(text)
    for row in all_type_rows(session):
        if key in (match_key(row.code), match_key(row.name)):
            return row
    raise InputError([problem("type", "record_type_unknown", name=text)])


def list_types(ws: Workspace) -> list[ActivityType]:
    with ws.transaction() as session:
        return [type_of(r) for r in all_type_rows(session)]


def save_type(ws: Workspace, doc: object) -> ActivityType:
    """Add a type or replace an existing one's name and fields (matched by code)."""
    t, problems = parse_type(doc)
    if t is None:
        raise InputError(problems)
    with ws.transaction(Action.RECORDS) as session:
        row = session.scalar(select(ActivityTypeRow).where(ActivityTypeRow.code == t.code))
        old = json.dumps(type_to_doc(type_of(row)), ensure_ascii=False) if row else None
        if row is None:
            position = (session.scalar(select(func.max(ActivityTypeRow.position))) or 0) + 1
            row = ActivityTypeRow(code=t.code, name=t.name, fields=fields_json(t), position=position)
            session.add(row)
        else:
            row.name, row.fields = t.name, fields_json(t)
        new = json.dumps(type_to_doc(t), ensure_ascii=False)
        if new != old:
            record(session, who=ws.user, action="record_type_saved", entity="activity_type", field=t.code,
                   old=old, new=new)
    return t
