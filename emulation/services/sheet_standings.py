"""What the scoring grid's live totals read: the period's standings, then edited units' entries.

The standings are read grouped, as ranking reads them (one row per unit and leaf); the entries of
units are read only when their scorer first edits them, so their standings can be worked out again:
every unit an edit, a paste or the edits made before the standings arrived touch, in one read.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from emulation.scoring.entries import RawValue, decode_raw
from emulation.scoring.scores import Role, ScoreEntry
from emulation.scoring.standings import Standing
from emulation.services.lookup import period_named
from emulation.services.measures import merge_measured
from emulation.services.results import standings_of
from emulation.services.score_sheet import ScoreSheet
from emulation.services.workspace import Workspace
from emulation.store import Period, Score, Unit

#: unit codes a statement asks for at once (SQLite's oldest limit is 999 parameters a statement)
UNITS_PER_STATEMENT = 900
_ROLES = {role.value: role for role in Role}


def sheet_standings(ws: Workspace, sheet: ScoreSheet) -> list[Standing]:
    """Every unit's standing in the sheet's period, as the ranking works it out now (a summary
    period's from its member periods), with the sheet's measured values."""
    with ws.transaction() as session:
        period = period_named(session, sheet.period)
        return standings_of(session, period, measured=list(sheet.measured.values()))


def units_entries(ws: Workspace, sheet: ScoreSheet, unit_codes: Iterable[str]) -> dict[str, list[ScoreEntry]]:
    """The stored entries of the sheet's period of each of ``unit_codes``, of every role and scorer,
    with their measured leaves' values in place of the members' and the official's (as the ranking
    takes them), by unit code (every code asked for is there; a summary period has none).

    A few hundred rows a unit, found on the scores' unique index (period, unit, …), in one
    statement for every ``UNITS_PER_STATEMENT`` units.
    """
    codes = list(dict.fromkeys(unit_codes))
    read: dict[str, list[ScoreEntry]] = {code: [] for code in codes}
    if sheet.is_summary or not codes:
        return read
    cs = sheet.criteria
    leaves = cs.leaf_by_code
    raws: dict[tuple[str, str], RawValue] = {}  # a period holds few distinct values a leaf: each decoded once
    with ws.transaction() as session:
        period_id = session.scalar(select(Period.id).where(Period.name == sheet.period))
        for start in range(0, len(codes), UNITS_PER_STATEMENT):
            chunk = codes[start:start + UNITS_PER_STATEMENT]
            rows = session.connection().execute(  # rows as they come, without the ORM's loading
                select(Unit.code, Score.leaf_code, Score.role, Score.scorer, Score.raw_value)
                .join(Unit, Unit.id == Score.unit_id)
                .where(Score.period_id == period_id, Unit.code.in_(chunk))
            )
            for unit_code, leaf_code, role, scorer, text in rows:
                raw = raws.get((leaf_code, text))
                if raw is None:
                    leaf = leaves.get(leaf_code)
                    if leaf is None:
                        continue
                    raw = raws[leaf_code, text] = decode_raw(leaf.criterion, text)
                read[unit_code].append(ScoreEntry(unit_code, leaf_code, _ROLES[role], scorer, raw))
    if not sheet.measured:
        return read
    for code, entries in read.items():
        measured = [m for leaf in cs.leaves if (m := sheet.measured.get((code, leaf.code))) is not None]
        read[code] = merge_measured(entries, measured)
    return read
