"""Periods as a table: name, kind, criteria, units, sources and who locked them when."""

from __future__ import annotations

from typing import Any

from emulation.services.periods import PeriodInfo
from emulation.ui.labels import local_time, period_kind
from emulation.ui.qt import Qt, QtCore, QtGui
from emulation.ui.table_model import CENTER, LEFT, RIGHT, Column, RowsModel

LOCKED_COLOUR = "#8d6e63"


class PeriodsModel(RowsModel[PeriodInfo]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Kỳ chấm điểm"), lambda p: p.name, LEFT),
                Column(self.tr("Loại kỳ"), lambda p: period_kind(p.kind), LEFT),
                Column(self.tr("Bộ tiêu chí"), lambda p: p.criteria, LEFT, lambda p: p.criteria),
                Column(self.tr("Số đơn vị"), lambda p: str(p.units), RIGHT, sort_key=lambda p: p.units),
                Column(self.tr("Tổng hợp từ"), lambda p: "; ".join(p.sources), LEFT, lambda p: "\n".join(p.sources)),
                Column(self.tr("Trạng thái"), self._state, CENTER),
                Column(self.tr("Khóa/mở bởi"), lambda p: p.locked_by or "", LEFT),
                Column(self.tr("Lúc"), lambda p: local_time(p.locked_at), LEFT),
            ],
            parent,
        )

    def _state(self, p: PeriodInfo) -> str:
        return self.tr("Đã khóa") if p.locked else self.tr("Đang mở")

    def extra_data(self, row: PeriodInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.locked:
            return QtGui.QBrush(QtGui.QColor(LOCKED_COLOUR))
        return None

    def index_of(self, name: str) -> QtCore.QModelIndex:
        for i, p in enumerate(self.rows):
            if p.name == name:
                return self.index(i, 0)
        return QtCore.QModelIndex()
