"""The grid's live totals, read in a thread and worked out on the GUI thread in steps.

Working out 10.000 units' standings and ranking them is a few seconds of Python: in a thread of
its own, that work would make every cell the grid draws meanwhile wait for Python (the drawing
calls into Python for each cell). The database is read in a thread (it waits on the database
most of the time, without holding Python), and the rest runs between paints, a few hundred units
a step. A paste over thousands of units catches up the same way. A large period is read in a
process of its own (``services.standings_apart``): its reading then takes no Python from drawing
at all; if that process cannot give the standings, they are read in a thread after all.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from functools import partial

from emulation.scoring.entries import RawValue
from emulation.scoring.standings import Standing
from emulation.services.score_sheet import ScoreSheet
from emulation.services.sheet_standings import sheet_standings_parts, standings_from_parts, units_entries
from emulation.services.standings_apart import ApartReading, ReadingApartLost, decoded_parts, read_apart
from emulation.services.workspace import Workspace
from emulation.stepwise import Steps
from emulation.ui.scoring.live.read_ahead import ReadAhead
from emulation.ui.scoring.live.results import LiveResults

log = logging.getLogger(__name__)
#: frames read ahead of their use at most, when read apart (a few kilobytes each)
FRAMES_AHEAD = 512


def live_results_in_steps(ws: Workspace, sheet: ScoreSheet) -> Steps[LiveResults]:
    """The sheet's live results: its period's standings and ranking, with its own values on top."""
    standings = yield from _standings_in_steps(ws, sheet)
    return (yield from LiveResults.in_steps(sheet, standings, partial(units_entries, ws, sheet)))


def live_caught_up_in_steps(
    ws: Workspace, sheet: ScoreSheet, live: LiveResults, values: list[tuple[str, str, RawValue | None]]
) -> Steps[LiveResults]:
    """``live`` with ``values`` (saved already) applied: the units whose entries it holds follow
    them in place; the standings of the others are read grouped in a thread, as the live totals'
    first reading, and worked out in steps, then every unit is moved in the ranking in steps."""
    unread = set(live.unread(unit_code for unit_code, _, _ in values))
    live.apply([value for value in values if value[0] not in unread])
    standings = yield from _standings_in_steps(ws, sheet, unread)
    live.take_standings(standings)
    yield from live.refresh_in_steps()
    return live


def _standings_in_steps(ws: Workspace, sheet: ScoreSheet, unit_codes: Collection[str] | None = None
                        ) -> Steps[list[Standing]]:
    """The standings of ``unit_codes`` (None: every unit) of the sheet's period, read apart or in a
    thread, worked out in steps."""
    if read_apart(ws, sheet, unit_codes):
        reading = ApartReading(ws, sheet, unit_codes)
        try:
            with ReadAhead(lambda: iter(reading), reading.stop, FRAMES_AHEAD) as frames:
                return (yield from standings_from_parts(decoded_parts(frames), sheet.criteria))
        except ReadingApartLost as lost:
            log.warning("the standings of %s are read in this process: %s", sheet.period, lost)
    with ReadAhead(partial(sheet_standings_parts, ws, sheet, unit_codes)) as parts:
        return (yield from standings_from_parts(parts, sheet.criteria))
