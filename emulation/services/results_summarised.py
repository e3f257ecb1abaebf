"""A period's ranking and awards as the commands and pages show them, summarised for the overview on the way.

When the period is the one the overview summarises and its kept summary is not current, the
summary is made from the result just computed (read in the same transaction as the revision it is
kept at) and kept for the next start: no second ranking. Keeping it never changes what is shown
and never fails the caller (see :func:`keep_summary`).
"""

from __future__ import annotations

from emulation.services.lookup import period_named
from emulation.services.results import AwardLine, Ranking, award_lines, awards_in, ranking_in
from emulation.services.summary_store import Summarised, keep_summary, result_summarised, to_summarise
from emulation.services.workspace import Workspace


def rank_summarised(ws: Workspace, period_name: str) -> tuple[Ranking, Summarised | None]:
    """The period's ranking (as :func:`results.rank`) and the summary to keep of it, if any."""
    with ws.transaction() as session:
        period = period_named(session, period_name)
        if not to_summarise(ws, session, period):
            return ranking_in(session, period), None
        ranking, _, made = result_summarised(session, period)
        return ranking, made


def awards_summarised(ws: Workspace, period_name: str) -> tuple[Ranking, list[AwardLine], Summarised | None]:
    """The period's ranking and awards (as :func:`results.awards`) and the summary to keep of them, if any."""
    with ws.transaction() as session:
        period = period_named(session, period_name)
        if not to_summarise(ws, session, period):
            ranking, lines = awards_in(session, period)
            return ranking, lines, None
        ranking, awarded, made = result_summarised(session, period)
        return ranking, award_lines(session, period, awarded), made


def keep(ws: Workspace, period_name: str, made: Summarised | None) -> None:
    """Keep ``made`` (from the functions above) when there is one, after what it was made with is shown.

    Refused (a viewer, a read-only file, a role without the right) or busy (after the database's
    usual wait for a lock), it is only not kept.
    """
    if made is not None:
        keep_summary(ws, period_name, made)
