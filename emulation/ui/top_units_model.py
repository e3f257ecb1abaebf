"""The first units of a ranking, for the overview."""

from __future__ import annotations

from typing import Any

from emulation.services.period_summary import TopRow
from emulation.ui.labels import points, rank_label
from emulation.ui.qt import Qt, QtCore
from emulation.ui.table_model import CENTER, LEFT, RIGHT, Column, RowsModel, bold_font


class TopUnitsModel(RowsModel[TopRow]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Hạng"), rank_label, CENTER),
                Column(self.tr("Đơn vị"), lambda r: r.name, LEFT),
                Column(self.tr("Điểm"), lambda r: points(r.total), RIGHT),
                Column(self.tr("Xếp loại"), lambda r: r.grade or "", LEFT),
            ],
            parent,
        )

    def extra_data(self, row: TopRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.rank == 1:
            return bold_font()
        return None
