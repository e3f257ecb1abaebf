"""Nhật ký: every change, who made it and when; filtered by period, unit and person."""

from __future__ import annotations

from emulation.services.audit import audit_log
from emulation.services.periods import list_periods
from emulation.services.units import list_units
from emulation.ui.audit_model import AuditModel
from emulation.ui.context import ViewContext
from emulation.ui.page_title import page_title
from emulation.ui.period_picker import PeriodPicker
from emulation.ui.qt import QtWidgets, Slot
from emulation.ui.tables import fit_columns, read_only_table

COLUMN_LIMIT = 210


class AuditView(QtWidgets.QWidget):
    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.period = PeriodPicker(include_all=True)
        self.unit = QtWidgets.QComboBox()
        self.unit.setMinimumContentsLength(20)
        self.who = QtWidgets.QComboBox()
        self.who.setMinimumContentsLength(12)
        self.period.period_changed.connect(self.load)
        self.unit.currentIndexChanged.connect(self.load)
        self.who.currentIndexChanged.connect(self.load)
        self.model = AuditModel(self)
        self.table = read_only_table(self.model, stretch_last=True)
        self.count = QtWidgets.QLabel()
        filters = QtWidgets.QHBoxLayout()
        for label, widget in (
            (self.tr("Kỳ:"), self.period),
            (self.tr("Đơn vị:"), self.unit),
            (self.tr("Người:"), self.who),
        ):
            filters.addWidget(QtWidgets.QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Nhật ký")))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    @Slot()
    def refresh(self) -> None:
        ws = self._ctx.workspace
        self.period.set_periods(list_periods(ws))
        self._fill(self.unit, [(f"{u.code} — {u.name}", u.code) for u in list_units(ws)])
        people = sorted({line.who for line in audit_log(ws)})
        self._fill(self.who, [(p, p) for p in people])
        self.load()

    def _fill(self, combo: QtWidgets.QComboBox, items: list[tuple[str, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tất cả"), "")
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
        combo.blockSignals(False)

    @Slot()
    def load(self) -> None:
        lines = audit_log(
            self._ctx.workspace,
            self.period.current_name() or None,
            unit=self.unit.currentData() or None,
            who=self.who.currentData() or None,
        )
        self.model.set_lines(lines)
        fit_columns(self.table, COLUMN_LIMIT)
        self.count.setText(self.tr("{count} mục").format(count=len(lines)))

    def select_filters(self, *, period: str = "", unit: str = "", who: str = "") -> None:
        """Set the filters at once (tests, links from other views) and reload."""
        for combo, value in ((self.unit, unit), (self.who, who)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.period.blockSignals(True)
        self.period.setCurrentIndex(max(self.period.findData(period), 0))
        self.period.blockSignals(False)
        self.load()
