"""Creating a summary period (quarter, year) from other periods."""

from __future__ import annotations

from collections.abc import Sequence

from emulation.services.periods import PeriodInfo
from emulation.ui.form_dialog import FormDialog
from emulation.ui.labels import period_kind
from emulation.ui.qt import Qt, QtWidgets

KINDS = ("quarter", "year", "other")


class SummaryDialog(FormDialog):
    def __init__(self, periods: Sequence[PeriodInfo], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Tạo kỳ tổng hợp"), self.tr("Tạo kỳ"), parent)
        self.setMinimumWidth(620)
        self.name = QtWidgets.QLineEdit()
        self.name.setPlaceholderText(self.tr("Ví dụ: Quý IV/2026 – Thôn, tổ dân phố"))
        self.kind = QtWidgets.QComboBox()
        for kind in KINDS:
            self.kind.addItem(period_kind(kind), kind)
        self.sources = QtWidgets.QListWidget()
        self.sources.setMinimumHeight(200)
        for p in periods:
            item = QtWidgets.QListWidgetItem(f"{p.name}  —  {p.criteria}")
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sources.addItem(item)
        self.skip_missing = QtWidgets.QCheckBox(self.tr("Bỏ qua kỳ mà đơn vị không được chấm (không tính là 0 điểm)"))
        self.form.add_field("name", self.tr("Tên kỳ"), self.name)
        self.form.add_field("--kind", self.tr("Loại kỳ"), self.kind)
        self.form.add_field("--from", self.tr("Tổng hợp từ các kỳ"), self.sources)
        self.form.add_row("", self.skip_missing)

    def chosen(self) -> list[str]:
        items = (self.sources.item(i) for i in range(self.sources.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def check_sources(self, names: Sequence[str]) -> None:
        for i in range(self.sources.count()):
            item = self.sources.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
