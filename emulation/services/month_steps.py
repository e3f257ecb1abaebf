"""The month's way through: criteria → units → period → scores → ranking → awards → printing,
each step done or not for one period, and the next thing to do."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from emulation.services.lookup import latest_period, period_named
from emulation.services.period_summary import PeriodSummary
from emulation.services.summary_store import Summarised, keep_summary, summary_in
from emulation.services.workspace import Workspace
from emulation.store import Certificate, CriteriaSetRow, Unit

STEPS = ("criteria", "units", "period", "scores", "ranking", "awards", "printing")


@dataclass(frozen=True)
class Step:
    key: str  #: one of STEPS
    done: bool
    count: int = 0  #: what the step counts (sets, units, scored units, awardees, certificates)
    total: int = 0  #: out of how many, when that is meaningful (units of the period)


@dataclass(frozen=True)
class MonthSteps:
    period: str | None
    steps: tuple[Step, ...]
    #: the summary of the period's result the steps were counted on, for a caller that shows it too
    summary: PeriodSummary | None = field(default=None, compare=False, repr=False)
    #: whether that summary is current (False: the steps after "period" may be out of date, or unknown)
    current: bool = True

    @property
    def next(self) -> Step | None:
        """The first step not done yet; None when the month is finished."""
        return next((s for s in self.steps if not s.done), None)


def month_steps(ws: Workspace, period_name: str | None = None, *, make: bool = True) -> MonthSteps:
    """The steps for ``period_name`` (default: :func:`~emulation.services.lookup.latest_period`, the
    period the overview summarises).

    The steps from scores on are counted on the period's summary: the kept one while it is
    current, else one made now and kept (``make``), else the kept one however old, or none.
    """
    made: Summarised | None = None
    with ws.transaction() as session:
        sets = session.scalar(select(func.count()).select_from(CriteriaSetRow)) or 0
        units = session.scalar(select(func.count()).select_from(Unit)) or 0
        period = period_named(session, period_name) if period_name else latest_period(session)
        steps = [Step("criteria", sets > 0, sets), Step("units", units > 0, units), Step("period", period is not None)]
        if period is None:
            steps += [Step(key, False) for key in STEPS[3:]]
            return MonthSteps(None, tuple(steps))
        summarised = summary_in(session, period, make=make)
        summary = summarised.summary
        printed = session.scalar(
            select(func.count()).select_from(Certificate).where(Certificate.period_id == period.id)
        ) or 0
        if summary is None:
            steps += [Step(key, False) for key in STEPS[3:]]
        else:
            scored, complete, everyone, lines = summary.scored, summary.complete, summary.everyone, summary.award_lines
            steps += [
                Step("scores", everyone > 0 and complete == everyone, scored, everyone),
                Step("ranking", everyone > 0 and complete == everyone, scored, everyone),
                Step("awards", lines > 0 and period.decision_number is not None, lines),
                Step("printing", printed > 0, printed, lines),
            ]
        if summarised.made_at is not None:
            made = summarised
        result = MonthSteps(period.name, tuple(steps), summary, summarised.current)
    if made is not None:
        keep_summary(ws, result.period or "", made)
    return result
