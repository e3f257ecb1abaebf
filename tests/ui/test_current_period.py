"""One current period: chosen on any page, shown on every page; a double click on a period opens
it for scoring; period lists are newest first everywhere and mark locked periods."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from emulation.services.periods import list_periods
from emulation.ui.awards_view import AwardsView
from emulation.ui.context import ViewContext
from emulation.ui.council_view import CouncilView
from emulation.ui.main_window import MainWindow
from emulation.ui.periods_view import PeriodsView
from emulation.ui.qt import QtCore
from emulation.ui.ranking_view import RankingView
from emulation.ui.recent_databases import RecentDatabases
from emulation.ui.scoring.view import ScoringView

OFFICES = "Tháng 08/2026 – Công sở"


def make_window(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> MainWindow:
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    window = MainWindow(ctx, RecentDatabases(settings))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_a_period_chosen_on_one_page_is_current_on_every_page(
    qtbot: QtBot, ctx: ViewContext, tmp_path: Path
) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.show_page("ranking")
    ranking = window.view("ranking")
    assert isinstance(ranking, RankingView)
    ranking.picker.select(OFFICES)
    assert ctx.current.name == OFFICES
    for key in ("awards", "periods", "scoring", "council"):
        window.show_page(key)
    awards, periods, scoring = window.view("awards"), window.view("periods"), window.view("scoring")
    council = window.view("council")
    assert isinstance(council, CouncilView) and council.picker.current_name() == OFFICES
    assert council.meeting.period == OFFICES
    assert isinstance(awards, AwardsView) and awards.picker.current_name() == OFFICES
    chosen = periods.selected() if isinstance(periods, PeriodsView) else None
    assert chosen is not None and chosen.name == OFFICES
    assert isinstance(scoring, ScoringView) and scoring.selector.period() == OFFICES


def test_double_click_opens_a_period_for_scoring(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.show_page("periods")
    periods = window.view("periods")
    assert isinstance(periods, PeriodsView)
    index = periods.model.index_of(OFFICES)
    periods.table.setCurrentIndex(index)
    periods.table.doubleClicked.emit(index)
    assert window.current_key() == "scoring"
    scoring = window.view("scoring")
    assert isinstance(scoring, ScoringView) and scoring.selector.period() == OFFICES


def test_period_lists_are_newest_first_and_mark_locked_periods(
    qtbot: QtBot, ctx: ViewContext, tmp_path: Path
) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    created = [p.name for p in list_periods(ctx.workspace)]
    locked = next(p.name for p in list_periods(ctx.workspace) if p.locked)
    window.show_page("periods")
    periods = window.view("periods")
    assert isinstance(periods, PeriodsView)
    assert [p.name for p in periods.model.rows] == created[::-1]
    window.show_page("scoring")
    scoring = window.view("scoring")
    assert isinstance(scoring, ScoringView)
    box = scoring.selector.period_box
    assert [box.itemData(i) for i in range(box.count())] == created[::-1]
    assert box.itemText(box.findData(locked)) == f"{locked} (đã khóa)"
    window.show_page("ranking")
    ranking = window.view("ranking")
    assert isinstance(ranking, RankingView)
    picker = ranking.picker
    assert [picker.itemData(i) for i in range(picker.count())] == created[::-1]
    assert picker.itemText(picker.findData(locked)) == f"{locked} (đã khóa)"
