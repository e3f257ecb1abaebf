"""What the command line prints on a terminal shows hidden characters instead of obeying them.

Names stored before imports refused hidden characters, or written into the database by other
means, could carry terminal escape sequences (clearing the screen, rewriting a line) or
direction-changing characters that disguise what a name says. On a terminal each one is printed
as ``<U+001B>``; output going to a file or a pipe is data and stays as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from emulation.text import visible


class VisibleText:
    """A terminal stream that spells out hidden characters; everything else passes through."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


@contextmanager
def guarded_terminal() -> Iterator[None]:
    """While the command runs, stdout and stderr spell out hidden characters when they are terminals."""
    saved = sys.stdout, sys.stderr
    if _is_terminal(sys.stdout):
        sys.stdout = VisibleText(sys.stdout)
    if _is_terminal(sys.stderr):
        sys.stderr = VisibleText(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
