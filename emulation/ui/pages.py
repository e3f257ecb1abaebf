"""The pages of the main window, in navigation order, and how each view is built.

A view is a QWidget with ``refresh()`` (called when its page is shown after a change); it may
emit ``changed`` (the window then refreshes the other views when they are next shown) and
``navigate(key)`` (to show another page), and offer ``shutdown()`` when it runs threads of its
own (called before the view is deleted: on closing, or when another database is opened).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from emulation.ui.labels import tr
from emulation.ui.qt import QtWidgets

if TYPE_CHECKING:  # the pages are listed in the first window, before any database is open
    from emulation.ui.context import ViewContext

Build = Callable[["ViewContext", QtWidgets.QWidget], QtWidgets.QWidget]


@dataclass(frozen=True)
class Page:
    key: str
    title: str
    build: Build


def _overview(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.overview_view import OverviewView

    return OverviewView(ctx, parent)


def _units(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.units_view import UnitsView

    return UnitsView(ctx, parent)


def _periods(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.periods_view import PeriodsView

    return PeriodsView(ctx, parent)


def _ranking(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.ranking_view import RankingView

    return RankingView(ctx, parent)


def _awards(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.awards_view import AwardsView

    return AwardsView(ctx, parent)


def _council(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.council_view import CouncilView

    return CouncilView(ctx, parent)


def _audit(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.audit_view import AuditView

    return AuditView(ctx, parent)


def _settings(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.settings_view import SettingsView

    return SettingsView(ctx, parent)


def _criteria(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.criteria.view import CriteriaView

    return CriteriaView(ctx.workspace, parent, files=ctx.files, runner=ctx.runner)


def _scoring(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.scoring.view import ScoringView

    return ScoringView(ctx.workspace, parent, current=ctx.current)


def _records(ctx: ViewContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from emulation.ui.records_view import RecordsView

    return RecordsView(ctx, parent)


def pages() -> list[Page]:
    return [
        Page("overview", tr("Tổng quan"), _overview),
        Page("criteria", tr("Bộ tiêu chí"), _criteria),
        Page("units", tr("Đơn vị"), _units),
        Page("periods", tr("Kỳ chấm điểm"), _periods),
        Page("scoring", tr("Chấm điểm"), _scoring),
        Page("ranking", tr("Xếp hạng"), _ranking),
        Page("awards", tr("Khen thưởng"), _awards),
        Page("council", tr("Bình xét"), _council),
        Page("records", tr("Ghi nhận"), _records),
        Page("audit", tr("Nhật ký"), _audit),
        Page("settings", tr("Cài đặt"), _settings),
    ]
