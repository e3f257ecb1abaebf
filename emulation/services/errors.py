"""Errors the services raise for a user's mistake (the front ends show them, never a trace)."""

from __future__ import annotations

from emulation.scoring.problems import Problem, ProblemsError


class InputError(ProblemsError):
    """Bad input: every fault with its place; nothing was written."""

    @classmethod
    def single(cls, where: str, message: str) -> InputError:
        return cls([Problem(where, message)])


class PeriodLocked(InputError):
    """A write to a locked period."""
