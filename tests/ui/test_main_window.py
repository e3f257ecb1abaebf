"""The main window: navigation shows every page, the status bar names the database and user."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from emulation.services.unit_edit import add_unit
from emulation.services.workspace import Workspace
from emulation.ui.about import show_about
from emulation.ui.connect_dialog import ConnectDialog
from emulation.ui.context import ViewContext
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.main_window import MainWindow
from emulation.ui.overview_view import OverviewView
from emulation.ui.qt import Qt, QtCore
from emulation.ui.recent_databases import RecentDatabases
from emulation.ui.units_view import UnitsView
from tests.ui.conftest import message_boxes

PAGES = [
    "overview", "criteria", "units", "periods", "scoring", "ranking", "awards", "council", "records", "audit",
    "settings",
]


def make_window(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> MainWindow:
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    window = MainWindow(ctx, RecentDatabases(settings), opener=lambda target: Workspace.open(target, user="khác"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_every_page_is_shown_from_the_navigation(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Tổng quan", "Bộ tiêu chí", "Đơn vị", "Kỳ chấm điểm", "Chấm điểm",
        "Xếp hạng", "Khen thưởng", "Bình xét", "Ghi nhận", "Nhật ký", "Cài đặt",
    ]
    for row, key in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        assert window.current_key() == key
        assert window.stack.currentWidget() is window.view(key)
    assert "t.sqlite" in window._db_label.text()
    assert "thư ký" in window._user_label.text()


def test_open_another_database_and_remember_it(
    qtbot: QtBot, ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.show_page("units")
    other = tmp_path / "khac.sqlite"
    files.answers.append(other)
    window.choose_new_file()
    assert window.ctx.workspace is not ctx.workspace
    assert window.ctx.workspace.user == "khác"
    assert str(other) in window._db_label.text()
    assert window.current_key() == "units"
    units = window.view("units")
    assert isinstance(units, UnitsView) and units.model.rowCount() == 0
    actions = window._recent_menu.actions()
    assert [a.text() for a in actions] == [str(other)]
    window.show_page("overview")
    overview = window.view("overview")
    assert isinstance(overview, OverviewView) and overview.first_run.isVisible()


def test_a_database_that_cannot_be_opened_is_reported(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    foreign = tmp_path / "la.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("create table khach_hang (id integer)")
    connection.commit()
    connection.close()
    window.open_database(str(foreign))
    [box] = message_boxes(window)
    assert box.windowTitle() == "Không mở được cơ sở dữ liệu"
    box.close()
    assert window.ctx.workspace is ctx.workspace


def test_a_change_in_one_view_refreshes_the_others_when_shown(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.show_page("overview")
    overview = window.view("overview")
    assert isinstance(overview, OverviewView)
    window.show_page("units")
    units = window.view("units")
    assert isinstance(units, UnitsView)
    add_unit(ctx.workspace, "MOI", "Thôn Mới")
    units.changed.emit()
    window.show_page("overview")
    assert overview.cards["units"].value.text() == "35"


def test_about_and_connect_dialogs(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    box = show_about(window)
    assert "Chấm điểm thi đua" in box.text()
    box.close()
    window.ask_url()
    [dialog] = window.findChildren(ConnectDialog)
    dialog.url.setText("mysql://x")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "postgresql" in dialog.error.text()
    dialog.reject()


def test_the_file_menu_opens_the_import_assistant(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Nhập từ tệp Excel…" in actions
    dialog = window.open_import()
    assert dialog.isVisible() and dialog.parent() is window
    dialog.close()


def test_the_file_menu_opens_the_certificate_check(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Kiểm tra giấy khen…" in actions
    dialog = window.open_verify()
    assert dialog.isVisible() and dialog.parent() is window
    dialog.close()
