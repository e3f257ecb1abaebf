"""Engines: SQLite tuned for a desktop application, anything else as SQLAlchemy makes it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import StaticPool

from emulation.store.plain_sqlite import BUSY_TIMEOUT_MS, SQLITE_PRAGMAS

__all__ = ["BUSY_TIMEOUT_MS", "SQLITE_PRAGMAS", "create_database_engine", "immediate_begin", "is_memory_sqlite",
           "sqlite_pragma", "without_waiting"]

_IMMEDIATE: ContextVar[bool] = ContextVar("sqlite_immediate", default=False)
_WAIT: ContextVar[bool] = ContextVar("sqlite_wait", default=True)


@contextmanager
def immediate_begin() -> Iterator[None]:
    """Transactions begun inside this block take SQLite's write lock at once (``BEGIN IMMEDIATE``).

    A writer then checks what it is about to change (a period's lock) holding the lock, so no
    other writer can commit in between. Other back ends lock rows with ``SELECT … FOR UPDATE``.
    """
    token = _IMMEDIATE.set(True)
    try:
        yield
    finally:
        _IMMEDIATE.reset(token)


@contextmanager
def without_waiting() -> Iterator[None]:
    """SQLite write transactions begun inside this block are refused at once when another writer
    holds the lock, instead of waiting for it (for writes that are only worth making now)."""
    token = _WAIT.set(False)
    try:
        yield
    finally:
        _WAIT.reset(token)


def is_memory_sqlite(url: URL) -> bool:
    """Whether ``url`` names an in-memory SQLite database."""
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def create_database_engine(url: URL) -> Engine:
    """An engine for ``url``; SQLite gets its pragmas and real transactions."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if is_memory_sqlite(url):
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
        _tune_sqlite(engine, wal=False)
        return engine
    if url.database and not url.query.get("uri"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    _tune_sqlite(engine, wal=True)
    return engine


def _tune_sqlite(engine: Engine, wal: bool) -> None:
    """Set the pragmas on every connection and let SQLAlchemy emit BEGIN itself.

    The sqlite3 module's own transaction handling skips BEGIN before DDL and
    SAVEPOINT; taking it over makes migrations and nested transactions atomic.
    """
    pragmas = (*SQLITE_PRAGMAS, "journal_mode=WAL") if wal else SQLITE_PRAGMAS

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(f"PRAGMA {pragma}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if not _IMMEDIATE.get():
            connection.exec_driver_sql("BEGIN")
        elif _WAIT.get():
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            driver: Any = connection.connection.driver_connection
            driver.execute("PRAGMA busy_timeout=0")
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            finally:
                driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def sqlite_pragma(connection: Connection, pragma: str) -> None:
    """Run a PRAGMA on the driver connection, outside any transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA {pragma}")
