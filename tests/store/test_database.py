"""Opening databases: pragmas, sessions, and refusing what is not ours untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, inspect, make_url, select
from sqlalchemy.exc import IntegrityError

from emulation.i18n import render, set_language
from emulation.store import (
    Database,
    ForeignDatabaseError,
    NewerDatabaseError,
    Score,
    StoreError,
    Unit,
)
from tests.store.factories import add_unit


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stamped_sqlite(path: Path, revision: str) -> None:
    """A database in SQLite's default journal mode, stamped with ``revision``."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.execute("CREATE TABLE units (id INTEGER PRIMARY KEY, shape TEXT)")
    conn.close()


def test_sqlite_is_in_wal_mode_with_foreign_keys_and_a_busy_timeout(sqlite_path: Path) -> None:
    db = Database.open(str(sqlite_path))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        db.dispose()


def test_open_creates_the_parent_folder(tmp_path: Path) -> None:
    target = tmp_path / "nested" / "folder" / "db.sqlite"
    db = Database.open(str(target))
    db.dispose()
    assert target.is_file()


def test_in_memory_sqlite_keeps_its_data_between_sessions() -> None:
    db = Database.open("sqlite://")
    try:
        with db.session() as session:
            add_unit(session)
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Unit)) == 1
    finally:
        db.dispose()


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(Score(period_id=999, unit_id=999, leaf_code="I.1", role="self", raw_value="5"))


def test_session_commits_on_success(database: Database) -> None:
    with database.session() as session:
        add_unit(session)
    with database.session() as session:
        assert session.scalars(select(Unit.code)).all() == ["T01"]


def test_session_rolls_back_on_exception(database: Database) -> None:
    with pytest.raises(RuntimeError), database.session() as session:
        add_unit(session, "T01")
        add_unit(session, "T02")
        raise RuntimeError("import failed half way")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 0


def test_savepoint_rolls_back_alone(database: Database) -> None:
    with database.session() as session:
        add_unit(session, "T01")
        nested = session.begin_nested()
        add_unit(session, "T02")
        nested.rollback()
    with database.session() as session:
        assert session.scalars(select(Unit.code)).all() == ["T01"]


def test_objects_stay_readable_after_the_session(database: Database) -> None:
    with database.session() as session:
        unit = add_unit(session, name="Thôn Hòa Bình")
    assert unit.name == "Thôn Hòa Bình"


def test_newer_sqlite_database_is_refused_untouched(sqlite_path: Path) -> None:
    _stamped_sqlite(sqlite_path, "9999_from_the_future")
    before = _digest(sqlite_path)
    with pytest.raises(NewerDatabaseError) as caught:
        Database.open(str(sqlite_path))
    assert render(caught.value.problem) == (
        "Cơ sở dữ liệu này do một phiên bản mới hơn của chương trình Chấm điểm thi đua ghi "
        "(bản sửa đổi 9999_from_the_future); chương trình không đụng đến nó."
    )
    set_language("en")
    assert render(caught.value.problem) == (
        "This database was written by a newer version of Emulation scoring "
        "(revision 9999_from_the_future); it was left untouched."
    )
    assert _digest(sqlite_path) == before
    assert sorted(p.name for p in sqlite_path.parent.iterdir()) == [sqlite_path.name]
    with sqlite3.connect(sqlite_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()


def test_our_database_restamped_newer_is_refused_untouched(sqlite_path: Path) -> None:
    Database.open(str(sqlite_path)).dispose()
    with sqlite3.connect(sqlite_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    before = _digest(sqlite_path)
    with pytest.raises(NewerDatabaseError, match="ffff"):
        Database.open(str(sqlite_path))
    assert _digest(sqlite_path) == before


def test_foreign_sqlite_database_is_refused_untouched(sqlite_path: Path) -> None:
    with sqlite3.connect(sqlite_path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('An')")
    conn.close()
    before = _digest(sqlite_path)
    with pytest.raises(ForeignDatabaseError) as caught:
        Database.open(str(sqlite_path))
    assert "không phải là cơ sở dữ liệu của chương trình" in render(caught.value.problem)
    assert "customers" in render(caught.value.problem)
    assert _digest(sqlite_path) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(sqlite_path: Path) -> None:
    sqlite_path.write_text("Họ và tên;Điểm\n" * 200, encoding="utf-8")
    before = _digest(sqlite_path)
    with pytest.raises(StoreError):
        Database.open(str(sqlite_path))
    assert _digest(sqlite_path) == before


@pytest.mark.postgres
def test_newer_postgresql_database_is_refused_untouched(postgres_url: str) -> None:
    conninfo = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    with pytest.raises(NewerDatabaseError, match="9999"):
        Database.open(postgres_url)
    with psycopg.connect(conninfo) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("alembic_version",)]


@pytest.mark.postgres
def test_foreign_postgresql_database_is_refused(postgres_url: str) -> None:
    conninfo = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id serial PRIMARY KEY)")
    with pytest.raises(ForeignDatabaseError, match="invoices"):
        Database.open(postgres_url)


@pytest.mark.postgres
def test_display_url_masks_the_password(postgres_url: str) -> None:
    url = make_url(postgres_url).set(password="mật-khẩu")
    db = Database.open(url.render_as_string(hide_password=False))
    try:
        assert "mật-khẩu" not in db.display_url
        assert "***" in db.display_url
        assert make_url(db.url).password == "mật-khẩu"
        assert db.backend == "postgresql"
        assert "units" in inspect(db.engine).get_table_names()
    finally:
        db.dispose()


def test_sqlite_url_and_backend(sqlite_path: Path) -> None:
    db = Database.open(str(sqlite_path))
    try:
        assert db.url == f"sqlite:///{sqlite_path.resolve()}"
        assert db.display_url == db.url
        assert db.backend == "sqlite"
    finally:
        db.dispose()
