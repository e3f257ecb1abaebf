"""The cyclic garbage collector and a large sheet.

A sheet of 10.000 units keeps a few hundred thousand objects for as long as it is shown, and
every full pass of the collector walks them all: a stall of the grid of 0,05–0,1 s wherever it
falls, in the middle of a scroll. Once a sheet's values are in, what is in memory then is set
aside from the collector (``gc.freeze``), so its passes walk only what was made since; loading
another sheet, or closing the grid, gives it all back, so what the old sheet leaves behind is
collected.

While the rest of a sheet is read and its live totals are built, hundreds of thousands of objects
are made and none is garbage yet: the collector is paused meanwhile (a full pass then, in the
reading thread or between two paints, would hold Python for 0,01–0,09 s), and what the totals
hold is set aside as well once they are in (before the collector runs again: its first pass would
walk everything made while it was paused).
"""

from __future__ import annotations

import gc

from emulation.gc_pause import collector_paused
from emulation.stepwise import Steps, T


def set_aside_what_is_loaded() -> None:
    gc.freeze()


def give_back_what_was_loaded() -> None:
    gc.unfreeze()


def collector_paused_during(steps: Steps[T]) -> Steps[T]:
    """``steps`` run with the collector paused, from their first step to their end (or until
    they are closed); what they made is set aside when they end."""
    with collector_paused():
        result = yield from steps
        set_aside_what_is_loaded()  # before the collector runs again: else its first pass walks it all
    return result
