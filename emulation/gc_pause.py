"""Python's cycle collector paused for the length of a large import.

An import builds hundreds of thousands of small objects that hold no reference cycles (cell
values, entries, rows for the driver). While they pile up, the collector walks the whole
growing heap again and again: a sixth of a province's score import went to it. Paused for the
import and resumed after it (nested and concurrent pauses counted), it then frees whatever
cycles there are as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector paused; it runs again when the last pause ends."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
