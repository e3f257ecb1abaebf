"""A SQLite file already at the newest migration, opened with the driver alone.

The command line's ``units import`` writes a province's units into such a file without loading
SQLAlchemy and the models (half a second of every start, more than the import itself). It opens
the file as :class:`emulation.store.Database` would, with the same pragmas, takes the write lock
at the start of its one transaction and raises the database's revision in it, as the engine's
watch does for every transaction that writes (``store.revision``). Anything else, a file that
does not exist yet, one to migrate, a foreign or newer one, a URL with options, PostgreSQL, is
opened the full way, which creates, migrates or refuses it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from emulation.store.migration_heads import VERSION_TABLE, is_at_head

#: how long a SQLite transaction waits for another writer's lock before it is refused, in ms
BUSY_TIMEOUT_MS = 5000
SQLITE_PRAGMAS = ("foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}")
#: raises the database's revision (``store.revision``): every transaction that writes sends it before it commits
RAISE_REVISION = "UPDATE data_revision SET revision = revision + 1 WHERE id = 1"


def sqlite_file(url: str) -> Path | None:
    """The file a plain ``sqlite:///path`` URL names; None for any other URL (another database, memory,
    a URI or options, an escaped character)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    path = url[len(prefix):]
    if not path or path == ":memory:" or any(c in path for c in "?%#"):
        return None
    return Path(path)


def open_current(url: str) -> sqlite3.Connection | None:
    """The SQLite file of ``url`` opened with the application's pragmas, when it exists and is stamped
    with the newest migration; None otherwise (nothing is created or changed then)."""
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        versions = [row[0] for row in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
        if is_at_head(versions):
            for pragma in (*SQLITE_PRAGMAS, "journal_mode=WAL"):
                connection.execute(f"PRAGMA {pragma}")
            return connection
    except sqlite3.Error:
        pass
    connection.close()
    return None


def has_accounts(connection: sqlite3.Connection) -> bool:
    """Whether the database has an active account (then everyone works signed in)."""
    return bool(connection.execute("SELECT count(*) FROM accounts WHERE active IS 1").fetchone()[0])


def stored_setting(connection: sqlite3.Connection, key: str) -> str | None:
    """A setting's stored text (None when it was never set)."""
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def stored_time(value: datetime) -> str:
    """An aware datetime as SQLAlchemy's ``UTCDateTime`` keeps it in SQLite: the UTC wall time,
    ``YYYY-MM-DD HH:MM:SS.ffffff`` (the SQLite dialect's storage format)."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def is_locked(error: sqlite3.OperationalError) -> bool:
    """SQLite's "database is locked": another writer held the lock past the busy timeout."""
    return is_lock_message(str(error))


def is_lock_message(text: str) -> bool:
    """A driver's error saying the lock another writer holds was waited for in vain: SQLite's
    "database is locked" (after its busy timeout) or PostgreSQL's lock timeout."""
    text = text.lower()
    return "database is locked" in text or "lock timeout" in text or "could not obtain lock" in text


class Transaction:
    """One write transaction on the driver: reads, and writes of many rows that raise the revision."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.wrote = False

    def read(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        return self._connection.execute(sql, params).fetchall()

    def write_many(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        """Run ``sql`` for each row (nothing for none)."""
        rows = list(rows)
        if rows:
            self._connection.executemany(sql, rows)
            self.wrote = True


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[Transaction]:
    """All of the block or none of it, holding the write lock from its start (``BEGIN IMMEDIATE``);
    the revision is raised when the block wrote anything."""
    connection.execute("BEGIN IMMEDIATE")
    transaction = Transaction(connection)
    try:
        yield transaction
        if transaction.wrote:
            connection.execute(RAISE_REVISION)
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
