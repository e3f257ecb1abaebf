"""Where a locked period's frozen result is kept, and reading it back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.services.frozen_codec import FrozenResult, loads_result
from emulation.store import Period, PeriodResult


def current_record(session: Session, period: Period) -> PeriodResult | None:
    """The record of the period's current lock (None when it is open, or was locked before records)."""
    return session.scalar(
        select(PeriodResult)
        .where(PeriodResult.period_id == period.id, PeriodResult.released_at.is_(None))
        .order_by(PeriodResult.id.desc())
    )


def frozen_result(session: Session, period: Period) -> FrozenResult | None:
    """The result as it was locked; None for an open period."""
    if not period.locked:
        return None
    record = current_record(session, period)
    return loads_result(record.document) if record is not None else None
