"""What the scoring grid's live totals read: the period's standings, then edited units' entries.

The standings are read grouped, as ranking reads them (one row per unit and leaf), and can be
worked out in steps apart from the reading: the grid reads in a thread of its own and works them
out on its GUI thread between paints, so that working them out does not compete with drawing for
Python. The entries of units are read only when their scorer first edits them, so their standings
can be worked out again: every unit an edit, a paste or the edits made before the standings
arrived touch, in one read.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.entries import RawValue, decode_raw
from emulation.scoring.scores import Role, ScoreEntry
from emulation.scoring.standings import Standing
from emulation.scoring.stored_points import GroupedStandings
from emulation.services.lookup import period_named
from emulation.services.measures import Measured, merge_measured
from emulation.services.results import GroupedInputs, grouped_standings_inputs, standings_of
from emulation.services.score_rows import UNITS_PER_STATEMENT, grouped_score_batches, split_groups
from emulation.services.score_sheet import ScoreSheet
from emulation.services.workspace import Workspace
from emulation.stepwise import Steps
from emulation.store import Period, Score, Unit

_ROLES = {role.value: role for role in Role}


@dataclass(frozen=True, slots=True)
class ScoreRows:
    """A batch of the period's grouped score rows as the driver gave them (``score_rows.split_groups``)."""

    rows: list[tuple[Any, ...]]


#: what :func:`period_standings_parts` hands on
StandingsPart = GroupedInputs | list[Standing] | ScoreRows
#: grouped score rows worked out in one step of :func:`standings_from_parts`
ROWS_A_STEP = 250


def sheet_standings_parts(
    ws: Workspace, sheet: ScoreSheet, unit_codes: Collection[str] | None = None
) -> Iterator[StandingsPart]:
    """:func:`period_standings_parts` of the sheet's period, with the sheet's measured values."""
    return period_standings_parts(ws, sheet.period, list(sheet.measured.values()), unit_codes)


def period_standings_parts(
    ws: Workspace, period_name: str, measured: list[Measured], unit_codes: Collection[str] | None = None
) -> Iterator[StandingsPart]:
    """What gives every unit's standing in the period as the ranking works it out now, with
    ``measured``, read in one transaction without working anything out (see
    :func:`standings_from_parts`): first what the standings are worked out with, then the
    period's score rows a batch at a time; for a summary period, its standings worked out from
    its member periods. With ``unit_codes``, the standings of those units only."""
    with ws.transaction() as session:
        period = period_named(session, period_name)
        if period.is_summary:
            standings = standings_of(session, period, measured=measured)
            yield standings if unit_codes is None else [s for s in standings if s.unit.code in unit_codes]
            return
        inputs = grouped_standings_inputs(session, period, measured, unit_codes)
        yield inputs
        for rows in grouped_score_batches(session, period, None if unit_codes is None else list(inputs.units)):
            yield ScoreRows(rows)


def standings_from_parts(parts: Iterable[StandingsPart | None], cs: CriteriaSet) -> Steps[list[Standing]]:
    """The standings worked out with ``cs`` (the period's criteria) from
    :func:`period_standings_parts`, ``ROWS_A_STEP`` rows a step; a part None is one not read yet
    (the step then waits)."""
    grouped: GroupedStandings[int] | None = None
    for part in parts:
        if part is None:
            yield False
        elif isinstance(part, list):
            return part
        elif isinstance(part, GroupedInputs):
            grouped = part.grouped(cs)
        else:
            assert grouped is not None, "score rows come after what works them out"
            for start in range(0, len(part.rows), ROWS_A_STEP):
                grouped.add(split_groups(part.rows[start:start + ROWS_A_STEP]))
                yield True
    assert grouped is not None, "the parts end before they begin"
    return grouped.standings()


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
