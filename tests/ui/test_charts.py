"""The charts draw without Qt warnings, whatever they are given."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from emulation.ui.grade_chart import GradeChart, grade_counts
from emulation.ui.trend_chart import TrendChart, short_label
from tests.ui.rankings import small_ranking


def test_grade_chart(qtbot: QtBot) -> None:
    chart = GradeChart()
    qtbot.addWidget(chart)
    ranking = small_ranking()
    bars = grade_counts(ranking.criteria, ranking.rows, "Chưa xếp loại")
    assert [(name, count) for name, count, _ in bars] == [("Xuất sắc", 0), ("Tốt", 4), ("Khá", 1), ("Chưa đạt", 1)]
    chart.set_counts(bars, "Tốt")
    chart.resize(400, chart.sizeHint().height())
    assert not chart.grab().isNull()
    chart.set_counts([])
    assert not chart.grab().isNull()


def test_trend_chart(qtbot: QtBot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(360, 170)
    assert not chart.grab().isNull()
    chart.set_points([("Tháng 07/2026 – Thôn", Decimal("80.5")), ("Tháng 08/2026 – Thôn", Decimal(90))], Decimal(105))
    assert not chart.grab().isNull()
    chart.set_points([("Tháng 07/2026", Decimal(120))], Decimal(0))
    assert not chart.grab().isNull()
    assert short_label("Tháng 07/2026 – Thôn, tổ dân phố") == "Tháng 07/2026"
