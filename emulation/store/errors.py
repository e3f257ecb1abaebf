"""Why a database could not be opened: a catalogue code and its parameters, like any fault."""

from __future__ import annotations

from emulation.scoring.problems import Param, Problem, problem


class StoreError(Exception):
    """A database that this version will not open."""

    def __init__(self, code: str, /, **params: Param) -> None:
        self.code, self.params = code, params
        super().__init__(str(self.problem))

    @property
    def problem(self) -> Problem:
        """The fault as the front ends render it (no place: the database is the whole subject)."""
        return problem("", self.code, **self.params)


class NewerDatabaseError(StoreError):
    """The database was migrated by a newer version of the application."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__("database_newer", revision=revision)


class ForeignDatabaseError(StoreError):
    """The database holds tables of some other application."""

    def __init__(self, tables: list[str]) -> None:
        self.tables = tables
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        super().__init__("database_foreign", tables=shown)
