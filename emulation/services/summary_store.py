"""A period's summary kept in the database against its revision: read when current, made and kept when not."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from emulation.scoring.awards import Awarded
from emulation.services.errors import InputError
from emulation.services.lookup import latest_period, period_named
from emulation.services.period_summary import PeriodSummary, dumps_summary, loads_summary, summarise
from emulation.services.permissions import Action, allows
from emulation.services.results import Ranking, ranked_in
from emulation.services.workspace import Workspace
from emulation.store import Period
from emulation.store.models import PeriodSummaryRow
from emulation.store.revision import current_revision

#: who keeps a summary they made: those who run the period's ranking and awards
KEEPERS = Action.PERIODS


@dataclass(frozen=True)
class Summarised:
    """A period's summary (None: none kept yet) and whether it is current."""

    summary: PeriodSummary | None
    current: bool
    #: a summary made now, with the revision it was read at, for :func:`keep_summary`
    made_at: int | None = None


def stored_summary(session: Session, period: Period) -> Summarised:
    """The summary kept for ``period``, current when nothing was written since it was made."""
    row = session.get(PeriodSummaryRow, period.id)
    if row is None:
        return Summarised(None, False)
    summary = loads_summary(row.document)
    if summary is None or summary.period != period.name:
        return Summarised(None, False)
    revision = current_revision(session)
    return Summarised(summary, revision is not None and row.revision == revision)


def summary_in(session: Session, period: Period, *, make: bool = True) -> Summarised:
    """The period's summary: the kept one when current, else (``make``) made now from its result."""
    kept = stored_summary(session, period)
    if kept.current or not make:
        return kept
    return result_summarised(session, period)[2]


def result_summarised(session: Session, period: Period) -> tuple[Ranking, list[Awarded], Summarised]:
    """The period's ranking and awards (as locked, when locked), and the summary made of them now."""
    revision = current_revision(session)  # read before the result: a later write leaves what is made stale
    ranking, awards = ranked_in(session, period)
    awarded = awards()
    made = summarise(period.name, ranking.criteria, ranking.rows, len(awarded))
    return ranking, awarded, Summarised(made, True, revision)


def summarised_period_name(ws: Workspace) -> str | None:
    """The name of the period the overview summarises (None: there is no period)."""
    with ws.transaction() as session:
        period = latest_period(session)
        return period.name if period is not None else None


def to_summarise(ws: Workspace, session: Session, period: Period) -> bool:
    """Whether a result of ``period`` computed now should be summarised and kept on the way: it is the
    period the overview summarises, its kept summary is not current, and ``ws``'s role keeps summaries."""
    if not allows(ws.role, KEEPERS):
        return False
    latest = latest_period(session)
    return latest is not None and latest.id == period.id and not stored_summary(session, period).current


def keep_summary(ws: Workspace, period_name: str, summarised: Summarised) -> bool:
    """Keep a summary made by :func:`summary_in`, when the role may write and the database lets it.

    Returns whether it was kept. Keeping is never needed: when it is not allowed, or the database
    is busy, the summary is only shown and made again next time.
    """
    summary, revision = summarised.summary, summarised.made_at
    if summary is None or revision is None or not allows(ws.role, KEEPERS):
        return False
    try:
        with ws.transaction(KEEPERS, wait=False) as session:  # kept now or made again next time
            period = period_named(session, period_name)
            held = session.scalar(select(PeriodSummaryRow.revision).where(PeriodSummaryRow.period_id == period.id))
            if held is not None and held > revision:
                return False
            session.execute(delete(PeriodSummaryRow).where(PeriodSummaryRow.period_id == period.id))
            session.add(PeriodSummaryRow(period_id=period.id, revision=revision, document=dumps_summary(summary)))
        return True
    except (InputError, SQLAlchemyError):
        return False


def period_summary(ws: Workspace, period_name: str, *, make: bool = True) -> Summarised:
    """``period_name``'s summary, made and kept when it is not current (``make``)."""
    with ws.transaction() as session:
        summarised = summary_in(session, period_named(session, period_name), make=make)
    keep_summary(ws, period_name, summarised)
    return summarised
