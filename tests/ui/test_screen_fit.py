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
from emulation.ui.pages import pages
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.ranking_view import RankingView
from emulation.ui.recent_databases import RecentDatabases
from emulation.ui.translations import install_translator
from tests.ui.test_translations import TS, tool

SCREENS = [(1366, 768), (1280, 720)]
PAGES = [page.key for page in pages()]
#: narrower than this, a column or panel shows too little of its Vietnamese text to be read
READABLE_TITLES = 150  # the criteria tree's title column
READABLE_PANEL = 400  # the ranking's side panel (a unit's explanation)
UNDO_BUTTON = 160  # undo/redo buttons elide the step they name instead of widening the page


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
    assert criteria.tree.tree.columnWidth(1) >= READABLE_TITLES, "the criteria titles are cut to a few letters"
    assert criteria.sets.width() >= READABLE_TITLES and criteria.sets.wordWrap(), "the criteria set names are cut"
    assert all(b.width() <= UNDO_BUTTON for b in criteria.undo_buttons)
    awards = criteria.rules.tables["awards"].table
    criteria.tabs.setCurrentWidget(criteria.rules.tables["awards"])
    QtWidgets.QApplication.processEvents()
    assert awards.rowCount() > 0
    criteria.grab().save(str(tmp_path / f"awards-{language}-{width}.png"))
    assert awards.horizontalScrollBar().maximum() == 0, "the award rules' columns run past the table"
    window.show_page("ranking")
    QtWidgets.QApplication.processEvents()
    ranking = window.view("ranking")
    assert isinstance(ranking, RankingView)
    assert ranking.panel.width() >= READABLE_PANEL, "the ranking's side panel is too narrow to read"
