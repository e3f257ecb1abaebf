"""Creating a month, quarter or year period from a criteria set and a choice of units."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from emulation.scoring.problems import ProblemsError, problem
from emulation.services.criteria import CriteriaInfo
from emulation.services.period_preview import PeriodPreview
from emulation.services.units import UnitRow
from emulation.ui.form_dialog import FormDialog
from emulation.ui.labels import period_kind
from emulation.ui.qt import QtWidgets, Signal
from emulation.ui.unit_dialog import editable_combo

KINDS = ("month", "quarter", "year", "other")


@dataclass(frozen=True)
class PeriodForm:
    name: str
    kind: str
    criteria: str
    under: str | None
    unit_kind: str | None
    all_kinds: bool = False  #: the set names no kind and the secretary confirmed taking every kind


Previewer = Callable[[str, str | None, str | None], PeriodPreview]


class PeriodDialog(FormDialog):
    """``preview`` (criteria, under, unit kind) tells which units the period would take; the dialog
    shows them before anything is created and asks for a unit kind when the set names none."""

    award_rules_wanted = Signal(str)  #: the criteria set whose award rules the person wants to open

    def __init__(
        self,
        criteria: Sequence[CriteriaInfo],
        units: Sequence[UnitRow],
        parent: QtWidgets.QWidget | None = None,
        preview: Previewer | None = None,
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
        self.all_kinds = QtWidgets.QCheckBox(self.tr("Đúng, lấy tất cả các loại đơn vị này"))
        self.all_kinds.hide()
        self.takes = QtWidgets.QLabel()
        self.takes.setWordWrap(True)
        self.no_awards = QtWidgets.QLabel(self.tr("Bộ tiêu chí này chưa có quy định khen thưởng: kỳ sẽ không "
                                                  "tự chọn được đơn vị nào để khen."))
        self.no_awards.setWordWrap(True)
        self.no_awards.setStyleSheet("color: #8a5a00")
        self.award_rules_button = QtWidgets.QPushButton(self.tr("Mở quy định khen thưởng…"))
        self.award_rules_button.clicked.connect(lambda: self.award_rules_wanted.emit(self.values().criteria))
        self.form.add_row("", self.all_kinds)
        self.form.add_row(self.tr("Kỳ sẽ gồm"), self.takes)
        self.form.add_row("", self.no_awards)
        self.form.add_row("", self.award_rules_button)
        self._preview = preview
        self.shown: PeriodPreview | None = None
        for combo in (self.criteria, self.under, self.unit_kind):
            combo.currentIndexChanged.connect(self.update_preview)
        self.unit_kind.editTextChanged.connect(self.update_preview)
        self.update_preview()

    def values(self) -> PeriodForm:
        return PeriodForm(
            self.name.text(),
            self.kind.currentData(),
            self.criteria.currentData() or "",
            self.under.currentData() or None,
            self.unit_kind.currentText().strip() or None,
            not self.all_kinds.isHidden() and self.all_kinds.isChecked(),
        )

    def choose_criteria(self, name: str) -> None:
        self.criteria.setCurrentIndex(max(self.criteria.findData(name), 0))

    def update_preview(self) -> None:
        """Say how many units of which kinds the period would take; flag a set without awards."""
        v = self.values()
        self.shown = None
        if self._preview is None or not v.criteria:
            for widget in (self.takes, self.no_awards, self.award_rules_button, self.all_kinds):
                widget.setVisible(False)
            return
        try:
            self.shown = self._preview(v.criteria, v.under, v.unit_kind)
        except ProblemsError as exc:
            self.form.show_problems(exc.problems)
            return
        unknown = self.tr("(chưa ghi loại)")
        kinds = ", ".join(f"{count} {kind or unknown}" for kind, count in self.shown.kinds.items())
        text = self.tr("{count} đơn vị").format(count=len(self.shown.units)) + (f": {kinds}" if kinds else "")
        if self.shown.needs_kind:
            text += "\n" + self.tr("Bộ tiêu chí không nêu loại đơn vị. Chọn «Loại đơn vị» ở trên, "
                                    "hoặc xác nhận lấy tất cả.")
        self.takes.setText(text)
        self.takes.setVisible(True)
        self.all_kinds.setVisible(self.shown.needs_kind)
        self.no_awards.setVisible(not self.shown.has_awards)
        self.award_rules_button.setVisible(not self.shown.has_awards and self._stored(v.criteria))

    def _stored(self, name: str) -> bool:
        return not self.criteria.currentText().endswith(self.tr(" (mẫu có sẵn)")) and bool(name)

    def check(self) -> bool:
        if self.shown is not None and self.shown.needs_kind and not self.all_kinds.isChecked():
            self.form.show_problems([problem("units", "period_choose_unit_kind")])
            return False
        return True
