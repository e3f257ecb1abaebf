"""The council's meeting on a period: open it with who attends, adjust the candidates, enter the tally.

Every write is one transaction, audited, and refused when the period is locked. A write that settles
the period's awards (the last tally, a changed tally, a candidate taken off, a reset) revokes the
certificates in force of the units it takes off the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emulation.i18n import say
from emulation.scoring.council import Tally, tally_problems
from emulation.scoring.problems import Problem, problem
from emulation.services.council_awards import Source, awards_source_in, revoke_unlisted
from emulation.services.council_state import session_of
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, unit_named, writable_period
from emulation.services.permissions import Action
from emulation.services.results import awards_in
from emulation.services.scores import period_units
from emulation.services.workspace import Workspace
from emulation.store import (
    CouncilAttendance,
    CouncilCandidate,
    CouncilMember,
    CouncilSession,
    Period,
    record,
)
from emulation.text import format_date, match_key, nfc


def open_session(
    ws: Workspace, period_name: str, *, present: Sequence[str] | None = None, held_on: date | None = None
) -> int:
    """Open the meeting: the serving members (``present``: those attending; None: all of them) and the
    candidates the award rules propose. The number of candidates."""
    with ws.transaction(Action.AWARDS) as session:
        period = writable_period(session, period_name)
        if session.scalar(select(CouncilSession).where(CouncilSession.period_id == period.id)) is not None:
            raise InputError([problem("period", "council_session_exists", period=period.name)])
        members = session.scalars(
            select(CouncilMember).where(CouncilMember.active).order_by(CouncilMember.rank, CouncilMember.id)
        ).all()
        if not members:
            raise InputError([problem("council", "council_no_members")])
        attending = _attending(members, present)
        _, lines = awards_in(session, period)  # the proposal: read before the meeting exists
        when = held_on or date.today()
        meeting = CouncilSession(period_id=period.id, held_on=when, members_count=len(members), opened_by=ws.user)
        session.add(meeting)
        session.flush()
        for m in members:
            session.add(CouncilAttendance(session_id=meeting.id, name=m.name, position=m.position, rank=m.rank,
                                          present=m.name in attending))
        unit_ids = _unit_ids(session, [line.awarded.row.unit.code for line in lines])
        for position, (line, unit_id) in enumerate(zip(lines, unit_ids, strict=True)):
            session.add(CouncilCandidate(session_id=meeting.id, unit_id=unit_id, award_name=line.awarded.award,
                                         origin="proposed", removed=False, reason="", position=position))
        record(session, who=ws.user, action="council_open", entity="council", period_name=period.name,
               new=f"{len(attending)}/{len(members)}", detail=format_date(when))
        return len(lines)


def _attending(members: Sequence[CouncilMember], present: Sequence[str] | None) -> set[str]:
    if present is None:
        return {m.name for m in members}
    by_key = {match_key(m.name): m.name for m in members}
    problems = [problem("present", "council_not_member", name=n) for n in present if match_key(n) not in by_key]
    if problems:
        raise InputError(problems)
    return {by_key[match_key(n)] for n in present}


def _unit_ids(session: Session, codes: list[str]) -> list[int]:
    return [unit_named(session, code).id for code in codes]


def reset_session(ws: Workspace, period_name: str) -> None:
    """Discard the meeting (attendance, candidates, tally) so that it can be opened again."""
    with ws.transaction(Action.AWARDS) as session:
        period = writable_period(session, period_name)
        meeting = _meeting(session, period)
        session.delete(meeting)
        record(session, who=ws.user, action="council_reset", entity="council", period_name=period.name)
        _settle_certificates(session, period, ws.user)


def add_candidate(ws: Workspace, period_name: str, unit_code: str, award: str, reason: str) -> None:
    """The secretary puts a unit to the vote; the reason is required and kept in the minutes."""
    reason = _reason(reason)
    with ws.transaction(Action.AWARDS) as session:
        period = writable_period(session, period_name)
        meeting = _meeting(session, period)
        unit = unit_named(session, unit_code)
        if unit.id not in {u.id for u in period_units(session, period)}:
            raise InputError([problem("unit", "council_unit_not_in_period", unit=unit.code, period=period.name)])
        award = nfc(award).strip()
        if award not in {a.name for a in criteria_of(period).awards}:
            raise InputError([problem("award", "council_award_unknown", award=award, period=period.name)])
        row = _candidate(session, meeting, unit.id)
        if row is not None and not row.removed:
            raise InputError([problem("unit", "council_already_candidate", unit=unit.code)])
        if row is None:
            last = session.scalar(select(func.max(CouncilCandidate.position))
                                  .where(CouncilCandidate.session_id == meeting.id))
            row = CouncilCandidate(session_id=meeting.id, unit_id=unit.id, origin="added",
                                   position=(last if last is not None else -1) + 1)
            session.add(row)
        row.award_name, row.removed, row.reason, row.yes, row.no = award, False, reason, None, None
        record(session, who=ws.user, action="council_add", entity="council", period_name=period.name,
               unit_code=unit.code, new=award, detail=reason)


def remove_candidate(ws: Workspace, period_name: str, unit_code: str, reason: str) -> None:
    """The secretary takes a unit off the vote; the reason is required and kept in the minutes."""
    reason = _reason(reason)
    with ws.transaction(Action.AWARDS) as session:
        period = writable_period(session, period_name)
        meeting = _meeting(session, period)
        unit = unit_named(session, unit_code)
        row = _candidate(session, meeting, unit.id)
        if row is None or row.removed:
            raise InputError([problem("unit", "council_not_candidate", unit=unit.code)])
        row.removed, row.reason, row.yes, row.no = True, reason, None, None
        record(session, who=ws.user, action="council_remove", entity="council", period_name=period.name,
               unit_code=unit.code, old=row.award_name, detail=reason)
        _settle_certificates(session, period, ws.user)


def enter_tally(ws: Workspace, period_name: str, tallies: Sequence[tuple[str, int, int]]) -> None:
    """Record the counted ballots, (unit code, yes, no) per candidate; all of them or none."""
    with ws.transaction(Action.AWARDS) as session:
        period = writable_period(session, period_name)
        meeting = _meeting(session, period)
        attending = len(session.scalars(select(CouncilAttendance).where(
            CouncilAttendance.session_id == meeting.id, CouncilAttendance.present)).all())
        problems: list[Problem] = []
        changes: list[tuple[CouncilCandidate, str, Tally]] = []
        for code, yes, no in tallies:
            unit = unit_named(session, code)
            row = _candidate(session, meeting, unit.id)
            if row is None or row.removed:
                problems.append(problem(unit.code, "council_not_candidate", unit=unit.code))
                continue
            tally = Tally(yes, no)
            problems.extend(tally_problems(unit.code, tally, attending))
            changes.append((row, unit.code, tally))
        if problems:
            raise InputError(problems)
        for row, code, tally in changes:
            old = None if row.yes is None else f"{row.yes}/{row.no}"
            row.yes, row.no = tally.yes, tally.no
            record(session, who=ws.user, action="council_tally", entity="council", period_name=period.name,
                   unit_code=code, old=old, new=f"{tally.yes}/{tally.no}")
        _settle_certificates(session, period, ws.user)


def _settle_certificates(session: Session, period: Period, who: str) -> None:
    """Once the awards are settled (voted, or back to the proposal), a certificate whose unit and award
    are no longer on the list is revoked; while the vote is under way nothing is."""
    session.flush()
    source = awards_source_in(session, period)
    if source.kind is Source.VOTING:
        return
    _, lines = awards_in(session, period)
    listed = {(line.awarded.row.unit.code, line.awarded.award) for line in lines}
    code = "revoked_council_vote" if source.kind is Source.COUNCIL else "revoked_council_reset"
    revoke_unlisted(session, period, listed, who, say(code, period=period.name))


def _meeting(session: Session, period: Period) -> CouncilSession:
    return session_of(session, period)


def _candidate(session: Session, meeting: CouncilSession, unit_id: int) -> CouncilCandidate | None:
    return session.scalar(select(CouncilCandidate).where(
        CouncilCandidate.session_id == meeting.id, CouncilCandidate.unit_id == unit_id))


def _reason(reason: str) -> str:
    reason = nfc(reason).strip()
    if not reason:
        raise InputError([problem("reason", "council_reason_needed")])
    return reason
