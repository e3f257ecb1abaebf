"""Creating a period says what it will take: its units (count and kinds) before it exists, a unit
kind asked for when the criteria set names none, and a set without award rules flagged with the
one click that opens them — on the periods page and on the awards page."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.criteria import import_criteria
from emulation.services.periods import list_periods
from emulation.services.units import import_units
from emulation.ui.awards_view import AwardsView
from emulation.ui.context import ViewContext
from emulation.ui.criteria.view import CriteriaView
from emulation.ui.main_window import MainWindow
from emulation.ui.period_dialog import PeriodDialog
from emulation.ui.periods_view import PeriodsView
from emulation.ui.qt import Qt, QtCore
from emulation.ui.recent_databases import RecentDatabases
from tests.cli.scenario import CRITERIA
from tests.data import SAMPLES

NAME = str(CRITERIA["name"])


@pytest.fixture
def bare(empty_ctx: ViewContext, tmp_path: Path) -> ViewContext:
    """A committee's table as it comes: no unit kind, no award rules; and the district's 19 units."""
    doc = copy.deepcopy(CRITERIA)
    doc.pop("unit_kind")
    doc["awards"] = []
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    import_criteria(empty_ctx.workspace, path)
    import_units(empty_ctx.workspace, SAMPLES / "don-vi-bao-yen.xlsx")
    return empty_ctx


def open_dialog(qtbot: QtBot, ctx: ViewContext) -> tuple[PeriodsView, PeriodDialog]:
    view = PeriodsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert isinstance(view.dialog, PeriodDialog)
    view.dialog.choose_criteria(NAME)
    return view, view.dialog


def test_the_dialog_names_the_units_and_asks_for_a_kind(qtbot: QtBot, bare: ViewContext) -> None:
    view, dialog = open_dialog(qtbot, bare)
    dialog.name.setText("Tháng 10/2026")
    assert dialog.takes.text().startswith("19 đơn vị: 11 thôn, 3 chi bộ, 2 xã")
    assert "không nêu loại đơn vị" in dialog.takes.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("units") == "Chọn loại đơn vị, hoặc đánh dấu lấy tất cả"
    assert list_periods(bare.workspace) == []
    dialog.unit_kind.setCurrentText("thôn")
    assert dialog.takes.text() == "11 đơn vị: 11 thôn"
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert list_periods(bare.workspace)[0].units == 11


def test_ticking_take_them_all_creates_the_period_with_every_kind(qtbot: QtBot, bare: ViewContext) -> None:
    view, dialog = open_dialog(qtbot, bare)
    dialog.name.setText("Tháng 10/2026 – tất cả")
    assert not dialog.all_kinds.isHidden()
    dialog.all_kinds.setChecked(True)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert list_periods(bare.workspace)[0].units == 19


def test_a_set_without_award_rules_is_flagged_with_a_way_to_them(qtbot: QtBot, bare: ViewContext) -> None:
    view, dialog = open_dialog(qtbot, bare)
    assert dialog.no_awards.isVisible() and dialog.award_rules_button.isVisible()
    with qtbot.waitSignal(view.award_rules_wanted) as wanted:
        qtbot.mouseClick(dialog.award_rules_button, Qt.MouseButton.LeftButton)
    assert wanted.args == [NAME]


def test_the_awards_page_flags_it_too_and_the_window_opens_the_rules(
    qtbot: QtBot, bare: ViewContext, tmp_path: Path
) -> None:
    from emulation.services.periods import create_period

    create_period(bare.workspace, "Tháng 10/2026", criteria=NAME, unit_kind="thôn")
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    window = MainWindow(bare, RecentDatabases(settings))
    qtbot.addWidget(window)
    window.show()
    window.show_page("awards")
    awards = window.view("awards")
    assert isinstance(awards, AwardsView)
    assert awards.no_rules.isVisible()
    qtbot.mouseClick(awards.rules_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "criteria"
    criteria = window.view("criteria")
    assert isinstance(criteria, CriteriaView)
    assert criteria.tabs.currentWidget() is criteria.rules.tables["awards"]
