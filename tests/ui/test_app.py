"""Starting the application: the window first, then the database behind it (or the reason it cannot be
opened, over the window); the demo's own file."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.remembered_language import remember_language
from emulation.services.accounts import add_account
from emulation.services.demo import build_demo
from emulation.services.workspace import Workspace
from emulation.ui import app
from emulation.ui.main_window import MainWindow
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.recent_databases import RecentDatabases


def test_the_demo_has_its_own_file_in_the_data_folder() -> None:
    path = Path(app.demo_database())
    assert path.name == "demo.sqlite"
    assert "emulation-scoring" in str(path)


def test_is_empty(empty_ws: Workspace) -> None:
    assert app.is_empty(empty_ws)
    build_demo(empty_ws)
    assert not app.is_empty(empty_ws)


def test_a_foreign_database_is_refused_with_a_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "khac.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("create table orders (id integer)")
    connection.commit()
    connection.close()
    shown: list[QtWidgets.QMessageBox] = []

    def answer(box: QtWidgets.QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", answer)
    assert app.run_app(str(foreign)) == 2
    assert shown[0].windowTitle() == "Không mở được cơ sở dữ liệu"
    assert "orders" in shown[0].informativeText()
    assert foreign.read_bytes()[:16] == b"SQLite format 3\x00"


def test_qt_own_words_of_the_refusal_are_vietnamese(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database address nobody can open: the box's "Show Details…" is Qt's own button."""
    from tests.ui.test_visible_texts import compiled
    from tests.ui.visible_texts import TRANSLATIONS

    qm = compiled(TRANSLATIONS / "qt_vi.ts", tmp_path)
    monkeypatch.setattr("emulation.ui.translations.qt_translation_file", lambda _lang: qm)
    shown: list[list[str]] = []

    def answer(box: QtWidgets.QMessageBox) -> int:
        shown.append([b.text() for b in box.findChildren(QtWidgets.QPushButton)])
        return 0

    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", answer)
    assert app.run_app("khongco+driver://thuky@127.0.0.1/thidua") == 2
    assert sorted(shown[0]) == ["Xem chi tiết…", "Đóng"]
    # what run_app installed is gone when it returns
    assert QtCore.QCoreApplication.translate("QMessageBox", "Show Details...") == "Show Details..."


@pytest.fixture
def own_settings(tmp_path: Path) -> None:
    """The list of recent databases the application keeps goes to a test folder."""
    QtCore.QSettings.setPath(QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Scope.UserScope, str(tmp_path))


def when_shown(check: Callable[[MainWindow], None]) -> None:
    """Run ``check`` on the application's window at the first turn of its event loop."""

    def look() -> None:
        window = app.main_window()
        assert window is not None and window.isVisible()
        check(window)

    QtCore.QTimer.singleShot(0, look)


def when_open(check: Callable[[MainWindow], None], qtbot: QtBot) -> None:
    """Run ``check`` on the window once its database is open and its first page filled, then close it."""

    def look() -> None:
        window = app.main_window()
        if window is None or not window.is_open() or QtCore.QThreadPool.globalInstance().activeThreadCount():
            QtCore.QTimer.singleShot(20, look)
            return
        check(window)
        window.close()

    QtCore.QTimer.singleShot(20, look)


def app_name() -> str:
    return QtWidgets.QApplication.applicationDisplayName()


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_the_window_shows_before_a_slow_database_is_opened(
    qtbot: QtBot, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_settings: None
) -> None:
    """A database that takes long to open (a migration, a slow network drive): the window is there
    at once, with its navigation and a page saying the database is being opened."""
    target = tmp_path / "cham-diem.sqlite"
    shutil.copy(demo_file, target)
    release = threading.Event()
    slow = app.open_database

    def open_slowly(where: str | None, *, demo: bool) -> app.Opened:
        assert release.wait(10)
        return slow(where, demo=demo)

    monkeypatch.setattr(app, "open_database", open_slowly)
    first: list[tuple[str | None, list[str], bool]] = []

    def opening(window: MainWindow) -> None:
        first.append((window.opening_text(), nav_titles(window), window.is_open()))
        window.grab()  # it paints
        QtCore.QTimer.singleShot(200, release.set)  # the database is still opening meanwhile

    filled: list[tuple[str | None, str, str]] = []

    def opened(window: MainWindow) -> None:
        assert release.is_set()
        filled.append((window.opening_text(), window.current_key(), window.statusBar().findChildren(
            QtWidgets.QLabel)[0].text()))

    when_shown(opening)
    when_open(opened, qtbot)
    assert app.run_app(str(target)) == 0
    text, titles, was_open = first[0]
    assert text == "Đang mở cơ sở dữ liệu…" and not was_open
    assert titles[:3] == ["Tổng quan", "Bộ tiêu chí", "Đơn vị"] and len(titles) == 11
    assert filled == [(None, "overview", f"Cơ sở dữ liệu: {target}")]
    assert RecentDatabases(QtCore.QSettings()).items()[0] == str(target)


def vietnamese_database_and_english_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new database (its language: Vietnamese, the default), the English catalogue compiled for Qt."""
    from tests.ui.test_visible_texts import compiled
    from tests.ui.visible_texts import TRANSLATIONS

    english = compiled(TRANSLATIONS / "emulation_en.ts", tmp_path)
    monkeypatch.setattr("emulation.ui.translations.translation_file", lambda _lang: english)
    target = str(tmp_path / "moi.sqlite")
    Workspace.open(target).close()
    return target


def test_the_first_window_speaks_the_language_last_used_and_the_databases_wins(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language_file: Path, own_settings: None
) -> None:
    target = vietnamese_database_and_english_words(tmp_path, monkeypatch)
    remember_language("en")  # the last session was in English
    seen: dict[str, tuple[str, str | None, str, str, str]] = {}

    def words(window: MainWindow) -> tuple[str, str | None, str, str, str]:
        menu = window.menuBar().actions()[0].text()
        return window.nav.item(0).text(), window.opening_text(), window.windowTitle(), app_name(), menu

    when_shown(lambda w: seen.setdefault("first", words(w)))
    when_open(lambda w: seen.setdefault("open", words(w)), qtbot)
    assert app.run_app(target) == 0
    assert seen["first"] == ("Overview", "Opening the database…", "Emulation scoring", "Emulation scoring", "&File")
    assert seen["open"] == ("Tổng quan", None, "Chấm điểm thi đua", "Chấm điểm thi đua", "&Tệp")
    assert language_file.read_text(encoding="utf-8").strip() == "vi"  # the next start paints in Vietnamese


def test_a_language_asked_on_the_command_line_holds_for_the_session(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language_file: Path, own_settings: None
) -> None:
    target = vietnamese_database_and_english_words(tmp_path, monkeypatch)
    remember_language("vi")  # the last session was in Vietnamese
    seen: dict[str, tuple[str, str]] = {}

    def words(window: MainWindow) -> tuple[str, str]:
        return window.nav.item(0).text(), window.menuBar().actions()[0].text()

    when_shown(lambda w: seen.setdefault("first", words(w)))
    when_open(lambda w: seen.setdefault("open", words(w)), qtbot)
    assert app.run_app(target, language="en") == 0
    assert seen == {"first": ("Overview", "&File"), "open": ("Overview", "&File")}
    assert language_file.read_text(encoding="utf-8").strip() == "vi"  # asked for this session only


def test_a_broken_database_file_is_refused_over_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "hong.sqlite"
    content = bytes(range(256)) * 16
    broken.write_bytes(content)
    shown: list[tuple[str, str, str, bool]] = []

    def answer(box: QtWidgets.QMessageBox) -> int:
        over = isinstance(box.parent(), MainWindow) and box.parent().isVisible()
        shown.append((box.windowTitle(), box.text(), box.informativeText(), over))
        return 0

    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", answer)
    assert app.run_app(str(broken)) == 2
    assert shown == [
        (
            "Không mở được cơ sở dữ liệu",
            f"Không mở được cơ sở dữ liệu {broken}.",
            "Không đọc được cơ sở dữ liệu: file is not a database",
            True,
        )
    ]
    assert broken.read_bytes() == content  # nothing written
    assert app.main_window() is None or not app.main_window().isVisible()


def test_the_sign_in_is_asked_over_the_window_and_a_refusal_ends_the_session(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = str(tmp_path / "chung.sqlite")
    owner = Workspace.open(target)
    add_account(owner, "thuky", "Lò Thị Mai", "admin", "mật-khẩu-dài")
    owner.close()
    asked: list[tuple[str, bool, str | None]] = []

    def ask(ws: Workspace, database: str, parent: QtWidgets.QWidget | None = None) -> bool:
        window = parent if isinstance(parent, MainWindow) else None
        asked.append((database, window is not None and window.isVisible(), window and window.opening_text()))
        return False  # the person chose "Thoát"

    monkeypatch.setattr("emulation.ui.sign_in_dialog.signed_in", ask)
    assert app.run_app(target) == 0
    assert asked == [(target, True, "Đang mở cơ sở dữ liệu…")]  # over the window, before any page is filled
    assert app.main_window() is None or not app.main_window().isVisible()


def test_closing_the_window_while_the_database_opens_ends_the_session(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    slow = app.open_database
    opened: list[app.Opened] = []

    def open_slowly(where: str | None, *, demo: bool) -> app.Opened:
        assert release.wait(10)
        opened.append(slow(where, demo=demo))
        return opened[-1]

    monkeypatch.setattr(app, "open_database", open_slowly)
    asked: list[str] = []
    monkeypatch.setattr("emulation.ui.sign_in_dialog.signed_in", lambda *_args: asked.append("sign-in") or True)

    def close_at_once(window: MainWindow) -> None:
        window.close()
        release.set()

    when_shown(close_at_once)
    assert app.run_app(str(tmp_path / "t.sqlite")) == 0
    QtWidgets.QApplication.processEvents()  # a late delivery of the opening job is dropped
    assert len(opened) == 1 and asked == []
    assert app.main_window() is None or not app.main_window().isVisible()
