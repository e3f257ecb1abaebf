"""The grid's live totals, read in a thread and worked out on the GUI thread in steps.

Working out 10.000 units' standings and ranking them is a few seconds of Python: in a thread of
its own, that work would make every cell the grid draws meanwhile wait for Python (the drawing
calls into Python for each cell). The database is read in a thread (it waits on the database
most of the time, without holding Python), and the rest runs between paints, a few hundred units
a step. A paste over thousands of units catches up the same way.
"""

from __future__ import annotations

from functools import partial

from emulation.scoring.entries import RawValue
from emulation.services.score_sheet import ScoreSheet
from emulation.services.sheet_standings import sheet_standings_parts, standings_from_parts, units_entries
from emulation.services.workspace import Workspace
from emulation.stepwise import Steps
from emulation.ui.scoring.live.read_ahead import ReadAhead
from emulation.ui.scoring.live.results import LiveResults


def live_results_in_steps(ws: Workspace, sheet: ScoreSheet) -> Steps[LiveResults]:
    """The sheet's live results: its period's standings and ranking, with its own values on top."""
    with ReadAhead(partial(sheet_standings_parts, ws, sheet)) as parts:
        standings = yield from standings_from_parts(parts)
    return (yield from LiveResults.in_steps(sheet, standings, partial(units_entries, ws, sheet)))


def live_caught_up_in_steps(
    ws: Workspace, sheet: ScoreSheet, live: LiveResults, values: list[tuple[str, str, RawValue | None]]
) -> Steps[LiveResults]:
    """``live`` with ``values`` (saved already) applied: the units whose entries it holds follow
    them in place; the standings of the others are read grouped in a thread, as the live totals'
    first reading, and worked out in steps, then every unit is moved in the ranking in steps."""
    unread = set(live.unread(unit_code for unit_code, _, _ in values))
    live.apply([value for value in values if value[0] not in unread])
    with ReadAhead(partial(sheet_standings_parts, ws, sheet, unread)) as parts:
        standings = yield from standings_from_parts(parts)
    live.take_standings(standings)
    yield from live.refresh_in_steps()
    return live
