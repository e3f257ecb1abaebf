"""Errors the services raise for a user's mistake (the front ends show them, never a trace)."""

from __future__ import annotations

from emulation.scoring.problems import InputError

__all__ = ["DatabaseBusy", "InputError", "PeriodLocked"]


class PeriodLocked(InputError):
    """A write to a locked period."""


class DatabaseBusy(InputError):
    """Another writer held the database past the wait; nothing was written, trying again will do."""
