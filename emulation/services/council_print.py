"""The council's papers: ballots for those attending, and the minutes of the meeting."""

from __future__ import annotations

from pathlib import Path

from emulation.reports.ballots import render_ballots
from emulation.reports.council_values import Adjustment, BallotLine, Member, Minutes, VoteLine
from emulation.reports.minutes import render_minutes
from emulation.scoring.council import Threshold, VoteBase
from emulation.scoring.problems import problem
from emulation.services.council_state import CouncilState, state_in
from emulation.services.errors import InputError
from emulation.services.lookup import period_named
from emulation.services.printing_documents import Printed
from emulation.services.printing_output import staged_output
from emulation.services.printing_settings import issuer_of
from emulation.services.workspace import Workspace
from emulation.text import format_decimal


def print_ballots(ws: Workspace, period_name: str, out: Path) -> Printed:
    """One ballot a page for every member attending, listing every candidate put to the vote."""
    with staged_output(out) as temp, ws.transaction() as session:
        period = period_named(session, period_name)
        state = state_in(session, period)
        if not state.voting:
            raise InputError([problem("period", "council_no_candidates", period=period.name)])
        members = [Member(a.name, a.position) for a in state.attendees if a.present]
        if not members:
            raise InputError([problem("period", "council_nobody_present", period=period.name)])
        lines = [BallotLine(c.unit_name, c.parent_name, c.award) for c in state.voting]
        pages = render_ballots(temp, issuer_of(session, signed=False), period.name, state.held_on, members, lines)
    return Printed(out, pages, len(members))


def print_minutes(ws: Workspace, period_name: str, out: Path) -> Printed:
    """The minutes: attendance, the threshold of each award, every tally with its percentage and result."""
    with staged_output(out) as temp, ws.transaction() as session:
        period = period_named(session, period_name)
        state = state_in(session, period)
        require_tallies(state)
        pages = render_minutes(temp, issuer_of(session, signed=False), minutes_of(state))
    return Printed(out, pages, len(state.voting))


def require_tallies(state: CouncilState) -> None:
    if not state.voting:
        raise InputError([problem("period", "council_no_candidates", period=state.period)])
    missing = [problem(c.unit_code, "council_tally_missing", unit=c.unit_name) for c in state.untallied]
    if missing:
        raise InputError(missing)


def minutes_of(state: CouncilState) -> Minutes:
    members = tuple(Member(a.name, a.position, a.present) for a in state.attendees)
    votes = tuple(
        VoteLine(c.unit_name, c.parent_name, c.award, c.result.tally.yes, c.result.tally.no, c.result.percent,
                 c.result.approved)
        for c in state.voting if c.result is not None
    )
    adjustments = tuple(Adjustment(c.unit_name, c.award, c.origin == "added", c.reason)
                        for c in state.candidates if c.removed or c.origin == "added")
    awards = dict.fromkeys(c.award for c in state.voting)
    return Minutes(state.period, state.held_on, members, votes, adjustments,
                   tuple(threshold_text(a, state.threshold(a)) for a in awards),
                   _holder(members, "chủ tịch"), _holder(members, "thư ký"))


def threshold_text(award: str, threshold: Threshold) -> str:
    """"Giấy khen: từ 50 % tổng số thành viên Hội đồng trở lên"."""
    of = "tổng số thành viên Hội đồng" if threshold.base is VoteBase.MEMBERS else "số thành viên có mặt"
    return f"{award}: từ {format_decimal(threshold.share * 100)} % {of} trở lên"


def _holder(members: tuple[Member, ...], word: str) -> Member | None:
    """The first member whose position begins with ``word`` ("Chủ tịch Hội đồng", not "Phó Chủ tịch")."""
    return next((m for m in members if m.position.casefold().startswith(word)), None)
