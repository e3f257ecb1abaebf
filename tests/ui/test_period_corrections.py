"""Kỳ chấm điểm › Sửa kỳ: rename, units in and out, another criteria version, delete."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.period_spans import period_span
from emulation.services.periods import list_periods, period_info
from emulation.ui.context import ViewContext
from emulation.ui.period_corrections import DatesDialog, PeriodUnitsDialog, RelinkDialog, RenameDialog
from emulation.ui.periods_view import PeriodsView
from emulation.ui.qt import Qt, QtCore, QtWidgets

OFFICES = "Tháng 09/2026 – Công sở"


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> PeriodsView:
    widget = PeriodsView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh(select=OFFICES)
    return widget


def open_period(ctx: ViewContext) -> str:
    return next(p.name for p in list_periods(ctx.workspace) if not p.locked and not p.is_summary)


def test_rename_from_the_menu(qtbot: QtBot, view: PeriodsView, ctx: ViewContext) -> None:
    name = open_period(ctx)
    view.refresh(select=name)
    assert view.correct_button.isEnabled()
    view.rename_action.trigger()
    dialog = view.corrections.dialog
    assert isinstance(dialog, RenameDialog) and dialog.name.text() == name
    dialog.name.setText("")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("name") == "kỳ chấm điểm cần có tên"
    dialog.name.setText(name + " (sửa)")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    chosen = view.selected()
    assert chosen is not None and chosen.name == name + " (sửa)"


def test_units_are_ticked_in_and_out(qtbot: QtBot, view: PeriodsView, ctx: ViewContext) -> None:
    name = open_period(ctx)
    view.refresh(select=name)
    before = period_info(ctx.workspace, name).units
    view.units_action.trigger()
    dialog = view.corrections.dialog
    assert isinstance(dialog, PeriodUnitsDialog) and len(dialog.chosen()) == before
    first = dialog.chosen()[0]
    dialog.units.set_checked(first, False)
    dialog.units.search.setText(first.lower())
    assert first in dialog.units.shown() and len(dialog.units.shown()) < dialog.units.list.count()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert period_info(ctx.workspace, name).units == before - 1


def test_relink_shows_what_would_be_dropped_before_anything_changes(view: PeriodsView, ctx: ViewContext) -> None:
    name = open_period(ctx)
    view.refresh(select=name)
    view.relink_action.trigger()
    dialog = view.corrections.dialog
    assert isinstance(dialog, RelinkDialog)
    assert dialog.plan_text.text().startswith("Giữ điểm của")
    own = period_info(ctx.workspace, name).criteria
    other = next(i for i in range(dialog.version.count()) if dialog.version.itemData(i)[0] != own)
    dialog.version.setCurrentIndex(other)
    assert "Sẽ bỏ" in dialog.plan_text.text()
    dialog.reject()
    assert period_info(ctx.workspace, name).criteria == own


def test_delete_names_what_goes(qtbot: QtBot, view: PeriodsView, ctx: ViewContext) -> None:
    periods = list_periods(ctx.workspace)
    counted = {s for p in periods for s in p.sources}
    name = next(p.name for p in periods if not p.locked and p.name not in counted)
    view.refresh(select=name)
    view.delete_action.trigger()
    box = view.corrections.dialog
    assert isinstance(box, QtWidgets.QMessageBox)
    assert "điểm đã nhập" in box.informativeText()
    with qtbot.waitSignal(view.changed):
        view.corrections.delete_button.click()
    assert name not in {p.name for p in list_periods(ctx.workspace)}


def test_a_locked_period_cannot_be_corrected(view: PeriodsView, ctx: ViewContext) -> None:
    locked = next(p.name for p in list_periods(ctx.workspace) if p.locked)
    view.refresh(select=locked)
    assert not view.correct_button.isEnabled()


def test_a_period_a_summary_counts_is_not_deleted(view: PeriodsView, ctx: ViewContext) -> None:
    periods = list_periods(ctx.workspace)
    counted = next(s for p in periods for s in p.sources if not period_info(ctx.workspace, s).locked)
    view.refresh(select=counted)
    view.delete_action.trigger()
    box = view.findChild(QtWidgets.QMessageBox)
    assert box is not None and "kỳ tổng hợp" in box.informativeText()
    box.close()
    assert counted in {p.name for p in list_periods(ctx.workspace)}


def test_the_days_a_period_covers(qtbot: QtBot, view: PeriodsView, ctx: ViewContext) -> None:
    name = open_period(ctx)
    view.refresh(select=name)
    view.dates_action.trigger()
    dialog = view.corrections.dialog
    assert isinstance(dialog, DatesDialog)
    assert dialog.chosen() == period_span(ctx.workspace, name)  # the days its name says, to start with
    dialog.start.setDate(QtCore.QDate(2026, 9, 30))
    dialog.end.setDate(QtCore.QDate(2026, 9, 1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "01/09/2026" in dialog.form.error_text("dates")  # the end before the start: refused
    dialog.start.setDate(QtCore.QDate(2026, 8, 25))
    dialog.end.setDate(QtCore.QDate(2026, 9, 24))
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert period_span(ctx.workspace, name) == (date(2026, 8, 25), date(2026, 9, 24))
