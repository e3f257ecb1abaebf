"""Xếp hạng: the demo ranking as the services compute it, the explanation, charts and the projector."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.results import rank
from emulation.services.trend import unit_trend
from emulation.ui.context import ViewContext
from emulation.ui.qt import Qt
from emulation.ui.ranking_model import Scope
from emulation.ui.ranking_view import RankingView

PERIOD = "Tháng 08/2026 – Thôn, tổ dân phố"


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> RankingView:
    widget = RankingView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    widget.refresh()
    widget.picker.select(PERIOD)
    return widget


def test_the_table_is_the_services_ranking(view: RankingView, ctx: ViewContext) -> None:
    expected = rank(ctx.workspace, PERIOD)
    model = view.model
    assert model.rowCount() == len(expected.rows)
    first = expected.rows[0]
    shown = [model.index(0, c).data() for c in range(7)]
    assert shown[:3] == [str(first.rank), first.unit.code, first.unit.name]
    assert shown[3] == expected.parent_names[first.unit.parent_code or ""]
    assert shown[5] == f"{first.total:f}".rstrip("0").rstrip(".").replace(".", ",")
    assert shown[6] == first.grade
    assert [r.unit.code for r in model.rows] == [r.unit.code for r in expected.rows]
    assert "13 đơn vị" in view.info.text()


def test_the_first_row_is_explained_at_once(view: RankingView, ctx: ViewContext) -> None:
    first = rank(ctx.workspace, PERIOD).rows[0]
    assert first.unit.name in view.panel.heading.text()
    assert "Tổng điểm:" in view.panel.facts.text()
    assert view.panel.model.rowCount() == len(rank(ctx.workspace, PERIOD).criteria.criteria)
    trend = unit_trend(ctx.workspace, PERIOD, first.unit.code)
    assert view.panel.trend.values == [(p.period, p.total) for p in trend]


def test_a_unit_under_a_veto_is_explained(view: RankingView, ctx: ViewContext) -> None:
    ranking = rank(ctx.workspace, PERIOD)
    row = next(i for i, r in enumerate(view.model.rows) if r.standing.vetoes)
    view.table.selectRow(row)
    unit = view.model.rows[row]
    assert unit.unit.name in view.panel.heading.text()
    veto = next(v for v in ranking.criteria.vetoes if v.code in unit.standing.vetoes)
    assert veto.code in view.panel.facts.text() and "khống chế" in view.panel.facts.text()
    grades = ranking.criteria.grades
    assert view.chart.counts == [(g.name, sum(r.grade == g.name for r in ranking.rows)) for g in grades]


def test_the_scope_follows_the_selector(view: RankingView) -> None:
    chosen = view.selected()
    view.scope.setCurrentIndex(view.scope.findData(Scope.PARENT))
    assert view.model.scope is Scope.PARENT
    assert view.selected() == chosen
    assert view.model.index(view.table.currentIndex().row(), 0).data() == str(chosen.parent_rank)  # type: ignore[union-attr]


def test_a_summary_period_is_ranked_too(view: RankingView, ctx: ViewContext) -> None:
    quarter = "Quý III/2026 – Thôn, tổ dân phố"
    view.picker.select(quarter)
    assert [r.unit.code for r in view.model.rows] == [r.unit.code for r in rank(ctx.workspace, quarter).rows]
    assert "kỳ tổng hợp" in view.info.text()


def test_the_projector_opens_full_screen_and_closes_on_escape(qtbot: QtBot, view: RankingView) -> None:
    qtbot.mouseClick(view.projector_button, Qt.MouseButton.LeftButton)
    projector = view.projector
    assert projector is not None and projector.isVisible() and projector.isFullScreen()
    assert projector.title.text() == PERIOD
    assert projector.table.model().rowCount() == view.model.rowCount()
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    assert not projector.isFullScreen()
    with qtbot.waitSignal(projector.destroyed):
        qtbot.keyClick(projector, Qt.Key.Key_Escape)


def test_the_ranking_is_exported_as_a_workbook(view: RankingView, ctx: ViewContext, tmp_path: Path) -> None:
    import openpyxl

    target = tmp_path / "xep-hang.xlsx"
    ctx.files.answers.append(target)  # type: ignore[attr-defined]
    view.export_button.click()
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == "Toàn bộ" and "xep-hang.xlsx" in view.info.text()
    assert wb["Toàn bộ"].cell(3, 2).value == rank(ctx.workspace, view.picker.current_name()).rows[0].unit.code
