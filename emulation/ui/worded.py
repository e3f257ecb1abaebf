"""A service call whose faults come back with their sentences (in the catalogue's language),
so the error box and the dialogs show words, not codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from emulation.i18n import say
from emulation.scoring.problems import Problem
from emulation.services.errors import InputError

T = TypeVar("T")


def in_words(work: Callable[[], T]) -> Callable[[], T]:
    def run() -> T:
        try:
            return work()
        except InputError as exc:
            raise type(exc)([Problem(p.where, say(p.code, **p.params)) for p in exc.problems]) from None

    return run


def worded_op(work: Callable[[], Any]) -> Callable[[Any], Any]:
    """The same, as an operation body (it takes the progress reporter and ignores it)."""
    run = in_words(work)
    return lambda _progress: run()
