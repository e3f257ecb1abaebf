"""Reading the manual award decisions of a period (the writes are in ``services.awards``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from emulation.services.lookup import period_named
from emulation.services.workspace import Workspace
from emulation.store import AwardOverride, Unit


@dataclass(frozen=True)
class PeriodDecision:
    """The commendation decision recorded for a period (number and date), if any."""

    number: str | None
    on: date | None


@dataclass(frozen=True)
class AwardDecision:
    unit_code: str
    unit_name: str
    include: bool
    award_name: str | None
    reason: str
    by: str
    at: datetime | None


def award_decisions(ws: Workspace, period_name: str) -> list[AwardDecision]:
    """Every unit included or excluded by hand in the period, in the order decided."""
    with ws.transaction() as session:
        period = period_named(session, period_name)
        rows = session.execute(
            select(AwardOverride, Unit)
            .join(Unit, Unit.id == AwardOverride.unit_id)
            .where(AwardOverride.period_id == period.id)
            .order_by(AwardOverride.at, AwardOverride.id)
        ).all()
        return [
            AwardDecision(u.code, u.name, o.include, o.award_name, o.reason, o.by, o.at) for o, u in rows
        ]


def period_decision(ws: Workspace, period_name: str) -> PeriodDecision:
    with ws.transaction() as session:
        period = period_named(session, period_name)
        return PeriodDecision(period.decision_number, period.decision_date)
