"""Errors the services raise for a user's mistake (the front ends show them, never a trace)."""

from __future__ import annotations

from emulation.scoring.problems import InputError

__all__ = ["InputError", "PeriodLocked"]


class PeriodLocked(InputError):
    """A write to a locked period."""
