"""Kỳ chấm điểm: create a period from a template through the dialog, a summary period, lock and unlock."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.periods import list_periods
from emulation.ui.context import ViewContext
from emulation.ui.period_dialog import PeriodDialog
from emulation.ui.periods_view import PeriodsView
from emulation.ui.qt import Qt
from emulation.ui.summary_dialog import SummaryDialog
from tests.ui.conftest import USER

TEMPLATE = "Đánh giá, xếp loại chất lượng tổ chức đảng hằng năm"


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> PeriodsView:
    widget = PeriodsView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def periods(ctx: ViewContext) -> dict[str, object]:
    return {p.name: p for p in list_periods(ctx.workspace)}


def open_create(qtbot: QtBot, view: PeriodsView) -> PeriodDialog:
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert isinstance(view.dialog, PeriodDialog)
    return view.dialog


def test_create_a_year_period_from_a_built_in_template(qtbot: QtBot, view: PeriodsView, ctx: ViewContext) -> None:
    dialog = open_create(qtbot, view)
    offered = [dialog.criteria.itemText(i) for i in range(dialog.criteria.count())]
    assert f"{TEMPLATE} (mẫu có sẵn)" in offered
    dialog.name.setText("Năm 2026 – Tổ chức đảng")
    dialog.kind.setCurrentIndex(dialog.kind.findData("year"))
    dialog.choose_criteria(TEMPLATE)
    dialog.under.setCurrentIndex(dialog.under.findData("ND"))
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    created = list_periods(ctx.workspace)[-1]
    expected = ("Năm 2026 – Tổ chức đảng", "year", TEMPLATE, 3)
    assert (created.name, created.kind, created.criteria, created.units) == expected
    chosen = view.selected()
    assert chosen is not None and chosen.name == created.name
    row = view.table.currentIndex().row()
    assert view.model.index(row, 1).data() == "Năm"
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.lock_button, Qt.MouseButton.LeftButton)
    assert view.model.index(row, 5).data() == "Đã khóa"
    assert list_periods(ctx.workspace)[-1].locked


def test_faults_appear_beside_the_fields(qtbot: QtBot, view: PeriodsView, ctx: ViewContext) -> None:
    dialog = open_create(qtbot, view)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("name")
    dialog.name.setText("Tháng 07/2026 – Thôn, tổ dân phố")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "đã có kỳ chấm điểm tên «" in dialog.form.error_text("name")
    assert len(list_periods(ctx.workspace)) == 16
    dialog.reject()


def test_lock_then_unlock_shows_who_and_when(qtbot: QtBot, view: PeriodsView, ctx: ViewContext) -> None:
    name = "Tháng 09/2026 – Công sở"
    view.table.setCurrentIndex(view.model.index_of(name))
    assert view.lock_button.isEnabled() and not view.unlock_button.isEnabled()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.lock_button, Qt.MouseButton.LeftButton)
    row = view.table.currentIndex().row()
    assert view.model.index(row, 5).data() == "Đã khóa"
    assert view.model.index(row, 6).data() == USER
    assert view.model.index(row, 7).data()
    assert f"đã khóa bởi {USER}" in view.status.text()
    assert view.unlock_button.isEnabled() and not view.lock_button.isEnabled()
    view.ask_reason = lambda: "sửa điểm nhập sai"  # type: ignore[method-assign]
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    assert view.model.index(row, 5).data() == "Đang mở"
    assert not list_periods(ctx.workspace)[row].locked


def test_create_a_summary_period_from_months(qtbot: QtBot, view: PeriodsView, ctx: ViewContext) -> None:
    qtbot.mouseClick(view.summary_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, SummaryDialog)
    months = ["Tháng 08/2026 – Công sở", "Tháng 09/2026 – Công sở"]
    dialog.name.setText("Hai tháng – Công sở")
    dialog.check_sources(months)
    dialog.skip_missing.setChecked(True)
    assert dialog.chosen() == months
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    created = list_periods(ctx.workspace)[-1]
    assert (created.name, created.is_summary, created.sources, created.units) == (
        "Hai tháng – Công sở", True, tuple(months), 3
    )


def test_a_summary_needs_its_sources(qtbot: QtBot, view: PeriodsView) -> None:
    view.create_summary()
    dialog = view.dialog
    assert isinstance(dialog, SummaryDialog)
    dialog.name.setText("Trống")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("--from")
    dialog.reject()
