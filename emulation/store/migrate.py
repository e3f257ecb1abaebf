"""Alembic, driven from code: inspect a database without touching it, then upgrade it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import NullPool

from emulation.store.engine import sqlite_pragma
from emulation.store.errors import ForeignDatabaseError, NewerDatabaseError, StoreError
from emulation.store.migration_heads import MIGRATIONS, VERSION_TABLE, head_revisions, is_at_head, script_revisions

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["MIGRATIONS", "VERSION_TABLE", "check_database", "head_revisions", "is_at_head", "script_revisions",
           "upgrade_to_head"]


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the package's migrations (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Every revision this version of the application can migrate from."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def head_revision() -> str:
    """The revision a freshly migrated database is stamped with."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def check_database(url: URL) -> list[str] | None:
    """Refuse a database that is newer or not ours, reading it and nothing else.

    A throwaway connection without the application's pragmas is used, so that a
    refused SQLite file keeps every byte it had. A SQLite file that does not
    exist yet is new, and fine. Returns the revisions the database is stamped with
    (None for a new file).
    """
    if _is_missing_sqlite_file(url):
        return None
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return _check(connection)
    except DatabaseError as error:
        raise StoreError("database_unreadable", detail=str(error.orig)) from error
    finally:
        engine.dispose()


def _is_missing_sqlite_file(url: URL) -> bool:
    if url.get_backend_name() != "sqlite" or url.query.get("uri") or not url.database:
        return False
    return url.database != ":memory:" and not Path(url.database).exists()


def _check(connection: Connection) -> list[str]:
    tables = set(inspect(connection).get_table_names())
    versions: list[str] = []
    if VERSION_TABLE in tables:
        versions = list(connection.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))
    if not versions and tables - {VERSION_TABLE}:
        raise ForeignDatabaseError(sorted(tables - {VERSION_TABLE}))
    unknown = sorted(set(versions) - set(script_revisions()))
    if unknown:
        raise NewerDatabaseError(", ".join(unknown))
    return versions


def upgrade_to_head(engine: Engine) -> None:
    """Migrate to the newest revision in one transaction.

    On SQLite, foreign keys are off while migrating (batch migrations copy
    tables) and checked before the commit.
    """
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            sqlite_pragma(connection, "foreign_keys=OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                if sqlite:
                    _check_foreign_keys(connection)
        finally:
            if sqlite:
                sqlite_pragma(connection, "foreign_keys=ON")


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise StoreError("database_broken_references", detail=str(broken[:5]))
