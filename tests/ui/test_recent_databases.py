from __future__ import annotations

from pathlib import Path

from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.recent_databases import LIMIT, RecentDatabases, without_password


def test_newest_first_without_duplicates_or_passwords(qapp: QtWidgets.QApplication, tmp_path: Path) -> None:
    settings = QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    recent = RecentDatabases(settings)
    assert recent.items() == []
    recent.add("/a.sqlite")
    recent.add("postgresql+psycopg://thuky:bimat@may-chu/thidua")
    recent.add("/a.sqlite")
    assert recent.items() == ["/a.sqlite", "postgresql+psycopg://thuky@may-chu/thidua"]
    for i in range(LIMIT + 3):
        recent.add(f"/{i}.sqlite")
    assert len(recent.items()) == LIMIT
    recent.clear()
    assert recent.items() == []


def test_without_password() -> None:
    assert without_password("postgresql://u:p@h:5432/d") == "postgresql://u@h:5432/d"
    assert without_password("postgresql://u@h/d") == "postgresql://u@h/d"
    assert without_password("/home/u/thi-dua.sqlite") == "/home/u/thi-dua.sqlite"
