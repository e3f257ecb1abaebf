"""The dates a period covers: set by hand, or read from its name ("Tháng 10/2026",
"Quý III/2026", "Năm 2024"), so that measures know which records count."""

from __future__ import annotations

import calendar
import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, period_named, writable_period
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import Period, record
from emulation.store.models import PeriodSpan
from emulation.text import format_date, match_key

Span = tuple[date, date]
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_MONTH = re.compile(r"thang (\d{1,2})\s*[/.-]\s*(\d{4})")
_QUARTER = re.compile(r"quy (i{1,3}|iv|[1-4])\s*[/.-]?\s*(?:nam )?(\d{4})")
_YEAR = re.compile(r"nam (\d{4})")


def span_from_name(name: str) -> Span | None:
    key = _plain(name)
    if m := _MONTH.search(key):
        month, year = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if m := _QUARTER.search(key):
        quarter, year = _ROMAN.get(m[1]) or int(m[1]), int(m[2])
        first = 3 * quarter - 2
        return date(year, first, 1), date(year, first + 2, calendar.monthrange(year, first + 2)[1])
    if m := _YEAR.search(key):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31)
    return None


def _plain(name: str) -> str:
    """Lower case without tone marks or đ: "Quý III/2026" → "quy iii/2026"."""
    import unicodedata

    key = match_key(name).replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))


def stored_span(session: Session, period: Period) -> Span | None:
    row = session.get(PeriodSpan, period.id)
    if row is not None:
        return row.starts_on, row.ends_on
    return span_from_name(period.name)


def span_of(session: Session, period: Period) -> Span:
    span = stored_span(session, period)
    if span is None:
        raise InputError([problem("period", "period_without_dates", period=period.name)])
    return span


def set_span(ws: Workspace, period_name: str, starts_on: date, ends_on: date) -> Span:
    if ends_on < starts_on:
        raise InputError([problem("dates", "period_dates_reversed", start=format_date(starts_on),
                                  end=format_date(ends_on))])
    with ws.transaction(Action.PERIODS) as session:
        period = writable_period(session, period_name)
        row = session.get(PeriodSpan, period.id)
        old = f"{format_date(row.starts_on)}–{format_date(row.ends_on)}" if row else None
        if row is None:
            session.add(PeriodSpan(period_id=period.id, starts_on=starts_on, ends_on=ends_on))
        else:
            row.starts_on, row.ends_on = starts_on, ends_on
        record(session, who=ws.user, action="period_dates_set", entity="period", period_name=period.name,
               old=old, new=f"{format_date(starts_on)}–{format_date(ends_on)}")
    return starts_on, ends_on


def period_span(ws: Workspace, period_name: str) -> Span | None:
    with ws.transaction() as session:
        return stored_span(session, period_named(session, period_name))


def locking_period(session: Session, on: date) -> Period | None:
    """A locked period that used records (its criteria take measures) and covers ``on``."""
    for period in session.scalars(select(Period).where(Period.locked.is_(True))):
        if not any(leaf.criterion.measure for leaf in criteria_of(period).leaves):
            continue
        span = stored_span(session, period)
        if span is not None and span[0] <= on <= span[1]:
            return period
    return None
