"""The council's members: name and position, in the order the minutes list them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import CouncilMember, record
from emulation.text import match_key, nfc


@dataclass(frozen=True)
class MemberInfo:
    name: str
    position: str


def list_members(ws: Workspace) -> list[MemberInfo]:
    """The serving members, in order."""
    with ws.transaction() as session:
        rows = session.scalars(
            select(CouncilMember).where(CouncilMember.active).order_by(CouncilMember.rank, CouncilMember.id)
        )
        return [MemberInfo(m.name, m.position) for m in rows]


def set_member(ws: Workspace, name: str, position: str = "") -> MemberInfo:
    """Add a member, or change a member's position; a member who left comes back."""
    name, position = nfc(name).strip(), nfc(position).strip()
    if not name:
        raise InputError([problem("name", "council_member_name")])
    with ws.transaction(Action.AWARDS) as session:
        member = _named(session, name)
        if member is None:
            last = session.scalar(select(func.max(CouncilMember.rank))) or 0
            member = CouncilMember(name=name, position=position, rank=last + 1, active=True)
            session.add(member)
            old = None
        else:
            old = member.position if member.active else None
            member.position, member.active = position, True
        record(session, who=ws.user, action="council_member", entity="council", field=member.name, old=old,
               new=position or "—")
        return MemberInfo(member.name, member.position)


def remove_member(ws: Workspace, name: str) -> None:
    """The member leaves the council; past meetings keep their attendance as it was."""
    with ws.transaction(Action.AWARDS) as session:
        member = _named(session, name)
        if member is None or not member.active:
            raise InputError([problem("name", "council_not_member", name=name)])
        member.active = False
        record(session, who=ws.user, action="council_member_removed", entity="council", field=member.name,
               old=member.position or "—")


def _named(session: Session, name: str) -> CouncilMember | None:
    wanted = match_key(name)
    return next((m for m in session.scalars(select(CouncilMember)) if match_key(m.name) == wanted), None)
