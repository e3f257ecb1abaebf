"""Chỉ tiêu on the Ghi nhận page: a unit's target added in the form, its achievement entered by
choosing its row, the verdict shown; a bad number is refused beside its field, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.indicator_status import list_indicators
from emulation.ui.context import ViewContext
from emulation.ui.records_view import RecordsView


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> RecordsView:
    widget = RecordsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.refresh()
    widget.tabs.setCurrentWidget(widget.indicators)
    return widget


def column(view: RecordsView, header: str) -> list[str]:
    model = view.indicators.model
    c = model.column_named(header)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_a_target_then_its_achievement(qtbot: QtBot, view: RecordsView, ctx: ViewContext, tmp_path: Path) -> None:
    tab = view.indicators
    tab.year.setValue(2026)
    tab.unit.setCurrentIndex(tab.unit.findData("ND-T1"))
    tab.name.setText("Hộ đạt gia đình văn hóa")
    tab.target.setText("85,5")
    with qtbot.waitSignal(tab.changed):
        tab.save_button.click()
    assert column(view, "Chỉ tiêu") == ["Hộ đạt gia đình văn hóa"]
    assert column(view, "Mục tiêu") == ["85,5"] and column(view, "Đánh giá") == ["Chưa có kết quả"]
    tab.table.clicked.emit(tab.model.index(0, 0))  # choosing the row fills the form
    assert tab.name.text() == "Hộ đạt gia đình văn hóa" and tab.unit.currentData() == "ND-T1"
    tab.achieved.setText("90")
    tab.save_button.click()
    assert column(view, "Đạt được") == ["90"] and column(view, "Đánh giá") == ["Vượt"]
    assert tab.summary.text() == "1 chỉ tiêu của 1 đơn vị: 1 đạt, trong đó 1 vượt."
    [line] = list_indicators(ctx.workspace, 2026)
    assert (line.unit_code, str(line.target), str(line.achieved)) == ("ND-T1", "85.5", "90")
    view.grab().save(str(tmp_path / "chi-tieu.png"))


def test_a_bad_number_is_refused_beside_its_field(view: RecordsView, ctx: ViewContext) -> None:
    tab = view.indicators
    tab.year.setValue(2026)
    tab.unit.setCurrentIndex(tab.unit.findData("ND-T1"))
    tab.name.setText("Hộ đạt gia đình văn hóa")
    tab.target.setText("nhiều")
    tab.save_button.click()
    assert "nhiều" in tab.form.error_text("target")
    assert list_indicators(ctx.workspace, 2026) == []
