"""Who is rewarded in a period: the award lines as a table, and the decisions taken by hand."""

from __future__ import annotations

from typing import Any

from emulation.services.award_decisions import AwardDecision
from emulation.services.results import AwardLine
from emulation.text import format_money
from emulation.ui.labels import local_time, points, rank_label
from emulation.ui.qt import Qt, QtCore, QtGui
from emulation.ui.table_model import CENTER, LEFT, RIGHT, Column, RowsModel

MANUAL_COLOUR = "#6a1b9a"


class AwardsModel(RowsModel[AwardLine]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        self._parents: dict[str, str] = {}
        super().__init__(
            [
                Column(self.tr("STT"), self._number, CENTER),
                Column(self.tr("Mã"), lambda a: a.awarded.row.unit.code, LEFT),
                Column(self.tr("Đơn vị"), lambda a: a.awarded.row.unit.name, LEFT),
                Column(self.tr("Thuộc"), self._parent, LEFT),
                Column(self.tr("Điểm"), lambda a: points(a.awarded.row.total), RIGHT),
                Column(self.tr("Hạng"), lambda a: rank_label(a.awarded.row), CENTER),
                Column(self.tr("Xếp loại"), lambda a: a.awarded.row.grade or "", LEFT),
                Column(self.tr("Hình thức"), lambda a: a.awarded.award, LEFT),
                Column(self.tr("Số tiền"), self._amount, RIGHT),
                Column(self.tr("Số vào sổ"), lambda a: "" if a.serial is None else str(a.serial), CENTER),
                Column(self.tr("Ghi chú"), self._note, LEFT, lambda a: a.awarded.reason),
            ],
            parent,
        )

    def set_lines(self, lines: list[AwardLine], parent_names: dict[str, str]) -> None:
        self._parents = parent_names
        self.set_rows(lines)

    def total_vnd(self) -> int:
        return sum(a.awarded.amount_vnd or 0 for a in self.rows)

    def row_of(self, unit_code: str) -> int:
        return next((i for i, a in enumerate(self.rows) if a.awarded.row.unit.code == unit_code), -1)

    def _number(self, line: AwardLine) -> str:
        return str(self.rows.index(line) + 1)

    def _parent(self, line: AwardLine) -> str:
        code = line.awarded.row.unit.parent_code or ""
        return self._parents.get(code, code)

    def _amount(self, line: AwardLine) -> str:
        amount = line.awarded.amount_vnd
        return "" if amount is None else format_money(amount)

    def _note(self, line: AwardLine) -> str:
        if not line.awarded.manual:
            return ""
        return self.tr("Thêm thủ công: {reason}").format(reason=line.awarded.reason or "")

    def extra_data(self, row: AwardLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.awarded.manual:
            return QtGui.QBrush(QtGui.QColor(MANUAL_COLOUR))
        return None


class DecisionsModel(RowsModel[AwardDecision]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Đơn vị"), lambda d: f"{d.unit_name} ({d.unit_code})", LEFT),
                Column(self.tr("Quyết định"), self._choice, LEFT),
                Column(self.tr("Hình thức"), lambda d: d.award_name or "", LEFT),
                Column(self.tr("Lý do"), lambda d: d.reason, LEFT, lambda d: d.reason),
                Column(self.tr("Người quyết định"), lambda d: d.by, LEFT),
                Column(self.tr("Lúc"), lambda d: local_time(d.at), LEFT),
            ],
            parent,
        )

    def _choice(self, decision: AwardDecision) -> str:
        return self.tr("Thêm vào danh sách") if decision.include else self.tr("Loại khỏi danh sách")
