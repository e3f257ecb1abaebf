"""The period's awards once the council has voted: the candidates it approved.

The award rules, with the decisions by hand, only propose. When a meeting is held on the period
and every candidate put to the vote has its tally, the period's awards ARE the approved
candidates, in the ranking's order, each with its award's amount (coefficient × base salary, as
the decision computes it). Until then the proposal stands.

A decision by hand is refused once a meeting is held on the period: the candidates were fixed
when it opened, so a change belongs to the meeting (add or remove a candidate, correct the
tally) or comes after resetting it. A certificate stays in force only while its unit and award
are on the settled list: when the vote (or a reset) takes a unit off, its certificate is revoked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emulation.i18n import say
from emulation.scoring.awards import Awarded, award_amount
from emulation.scoring.council import Tally, Threshold, VoteResult, vote_result
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.problems import problem
from emulation.scoring.standings import RankedRow
from emulation.services.award_terms import thresholds
from emulation.services.errors import InputError
from emulation.services.lookup import period_for_writing, period_named
from emulation.services.workspace import Workspace
from emulation.store import Certificate, CouncilAttendance, CouncilCandidate, CouncilSession, Period, Unit, record


class Source(StrEnum):
    """Where a period's award list comes from."""

    RULES = "rules"  # no meeting: the award rules and the decisions by hand
    VOTING = "voting"  # a meeting is held but some candidate has no tally yet: still the proposal
    COUNCIL = "council"  # every candidate is tallied: the council's approved candidates


@dataclass(frozen=True)
class AwardsSource:
    kind: Source
    held_on: date | None = None


@dataclass(frozen=True)
class _Vote:
    meeting: CouncilSession
    approved: dict[str, CouncilCandidate]  # unit code → the approved candidate
    complete: bool


def candidate_result(
    candidate: CouncilCandidate, limits: dict[str, Threshold], *, members: int, attending: int
) -> VoteResult | None:
    """The candidate's vote against its award's threshold; None until its tally is entered."""
    if candidate.yes is None or candidate.no is None:
        return None
    limit = limits.get(candidate.award_name, Threshold())
    return vote_result(Tally(candidate.yes, candidate.no), limit, members=members, attending=attending)


def _vote(session: Session, period: Period) -> _Vote | None:
    meeting = session.scalar(select(CouncilSession).where(CouncilSession.period_id == period.id))
    if meeting is None:
        return None
    attending = session.scalar(
        select(func.count()).select_from(CouncilAttendance)
        .where(CouncilAttendance.session_id == meeting.id, CouncilAttendance.present)
    ) or 0
    limits = thresholds(session)
    voting = session.execute(
        select(CouncilCandidate, Unit.code).join(Unit, Unit.id == CouncilCandidate.unit_id)
        .where(CouncilCandidate.session_id == meeting.id, CouncilCandidate.removed.is_(False))
    ).all()
    approved = {}
    for candidate, code in voting:
        result = candidate_result(candidate, limits, members=meeting.members_count, attending=attending)
        if result is not None and result.approved:
            approved[code] = candidate
    complete = all(c.yes is not None and c.no is not None for c, _ in voting)
    return _Vote(meeting, approved, complete)


def awards_source_in(session: Session, period: Period) -> AwardsSource:
    vote = _vote(session, period)
    if vote is None:
        return AwardsSource(Source.RULES)
    return AwardsSource(Source.COUNCIL if vote.complete else Source.VOTING, vote.meeting.held_on)


def awards_source(ws: Workspace, period_name: str) -> AwardsSource:
    """Whether the period's awards are the award rules' proposal or the council's approved list."""
    with ws.transaction() as session:
        return awards_source_in(session, period_named(session, period_name))


def council_awards(
    session: Session, period: Period, cs: CriteriaSet, rows: Sequence[RankedRow], proposal: list[Awarded],
    salary: int,
) -> list[Awarded]:
    """The period's awards: the council's approved candidates once the tally is complete, else ``proposal``.

    An approved unit keeps the note of its proposal (a decision by hand) when the award is the same;
    a unit the secretary added to the vote is marked as added by hand, with the reason given."""
    vote = _vote(session, period)
    if vote is None or not vote.complete:
        return proposal
    amounts = {a.name: a.amount for a in cs.awards}
    proposed = {(a.row.unit.code, a.award): a for a in proposal}
    result = []
    for row in rows:
        candidate = vote.approved.get(row.unit.code)
        if candidate is None:
            continue
        award = candidate.award_name
        before = proposed.get((row.unit.code, award))
        added = candidate.origin == "added"
        result.append(Awarded(
            row, award, award_amount(amounts.get(award), salary),
            before.manual if before is not None else added,
            before.reason if before is not None else (candidate.reason or None) if added else None,
        ))
    return result


def refuse_while_council_sits(session: Session, period: Period) -> None:
    """A decision by hand is refused once the council meets on the period (see the module's note)."""
    source = awards_source_in(session, period)
    if source.kind is Source.COUNCIL:
        raise InputError([problem("period", "council_has_voted", period=period.name)])
    if source.kind is Source.VOTING:
        raise InputError([problem("period", "council_is_voting", period=period.name)])


def revoke_unlisted(session: Session, period: Period, listed: set[tuple[str, str]], who: str, reason: str) -> int:
    """Revoke the period's certificates in force whose (unit code, award) is not ``listed``; how many."""
    from emulation.services.printing_register import revoke  # the register's signing, only when revoking

    held = session.execute(
        select(Certificate, Unit.code).join(Unit, Unit.id == Certificate.unit_id)
        .where(Certificate.period_id == period.id, Certificate.revoked_at.is_(None))
    ).all()
    count = 0
    for row, code in held:
        if (code, row.award_name) in listed:
            continue
        revoke(row, who, reason)
        record(session, who=who, action="revoke", entity="certificate", period_name=period.name,
               unit_code=code, field=str(row.serial), detail=reason)
        count += 1
    return count


def settle_voted_periods(session: Session, who: str) -> int:
    """After a threshold changed, every open period's complete vote is counted again: the certificates of
    the units it no longer approves are revoked. How many.

    Each period is taken for writing first, as every other write to a period does, and read again:
    a period locked meanwhile by another member keeps its vote as it was locked."""
    held = select(Period.name).join(CouncilSession, CouncilSession.period_id == Period.id).where(
        Period.locked.is_(False))
    count = 0
    for name in session.scalars(held).all():
        period = period_for_writing(session, name)
        if period.locked:
            continue
        vote = _vote(session, period)
        if vote is not None and vote.complete:
            listed = {(code, c.award_name) for code, c in vote.approved.items()}
            count += revoke_unlisted(session, period, listed, who, say("revoked_council_vote", period=period.name))
    return count
