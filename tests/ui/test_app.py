"""Starting the application: the demo's own file, refusing a foreign database with a message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.demo import build_demo
from emulation.services.workspace import Workspace
from emulation.ui import app
from emulation.ui.qt import QtCore, QtWidgets


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
