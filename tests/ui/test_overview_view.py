"""Tổng quan: the first-run choices on an empty database; counts and leaders on the demo."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.periods import list_periods
from emulation.services.results import rank
from emulation.services.settings import update_settings
from emulation.services.summary_store import period_summary, summarised_period_name
from emulation.ui.awards_view import AwardsView
from emulation.ui.context import ViewContext
from emulation.ui.overview_view import OverviewView, overview
from emulation.ui.qt import Qt
from emulation.ui.ranking_view import RankingView


def make(qtbot: QtBot, ctx: ViewContext) -> OverviewView:
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    return view


def test_an_empty_database_offers_the_first_steps(qtbot: QtBot, empty_ctx: ViewContext) -> None:
    view = make(qtbot, empty_ctx)
    assert view.first_run.isVisible()
    assert not view.latest.isVisible()
    with qtbot.waitSignal(view.navigate) as blocker:
        qtbot.mouseClick(view.template_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["criteria"]
    with qtbot.waitSignal(view.navigate) as blocker:
        qtbot.mouseClick(view.units_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["units"]


def test_the_demo_button_fills_the_database(qtbot: QtBot, empty_ctx: ViewContext) -> None:
    view = make(qtbot, empty_ctx)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.demo_button, Qt.MouseButton.LeftButton)
    assert not view.first_run.isVisible()
    assert view.cards["units"].value.text() == "34"
    assert view.cards["periods"].value.text() == "16"
    assert view.latest.isVisible()


def test_counts_and_the_latest_period(qtbot: QtBot, ctx: ViewContext) -> None:
    view = make(qtbot, ctx)
    periods = list_periods(ctx.workspace)
    locked = sum(p.locked for p in periods)
    assert view.cards["locked"].value.text() == str(locked)
    assert view.cards["open"].value.text() == str(len(periods) - locked)
    latest = [p for p in periods if not p.is_summary][-1]
    assert latest.name in view.latest.title()
    expected = rank(ctx.workspace, latest.name).rows[:5]
    assert [r.code for r in view.top_model.rows] == [r.unit.code for r in expected]
    assert sum(count for _, count in view.chart.counts) == len(rank(ctx.workspace, latest.name).rows)
    assert view.open_model.rowCount() == len(periods) - locked
    assert view.incomplete.text().startswith("Đơn vị chưa chấm đủ:")


def test_the_month_steps_point_to_the_next_thing_to_do(qtbot: QtBot, empty_ctx: ViewContext) -> None:
    view = OverviewView(empty_ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert view.steps.next_button.text() == "Tiếp theo: nhập hoặc chọn bộ tiêu chí"
    assert view.steps.labels["criteria"].text() == "<b>○ Bộ tiêu chí</b>"
    with qtbot.waitSignal(view.navigate) as shown:
        view.steps.next_button.click()
    assert shown.args == ["criteria"]


def test_a_kept_summary_is_shown_at_once_and_a_stale_one_marked_until_made_again(
    qtbot: QtBot, ctx: ViewContext
) -> None:
    ws = ctx.workspace
    view = make(qtbot, ctx)  # the summaries are made and kept
    latest = [p for p in list_periods(ws) if not p.is_summary][-1].name
    assert overview(ws, None, latest, make=False).current
    update_settings(ws, {"base_salary": "2500000"})
    stale = overview(ws, None, latest, make=False)
    assert not stale.current and stale.latest is not None
    view._show(stale)
    assert view.updating
    assert view.latest.title() == f"Kỳ gần nhất: {latest} (đang cập nhật…)"
    view.refresh()
    assert not view.updating
    assert view.latest.title() == f"Kỳ gần nhất: {latest}"
    expected = rank(ws, latest).rows[:5]
    assert [(r.code, r.total) for r in view.top_model.rows] == [(r.unit.code, r.total) for r in expected]
    assert overview(ws, None, latest, make=False).current


@pytest.mark.parametrize("page", [RankingView, AwardsView], ids=["ranking", "awards"])
def test_the_ranking_and_awards_pages_keep_the_summary_of_the_latest_period(
    qtbot: QtBot, ctx: ViewContext, page: type[RankingView | AwardsView]
) -> None:
    ws = ctx.workspace
    latest = summarised_period_name(ws)
    assert latest is not None
    update_settings(ws, {"place": "Bảo Hà"})  # whatever was kept is stale now
    assert not period_summary(ws, latest, make=False).current
    view = page(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    view.picker.select(latest)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    # kept behind what the page shows; the overview's next start reads it at once
    qtbot.waitUntil(lambda: period_summary(ws, latest, make=False).current)
