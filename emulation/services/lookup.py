"""Finding what a command names: periods, criteria sets, units — or saying clearly what is not there."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.criteria_doc import loads, parse_criteria
from emulation.scoring.units import UnitNode, effective_clusters
from emulation.services.errors import InputError, PeriodLocked
from emulation.store import CriteriaSetRow, Period, Unit
from emulation.text import format_date, match_key, nfc


def period_named(session: Session, name: str) -> Period:
    wanted = match_key(name)
    for period in session.scalars(select(Period)):
        if period.name == nfc(name) or match_key(period.name) == wanted:
            return period
    raise InputError.single("period", "period_unknown", period=name)


def latest_period(session: Session) -> Period | None:
    """The period meant when none is named: the one created last, preferring one scored directly
    over a summary (None: there is no period)."""
    latest = select(Period).order_by(Period.created_at.desc(), Period.id.desc()).limit(1)
    return session.scalar(latest.where(Period.is_summary.is_(False))) or session.scalar(latest)


#: the first key of the advisory locks that make the writers of one period take turns
PERIOD_LOCK_SPACE = 7301


def period_for_writing(session: Session, name: str) -> Period:
    """The period, its writers taking turns until this transaction ends.

    On PostgreSQL: a transaction-scoped advisory lock on the period (it needs no privilege a
    member lacks), then the period read again; so two edits of one cell, two imports with the same
    cells in another order, or an import and a ``lock`` never interleave. SQLite has one writer.
    """
    period = period_named(session, name)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(PERIOD_LOCK_SPACE, period.id)))
        session.refresh(period)
    return period


def writable_period(session: Session, name: str) -> Period:
    """The period, refusing when it is locked: a locked period takes no write of any kind."""
    period = period_for_writing(session, name)
    ensure_unlocked(period)
    return period


def ensure_unlocked(period: Period) -> None:
    if period.locked:
        when = format_date(period.locked_at.date()) if period.locked_at else "?"
        raise PeriodLocked.single("period", "period_locked", period=period.name, by=period.locked_by or "?", when=when)


@lru_cache(maxsize=64)
def _parse_document(text: str) -> CriteriaSet:
    cs, problems = parse_criteria(loads(text))
    if cs is None:  # only a damaged database could hold an invalid document
        raise InputError(problems)
    return cs


def criteria_of(period: Period) -> CriteriaSet:
    """The period's frozen criteria: later edits to the set never change it."""
    return _parse_document(period.criteria_document)


def criteria_of_row(row: CriteriaSetRow) -> CriteriaSet:
    return _parse_document(row.document)


def latest_criteria(session: Session, name: str) -> CriteriaSetRow | None:
    wanted = match_key(name)
    rows = [r for r in session.scalars(select(CriteriaSetRow)) if match_key(r.name) == wanted]
    return max(rows, key=lambda r: r.revision) if rows else None


def unit_nodes(session: Session) -> list[UnitNode]:
    rows = session.execute(
        select(Unit.id, Unit.code, Unit.name, Unit.parent_id, Unit.cluster, Unit.kind).order_by(Unit.position, Unit.id)
    ).all()
    codes = {row[0]: row[1] for row in rows}
    return [
        UnitNode(code, name, codes.get(parent) if parent else None, cluster, kind)
        for _, code, name, parent, cluster, kind in rows
    ]


def units_by_code(session: Session) -> dict[str, Unit]:
    return {u.code: u for u in session.scalars(select(Unit))}


def unit_named(session: Session, code: str) -> Unit:
    unit = session.scalar(select(Unit).where(Unit.code == nfc(code)))
    if unit is None:
        raise InputError.single("unit", "unit_unknown", code=code)
    return unit


def clusters(session: Session) -> dict[str, str | None]:
    return effective_clusters(unit_nodes(session))
