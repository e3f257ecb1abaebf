"""The window fits the screens offices have: at 1366×768 and at 1280×720, in Vietnamese and in
English, no page asks for more room than the screen gives, and the criteria page's tabs (the award
rules among them) all show without scroll arrows."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.ui.context import ViewContext
from emulation.ui.criteria.view import CriteriaView
from emulation.ui.main_window import MainWindow
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.recent_databases import RecentDatabases
from emulation.ui.translations import install_translator
from tests.ui.test_translations import TS, tool

SCREENS = [(1366, 768), (1280, 720)]
PAGES = ["overview", "criteria", "units", "periods", "scoring", "ranking", "awards", "audit", "settings"]


@pytest.fixture(params=["vi", "en"])
def language(
    request: pytest.FixtureRequest, qapp: QtWidgets.QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    if request.param == "vi":
        yield "vi"
        return
    qm = tmp_path / "emulation_en.qm"
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    monkeypatch.setattr("emulation.ui.translations.translation_file", lambda language: str(qm))
    translator = install_translator(qapp, "en")
    assert translator is not None
    yield "en"
    QtCore.QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_the_screen(
    language: str, screen: tuple[int, int], qtbot: QtBot, ctx: ViewContext, tmp_path: Path
) -> None:
    width, height = screen
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    window = MainWindow(ctx, RecentDatabases(settings))
    qtbot.addWidget(window)
    window.show()
    window.resize(width, height)
    too_big = []
    for key in PAGES:
        window.show_page(key)
        QtWidgets.QApplication.processEvents()
        hint = window.minimumSizeHint()
        if hint.width() > width or hint.height() > height:
            too_big.append((key, hint.width(), hint.height()))
    assert too_big == [], f"{language}: pages wider or taller than {width}×{height}: {too_big}"
    assert (window.width(), window.height()) == (width, height)
    window.show_page("criteria")
    QtWidgets.QApplication.processEvents()
    criteria = window.view("criteria")
    assert isinstance(criteria, CriteriaView)
    bar = criteria.tabs.tabBar()
    assert bar.sizeHint().width() <= criteria.tabs.width(), "the award rules tab needs scroll arrows"
