"""The month's way through: criteria → units → period → scores → ranking → awards → printing,
each step done or not for one period, and the next thing to do."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from emulation.services.lookup import period_named
from emulation.services.results import Ranking, awards_in
from emulation.services.workspace import Workspace
from emulation.store import Certificate, CriteriaSetRow, Period, Unit

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
    #: the period's ranking the steps were counted on, for a caller that shows it too
    ranking: Ranking | None = field(default=None, compare=False, repr=False)

    @property
    def next(self) -> Step | None:
        """The first step not done yet; None when the month is finished."""
        return next((s for s in self.steps if not s.done), None)


def month_steps(ws: Workspace, period_name: str | None = None) -> MonthSteps:
    """The steps for ``period_name`` (default: the latest ordinary period)."""
    with ws.transaction() as session:
        sets = session.scalar(select(func.count()).select_from(CriteriaSetRow)) or 0
        units = session.scalar(select(func.count()).select_from(Unit)) or 0
        if period_name:
            period: Period | None = period_named(session, period_name)
        else:
            period = session.scalars(
                select(Period).where(Period.is_summary.is_(False)).order_by(Period.created_at.desc(), Period.id.desc())
            ).first()
        steps = [Step("criteria", sets > 0, sets), Step("units", units > 0, units), Step("period", period is not None)]
        if period is None:
            steps += [Step(key, False) for key in STEPS[3:]]
            return MonthSteps(None, tuple(steps))
        ranking, lines = awards_in(session, period)
        scored = sum(1 for r in ranking.rows if not r.standing.unscored)
        complete = sum(1 for r in ranking.rows if not r.standing.unscored and not r.standing.incomplete)
        everyone = len(ranking.rows)
        printed = session.scalar(
            select(func.count()).select_from(Certificate).where(Certificate.period_id == period.id)
        ) or 0
        steps += [
            Step("scores", everyone > 0 and complete == everyone, scored, everyone),
            Step("ranking", everyone > 0 and complete == everyone, scored, everyone),
            Step("awards", bool(lines) and period.decision_number is not None, len(lines)),
            Step("printing", printed > 0, printed, len(lines)),
        ]
        return MonthSteps(period.name, tuple(steps), ranking)
