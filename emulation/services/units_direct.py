"""A units import into a SQLite file over the driver alone, for the command line.

The same import as :func:`emulation.services.units.import_units` (the same checks, rows, audit
entries and revision, from ``services.units_plan``), run where it is the owner's: a SQLite file
already at the newest migration and without accounts (``store.plain_sqlite`` opens only such a
file; :func:`open_for_units` says None for a database with accounts, whose users sign in).
Without SQLAlchemy and the models a province's import takes a third of the time, most of which
was their import.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from emulation.gc_pause import collector_paused
from emulation.services.errors import DatabaseBusy
from emulation.services.permissions import AccountRole, Action, refuse_unless
from emulation.services.units_plan import (
    STORED_UNIT_COLUMNS,
    StoredUnit,
    UnitsImported,
    check_no_cycle,
    parent_moves,
    read_units_file,
    unit_changes,
)
from emulation.store.audit_rows import AUDIT_COLUMNS
from emulation.store.plain_sqlite import has_accounts, is_locked, open_current, stored_time, write_transaction

_STORED = f"SELECT {', '.join(STORED_UNIT_COLUMNS)} FROM units"
_TREE = "SELECT id, code, parent_id FROM units ORDER BY position, id"
_ADD = "INSERT INTO units (code, position, name, kind, cluster) VALUES (?, ?, ?, ?, ?)"
_EDIT = "UPDATE units SET name = ?, kind = ?, cluster = ? WHERE id = ?"
_MOVE = "UPDATE units SET parent_id = ? WHERE id = ?"
_LOG = f"INSERT INTO audit_log ({', '.join(AUDIT_COLUMNS)}) VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})"


def open_for_units(url: str) -> sqlite3.Connection | None:
    """``url``'s SQLite file when it is up to date and has no accounts; None: open it the full way."""
    connection = open_current(url)
    if connection is not None and has_accounts(connection):
        connection.close()
        return None
    return connection


def import_units_direct(connection: sqlite3.Connection, path: Path, who: str) -> UnitsImported:
    """Add or update units by code, as ``who`` (the owner); parents may be in the file or already stored."""
    refuse_unless(AccountRole.ADMIN, Action.UNITS)  # the owner of a database without accounts, as the workspace's
    with collector_paused():
        records = read_units_file(path)
        try:
            with write_transaction(connection) as transaction:
                stored = {row[1]: StoredUnit(*row) for row in transaction.read(_STORED)}
                changes = unit_changes(records, stored, who, path.name)
                transaction.write_many(_ADD, ((r["code"], r["position"], r["name"], r["kind"], r["cluster"])
                                              for r in changes.added))
                transaction.write_many(_EDIT, ((r["name"], r["kind"], r["cluster"], r["id"]) for r in changes.edits))
                moves, tree = parent_moves(records, transaction.read(_TREE), who, changes.audit)
                transaction.write_many(_MOVE, moves)
                transaction.write_many(_LOG, (_logged(row) for row in changes.audit))
                check_no_cycle(tree)
        except sqlite3.OperationalError as exc:
            if not is_locked(exc):
                raise
            raise DatabaseBusy.single("", "database_busy") from None
        return changes.imported()


def _logged(row: dict[str, object]) -> list[object]:
    """An audit row as the driver takes it: its time stored as SQLAlchemy stores it."""
    values = [row[key] for key in AUDIT_COLUMNS]  # "at" first
    values[0] = stored_time(values[0])  # type: ignore[arg-type]
    return values
