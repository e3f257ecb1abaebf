"""The command line's units import over the SQLite driver: the same rows, audit entries and
revision as the import through the workspace, and only where the owner of an up-to-date file works."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from emulation.i18n import render
from emulation.services.accounts import add_account
from emulation.services.audit import audit_log
from emulation.services.errors import DatabaseBusy, InputError
from emulation.services.permissions import AccountRole
from emulation.services.units import import_units
from emulation.services.units_direct import import_units_direct, open_for_units
from emulation.services.units_plan import UnitsImported
from emulation.services.workspace import Workspace
from emulation.store.location import database_url
from tests.faults import shown

HEADER = "Mã,Tên,Loại,Thuộc,Cụm\n"
WHO = "thư ký"
FIRST = "X,Xã Nghĩa Đô,xã,,Cụm 1\nY,Xã Vĩnh Yên,xã,,Cụm 2\nT1,Thôn Bản Hốc,thôn,X,\nT2,Thôn Đông Lai,thôn,X,\n"
#: a renamed unit, one moved to another parent, one unchanged, new units under stored and new parents
SECOND = ("T1,Thôn Bản Hốc Mới,thôn,Y,\nT2,Thôn Đông Lai,thôn,X,\nZ,Xã Tân Tiến,xã,,Cụm 3\n"
          "T3,Thôn Nà Khương,thôn,Z,\nT4,Thôn Khuổi Phường,thôn,X,Cụm 9\n")

Import = Callable[[Path, Path], UnitsImported]


def _file(tmp_path: Path, name: str, lines: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + lines, encoding="utf-8")
    return path


def _database(tmp_path: Path, name: str, lines: str = FIRST) -> Path:
    db = tmp_path / name
    ws = Workspace.open(str(db), user=WHO)
    try:
        import_units(ws, _file(tmp_path, f"{name}.csv", lines))
    finally:
        ws.close()
    return db


def _through_the_workspace(db: Path, path: Path) -> UnitsImported:
    ws = Workspace.open(str(db), user=WHO)
    try:
        return import_units(ws, path)
    finally:
        ws.close()


def _over_the_driver(db: Path, path: Path) -> UnitsImported:
    connection = open_for_units(database_url(str(db)))
    assert connection is not None
    try:
        return import_units_direct(connection, path, WHO)
    finally:
        connection.close()


def _stored(db: Path) -> tuple[list[tuple], list[tuple], list[str], int]:
    """The units, the audit entries without their time, their times as stored, and the revision."""
    connection = sqlite3.connect(db)
    try:
        units = connection.execute("SELECT id, code, name, kind, parent_id, cluster, position FROM units "
                                   "ORDER BY id").fetchall()
        audit = connection.execute("SELECT id, who, action, entity, period_name, unit_code, field, old_value, "
                                   "new_value, detail FROM audit_log ORDER BY id").fetchall()
        times = [row[0] for row in connection.execute("SELECT at FROM audit_log ORDER BY id")]
        revision = connection.execute("SELECT revision FROM data_revision").fetchone()[0]
    finally:
        connection.close()
    return units, audit, times, revision


def test_the_driver_writes_what_the_workspace_writes(tmp_path: Path) -> None:
    full = _database(tmp_path, "full.sqlite")
    direct = tmp_path / "direct.sqlite"
    shutil.copyfile(full, direct)
    second = _file(tmp_path, "b.csv", SECOND)
    started = datetime.now(UTC)

    assert _over_the_driver(direct, second) == _through_the_workspace(full, second) == UnitsImported(3, 1, 1)

    units, audit, times, revision = _stored(direct)
    full_units, full_audit, full_times, full_revision = _stored(full)
    assert (units, audit, revision) == (full_units, full_audit, full_revision)
    assert revision == 2  # raised once by each import
    assert [len(t) for t in times] == [len(t) for t in full_times]  # a time is stored as the same text
    assert ("T1", "edit", "name", "Thôn Bản Hốc", "Thôn Bản Hốc Mới") in [
        (a[5], a[2], a[6], a[7], a[8]) for a in audit]
    ws = Workspace.open(str(direct))  # what the application reads back
    try:
        added = [e for e in audit_log(ws) if e.unit == "T4" and e.action == "add"]
    finally:
        ws.close()
    assert len(added) == 1 and started - timedelta(seconds=1) <= added[0].at <= datetime.now(UTC)
    assert added[0].at.tzinfo is not None


def test_an_import_that_changes_nothing_leaves_the_revision_where_it_was(tmp_path: Path) -> None:
    db = _database(tmp_path, "t.sqlite")
    before = _stored(db)
    assert _over_the_driver(db, _file(tmp_path, "same.csv", FIRST)) == UnitsImported(0, 0, 4)
    assert _stored(db) == before


@pytest.mark.parametrize(
    ("lines", "refusal"),
    [
        ("X,Xã Nghĩa Đô,xã,T1,\nN,Thôn Nà Khương,thôn,X,\n", "Đơn vị: đơn vị «X» sẽ nằm trong chính nó (qua «X»)"),
        ("N,Thôn Nà Khương,thôn,Q,\n", "b.csv › A2: đơn vị cấp trên «Q» không có trong tệp cũng như trong dữ liệu"),
    ],
)
def test_a_refused_import_is_refused_alike_and_writes_nothing(tmp_path: Path, lines: str, refusal: str) -> None:
    full = _database(tmp_path, "full.sqlite")
    direct = tmp_path / "direct.sqlite"
    shutil.copyfile(full, direct)
    before = _stored(direct)
    refused = []
    for run, db in ((_through_the_workspace, full), (_over_the_driver, direct)):
        with pytest.raises(InputError) as info:
            run(db, _file(tmp_path, "b.csv", lines))
        refused.append(shown(info.value))
    assert refused == [refusal, refusal]
    assert _stored(direct) == before


def test_only_an_up_to_date_file_without_accounts_is_opened_over_the_driver(tmp_path: Path) -> None:
    missing = tmp_path / "moi.sqlite"
    assert open_for_units(database_url(str(missing))) is None
    assert not missing.exists()  # the full opening creates and migrates it

    old = _database(tmp_path, "old.sqlite")
    with sqlite3.connect(old) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'grid_index'")
    connection.close()
    assert open_for_units(database_url(str(old))) is None  # to migrate

    foreign = tmp_path / "khac.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (x)")
    connection.close()
    assert open_for_units(database_url(str(foreign))) is None  # refused by the full opening
    (tmp_path / "rac.sqlite").write_bytes(b"not a database at all, not at all" * 10)
    assert open_for_units(database_url(str(tmp_path / "rac.sqlite"))) is None

    shared = _database(tmp_path, "chung.sqlite")
    ws = Workspace.open(str(shared))
    try:
        add_account(ws, "admin", "Quản trị", AccountRole.ADMIN, password="mật-khẩu-dài-1")
    finally:
        ws.close()
    assert open_for_units(database_url(str(shared))) is None  # its users sign in

    (tmp_path / "thư mục có dấu").mkdir()
    own = _database(tmp_path / "thư mục có dấu", "dữ liệu riêng.sqlite")
    assert open_for_units(f"sqlite:///{own}?timeout=3") is None  # options: SQLAlchemy's to read
    connection = open_for_units(database_url(str(own)))
    assert connection is not None
    try:
        assert connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()
    assert _over_the_driver(own, _file(tmp_path, "b.csv", SECOND)) == UnitsImported(3, 1, 1)


def test_a_held_file_gives_the_busy_refusal_and_nothing_is_written(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = _database(tmp_path, "t.sqlite")
    before = _stored(db)
    monkeypatch.setattr("emulation.store.plain_sqlite.SQLITE_PRAGMAS", ("foreign_keys=ON", "busy_timeout=300"))
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusy) as busy:
            _over_the_driver(db, _file(tmp_path, "b.csv", SECOND))
        assert render(busy.value.problems[0]).startswith("cơ sở dữ liệu đang bận")
        holder.execute("ROLLBACK")
    finally:
        holder.close()
    assert _stored(db) == before
    assert _over_the_driver(db, _file(tmp_path, "b.csv", SECOND)) == UnitsImported(3, 1, 1)  # free again: it goes


@pytest.mark.parametrize("moment", [datetime(2026, 12, 3, 7, 0, tzinfo=UTC),
                                    datetime(2026, 1, 1, 6, 59, 59, 7, tzinfo=timezone(timedelta(hours=7)))])
def test_a_time_is_stored_as_the_database_layer_stores_it(moment: datetime) -> None:
    from sqlalchemy.dialects import sqlite

    from emulation.store.models import UTCDateTime
    from emulation.store.plain_sqlite import stored_time

    dialect = sqlite.dialect()
    column = UTCDateTime()
    stored = column.dialect_impl(dialect).bind_processor(dialect)
    assert stored is not None
    assert stored_time(moment) == stored(moment)
