"""Creating a month, quarter or year period from a criteria set and a choice of units."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from emulation.services.criteria import CriteriaInfo
from emulation.services.units import UnitRow
from emulation.ui.form_dialog import FormDialog
from emulation.ui.labels import period_kind
from emulation.ui.qt import QtWidgets
from emulation.ui.unit_dialog import editable_combo

KINDS = ("month", "quarter", "year", "other")


@dataclass(frozen=True)
class PeriodForm:
    name: str
    kind: str
    criteria: str
    under: str | None
    unit_kind: str | None


class PeriodDialog(FormDialog):
    def __init__(
        self, criteria: Sequence[CriteriaInfo], units: Sequence[UnitRow], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Tạo kỳ chấm điểm"), self.tr("Tạo kỳ"), parent)
        self.setMinimumWidth(620)
        self.name = QtWidgets.QLineEdit()
        self.name.setPlaceholderText(self.tr("Ví dụ: Tháng 10/2026 – Thôn, tổ dân phố"))
        self.kind = QtWidgets.QComboBox()
        for kind in KINDS:
            self.kind.addItem(period_kind(kind), kind)
        self.criteria = QtWidgets.QComboBox()
        for info in criteria:
            suffix = self.tr(" (mẫu có sẵn)") if not info.stored else ""
            self.criteria.addItem(info.name + suffix, info.name)
        self.under = QtWidgets.QComboBox()
        self.under.addItem(self.tr("Tất cả đơn vị"), "")
        for u in units:
            if any(other.parent_code == u.code for other in units):
                self.under.addItem("    " * u.depth + f"{u.name} ({u.code})", u.code)
        self.unit_kind = editable_combo([u.kind or "" for u in units], "", self.tr("Theo bộ tiêu chí"))
        self.form.add_field("name", self.tr("Tên kỳ"), self.name)
        self.form.add_field("--kind", self.tr("Loại kỳ"), self.kind)
        self.form.add_field("criteria", self.tr("Bộ tiêu chí"), self.criteria, aliases=("--criteria",))
        self.form.add_field("--under", self.tr("Đơn vị thuộc"), self.under)
        self.form.add_field("units", self.tr("Loại đơn vị"), self.unit_kind)

    def values(self) -> PeriodForm:
        return PeriodForm(
            self.name.text(),
            self.kind.currentData(),
            self.criteria.currentData() or "",
            self.under.currentData() or None,
            self.unit_kind.currentText().strip() or None,
        )

    def choose_criteria(self, name: str) -> None:
        self.criteria.setCurrentIndex(max(self.criteria.findData(name), 0))
