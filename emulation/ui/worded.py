"""A service call run as an operation; its faults stay codes, which the error box and the
dialogs render with the catalogue in the interface's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def in_words(work: Callable[[], T]) -> Callable[[], T]:
    return work


def worded_op(work: Callable[[], Any]) -> Callable[[Any], Any]:
    """The call as an operation body (it takes the progress reporter and ignores it)."""
    return lambda _progress: work()
