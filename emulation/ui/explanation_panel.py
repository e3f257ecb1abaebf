"""The side panel of the ranking: why the selected unit stands where it does."""

from __future__ import annotations

import html
from collections.abc import Sequence
from decimal import Decimal

from emulation.scoring.standings import RankedRow
from emulation.services.results import Ranking
from emulation.services.trend import TrendPoint
from emulation.ui.breakdown_model import BreakdownModel
from emulation.ui.explanation import explain
from emulation.ui.qt import QtWidgets
from emulation.ui.trend_chart import TrendChart


class ExplanationPanel(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QtWidgets.QLabel()
        self.heading.setWordWrap(True)
        self.facts = QtWidgets.QLabel()
        self.facts.setWordWrap(True)
        self.model = BreakdownModel(self)
        self.tree = QtWidgets.QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.trend_title = QtWidgets.QLabel(self.tr("Điểm qua các kỳ cùng bộ tiêu chí:"))
        self.trend = TrendChart()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.trend_title)
        layout.addWidget(self.trend)
        self.clear()

    def clear(self) -> None:
        prompt = self.tr("Chọn một đơn vị để xem giải thích")
        self.heading.setText(f"<h3>{prompt}</h3>")
        self.facts.clear()
        self.model.set_standing(None, None)
        self.trend.set_points([], Decimal(100))

    def show_row(self, ranking: Ranking, row: RankedRow, trend: Sequence[TrendPoint]) -> None:
        unit = row.unit
        where = " · ".join(filter(None, [unit.code, ranking.parent_names.get(unit.parent_code or ""), unit.cluster]))
        self.heading.setText(f"<h3>{html.escape(unit.name)}</h3><span>{html.escape(where)}</span>")
        self.facts.setText("".join(f"<p style='margin:2px'>{html.escape(line)}</p>" for line in explain(ranking, row)))
        self.model.set_standing(ranking.criteria, row.standing)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(1, 250)
        for column in (2, 3, 4):
            self.tree.resizeColumnToContents(column)
        self.trend.set_points([(p.period, p.total) for p in trend], ranking.criteria.ceiling, ranking.period)
