"""Lịch sử khen thưởng: a unit's awards by year, the report by year, form and parent, and importing past lists."""

from __future__ import annotations

from emulation.services.history import HistoryEntry, ReportLine, all_history, history_report, import_history
from emulation.services.units import list_units
from emulation.ui.context import ViewContext
from emulation.ui.council_models import HistoryModel, HistoryReportModel
from emulation.ui.council_widgets import row_of, run_shown
from emulation.ui.qt import QtWidgets, Signal, Slot
from emulation.ui.tables import fit_columns, read_only_table

Loaded = tuple[list[HistoryEntry], list[ReportLine]]


class HistoryPanel(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.unit = QtWidgets.QComboBox()
        self.unit.setMinimumContentsLength(24)
        self.unit.currentIndexChanged.connect(self.load)
        self.import_button = QtWidgets.QPushButton(self.tr("Nhập danh sách các năm trước…"))
        self.import_button.clicked.connect(self.import_list)
        self.model = HistoryModel(self)
        self.table = read_only_table(self.model, stretch_last=True)
        self.report_model = HistoryReportModel(self)
        self.report = read_only_table(self.report_model)
        self.result = QtWidgets.QLabel()
        top = row_of(QtWidgets.QLabel(self.tr("Đơn vị:")), self.unit)
        top.addStretch(1)
        top.addWidget(self.import_button)
        tables = QtWidgets.QSplitter()
        tables.addWidget(self.table)
        tables.addWidget(self.report)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(tables, 1)
        layout.addWidget(self.result)

    @Slot()
    def refresh(self) -> None:
        keep = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("Tất cả đơn vị"), "")
        for u in list_units(self._ctx.workspace):
            self.unit.addItem(f"{u.code} — {u.name}", u.code)
        self.unit.setCurrentIndex(max(self.unit.findData(keep), 0) if keep else 0)
        self.unit.blockSignals(False)
        self.load()

    @Slot()
    def load(self) -> None:
        ws, code = self._ctx.workspace, self.unit.currentData() or ""

        def work() -> Loaded:
            entries = [e for e in all_history(ws) if not code or e.unit_code == code]
            return entries, history_report(ws)

        run_shown(self._ctx, self, work, self._show)

    def _show(self, loaded: Loaded) -> None:
        entries, report = loaded
        self.model.set_rows(entries)
        self.report_model.set_rows(report)
        fit_columns(self.table)
        fit_columns(self.report)

    @Slot()
    def import_list(self) -> None:
        path = self._ctx.files.open_file(self, self.tr("Danh sách khen thưởng các năm trước"),
                                         self.tr("Bảng tính (*.xlsx *.csv)"))
        if path is None:
            return
        ws = self._ctx.workspace

        def done(result: object) -> None:
            self.result.setText(self.tr("Đã thêm {added} khen thưởng, {unchanged} đã có từ trước.").format(
                added=getattr(result, "added", 0), unchanged=getattr(result, "unchanged", 0)))
            self.load()
            self.changed.emit()

        run_shown(self._ctx, self, lambda: import_history(ws, path), done)
