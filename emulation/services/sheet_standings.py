"""What the scoring grid's live totals read: the period's standings, then one edited unit's entries.

The standings are read grouped, as ranking reads them (one row per unit and leaf); the entries of
a unit are read only when its scorer first edits it, so its standing can be worked out again.
"""

from __future__ import annotations

from sqlalchemy import select

from emulation.scoring.entries import decode_raw
from emulation.scoring.scores import Role, ScoreEntry
from emulation.scoring.standings import Standing
from emulation.services.lookup import period_named
from emulation.services.measures import merge_measured
from emulation.services.results import standings_of
from emulation.services.score_sheet import ScoreSheet
from emulation.services.workspace import Workspace
from emulation.store import Period, Score, Unit


def sheet_standings(ws: Workspace, sheet: ScoreSheet) -> list[Standing]:
    """Every unit's standing in the sheet's period, as the ranking works it out now (a summary
    period's from its member periods), with the sheet's measured values."""
    with ws.transaction() as session:
        period = period_named(session, sheet.period)
        return standings_of(session, period, measured=list(sheet.measured.values()))


def unit_entries(ws: Workspace, sheet: ScoreSheet, unit_code: str) -> list[ScoreEntry]:
    """A unit's stored entries of the sheet's period, of every role and scorer, with its measured
    leaves' values in place of the members' and the official's (as the ranking takes them).

    A few hundred rows found on the scores' unique index (period, unit, …); a summary period has none.
    """
    if sheet.is_summary:
        return []
    cs = sheet.criteria
    with ws.transaction() as session:
        period_id = session.scalar(select(Period.id).where(Period.name == sheet.period))
        unit_id = session.scalar(select(Unit.id).where(Unit.code == unit_code))
        rows = session.execute(
            select(Score.leaf_code, Score.role, Score.scorer, Score.raw_value).where(
                Score.period_id == period_id, Score.unit_id == unit_id
            )
        ).all()
    entries = []
    for leaf_code, role, scorer, text in rows:
        leaf = cs.leaf_by_code.get(leaf_code)
        if leaf is not None:
            entries.append(ScoreEntry(unit_code, leaf_code, Role(role), scorer, decode_raw(leaf.criterion, text)))
    measured = [m for leaf in cs.leaves if (m := sheet.measured.get((unit_code, leaf.code))) is not None]
    return merge_measured(entries, measured)
