"""Errors the services raise for a user's mistake (the front ends show them, never a trace)."""

from __future__ import annotations

from emulation.scoring.problems import Param, ProblemsError, problem


class InputError(ProblemsError):
    """Bad input: every fault with its place; nothing was written."""

    @classmethod
    def single(cls, where: str, code: str, /, **params: Param) -> InputError:
        """One fault at ``where`` (a field, a file, a cell): its catalogue code and parameters."""
        return cls([problem(where, code, **params)])


class PeriodLocked(InputError):
    """A write to a locked period."""
