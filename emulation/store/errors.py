"""Why a database could not be opened."""

from __future__ import annotations


class StoreError(Exception):
    """A database that this version will not open."""


class NewerDatabaseError(StoreError):
    """The database was migrated by a newer version of the application."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            "This database was written by a newer version of Emulation scoring "
            f"(revision {revision}); it was left untouched."
        )


class ForeignDatabaseError(StoreError):
    """The database holds tables of some other application."""

    def __init__(self, tables: list[str]) -> None:
        self.tables = tables
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        super().__init__(
            f"This database is not an Emulation scoring database (it has the tables {shown}); "
            "it was left untouched."
        )
