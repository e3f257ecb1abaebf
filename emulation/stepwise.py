"""Work done in steps: a generator that yields between steps and returns its result.

A long computation written this way can share a thread with others (the GUI thread runs a few
steps between two paints); run at once, it is an ordinary call. A step yields ``False`` when it
waits for another thread's reading rather than working (its driver then waits a little before the
next step), anything else when it worked.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from typing import Any, TypeVar

T = TypeVar("T")
Steps = Generator[Any, None, T]
#: how long a driver run at once sleeps when a step says it waits for another thread
WAITING_PAUSE = 0.002


def completed(steps: Steps[T]) -> T:
    """Run every step now and give the result."""
    while True:
        try:
            worked = next(steps)
        except StopIteration as stop:
            return stop.value
        if worked is False:
            time.sleep(WAITING_PAUSE)
