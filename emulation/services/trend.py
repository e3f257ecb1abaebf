"""A unit's results across the periods scored with the same criteria set."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from emulation.services.lookup import criteria_of, period_named
from emulation.services.results import ranking_in
from emulation.services.workspace import Workspace
from emulation.store import Period


@dataclass(frozen=True)
class TrendPoint:
    period: str
    total: Decimal
    rank: int
    units: int
    grade: str | None


def unit_trend(ws: Workspace, period_name: str, unit_code: str) -> list[TrendPoint]:
    """The unit's total, rank and grade in every ordinary (not summary) period that uses
    the same criteria set as ``period_name``, oldest first; periods without the unit are left out."""
    with ws.transaction() as session:
        wanted = criteria_of(period_named(session, period_name)).name
        periods = session.scalars(
            select(Period).where(Period.is_summary.is_(False)).order_by(Period.created_at, Period.id)
        ).all()
        points: list[TrendPoint] = []
        for period in periods:
            if criteria_of(period).name != wanted:
                continue
            ranking = ranking_in(session, period)
            row = next((r for r in ranking.rows if r.unit.code == unit_code), None)
            if row is not None and row.rank is not None:
                points.append(TrendPoint(period.name, row.total, row.rank, len(ranking.rows), row.grade))
        return points
