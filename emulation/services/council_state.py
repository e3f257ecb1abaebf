"""A period's council meeting as the front ends and the documents read it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.council import Tally, Threshold, VoteResult
from emulation.scoring.problems import problem
from emulation.services.award_terms import thresholds
from emulation.services.council_awards import candidate_result
from emulation.services.errors import InputError
from emulation.services.lookup import period_named
from emulation.services.results import ranking_in
from emulation.services.workspace import Workspace
from emulation.store import CouncilAttendance, CouncilCandidate, CouncilSession, Period, Unit


@dataclass(frozen=True)
class Attendee:
    name: str
    position: str
    present: bool


@dataclass(frozen=True)
class Candidate:
    unit_code: str
    unit_name: str
    parent_name: str
    award: str
    origin: str  # "proposed" by the award rules | "added" by the secretary
    removed: bool
    reason: str
    total: Decimal | None
    rank: int | None
    tally: Tally | None
    result: VoteResult | None

    @property
    def approved(self) -> bool:
        return not self.removed and self.result is not None and self.result.approved


@dataclass(frozen=True)
class CouncilState:
    period: str
    held_on: date
    members_count: int
    attendees: tuple[Attendee, ...]
    candidates: tuple[Candidate, ...]
    thresholds: dict[str, Threshold] = field(default_factory=dict)
    locked: bool = False

    @property
    def attending(self) -> int:
        return sum(1 for a in self.attendees if a.present)

    @property
    def voting(self) -> list[Candidate]:
        return [c for c in self.candidates if not c.removed]

    @property
    def approved(self) -> list[Candidate]:
        return [c for c in self.candidates if c.approved]

    @property
    def untallied(self) -> list[Candidate]:
        return [c for c in self.voting if c.tally is None]

    def threshold(self, award: str) -> Threshold:
        return self.thresholds.get(award, Threshold())


def council_state(ws: Workspace, period_name: str) -> CouncilState:
    with ws.transaction() as session:
        return state_in(session, period_named(session, period_name))


def session_of(session: Session, period: Period) -> CouncilSession:
    meeting = session.scalar(select(CouncilSession).where(CouncilSession.period_id == period.id))
    if meeting is None:
        raise InputError([problem("period", "council_no_session", period=period.name)])
    return meeting


def state_in(session: Session, period: Period) -> CouncilState:
    meeting = session_of(session, period)
    attendees = tuple(
        Attendee(a.name, a.position, a.present)
        for a in session.scalars(
            select(CouncilAttendance).where(CouncilAttendance.session_id == meeting.id)
            .order_by(CouncilAttendance.rank, CouncilAttendance.name)
        )
    )
    limits = thresholds(session)
    attending = sum(1 for a in attendees if a.present)
    ranked = {r.unit.code: r for r in ranking_in(session, period).rows}
    candidates = []
    rows = session.execute(
        select(CouncilCandidate, Unit).join(Unit, Unit.id == CouncilCandidate.unit_id)
        .where(CouncilCandidate.session_id == meeting.id).order_by(CouncilCandidate.position, CouncilCandidate.id)
    ).all()
    for c, unit in rows:
        tally = Tally(c.yes, c.no) if c.yes is not None and c.no is not None else None
        result = candidate_result(c, limits, members=meeting.members_count, attending=attending)
        row = ranked.get(unit.code)
        candidates.append(Candidate(
            unit.code, unit.name, unit.parent.name if unit.parent else "", c.award_name, c.origin, c.removed,
            c.reason, row.total if row else None, row.rank if row else None, tally, result,
        ))
    return CouncilState(period.name, meeting.held_on, meeting.members_count, attendees, tuple(candidates), limits,
                        period.locked)
