"""The cyclic garbage collector and a large sheet.

A sheet of 10.000 units keeps a few hundred thousand objects for as long as it is shown, and
every full pass of the collector walks them all: a stall of the grid of 0,05–0,1 s wherever it
falls, in the middle of a scroll. Once a sheet's values are in, what is in memory then is set
aside from the collector (``gc.freeze``), so its passes walk only what was made since; loading
another sheet, or closing the grid, gives it all back, so what the old sheet leaves behind is
collected.
"""

from __future__ import annotations

import gc


def set_aside_what_is_loaded() -> None:
    gc.freeze()


def give_back_what_was_loaded() -> None:
    gc.unfreeze()
