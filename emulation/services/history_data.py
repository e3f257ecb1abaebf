"""The award history as the rules read it, and the year a period belongs to."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.history import History, PastAward
from emulation.store import AwardHistory, Period

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def period_year(period: Period) -> int:
    """The year in the period's name ("Tháng 10/2026", "Năm 2025"), else of its decision, else of its creation."""
    found = _YEAR.findall(period.name)
    if found:
        return int(found[-1])
    if period.decision_date is not None:
        return period.decision_date.year
    return period.created_at.year


def history_before(session: Session, year: int) -> History:
    """Every award and grade recorded for the years before ``year``."""
    rows = session.scalars(select(AwardHistory).where(AwardHistory.year < year))
    return History.of(year, (PastAward(r.unit_code, r.year, r.award_name, r.grade) for r in rows))
