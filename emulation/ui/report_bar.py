"""The districts' report from the Ghi nhận page: the year, the base year, PDF or workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from emulation.reports.activity_figures import ActivityReport
from emulation.services.activity_report import write_report
from emulation.ui.context import ViewContext
from emulation.ui.qt import QtWidgets, Slot

REPORT_FILTER = "PDF (*.pdf);;Excel (*.xlsx)"


def year_box(value: int) -> QtWidgets.QSpinBox:
    box = QtWidgets.QSpinBox()
    box.setRange(2000, 2100)
    box.setValue(value)
    return box


class ReportBar(QtWidgets.QWidget):
    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        this_year = date.today().year
        self.year = year_box(this_year)
        self.base_year = year_box(this_year - 5)
        self.report_button = QtWidgets.QPushButton(self.tr("Báo cáo…"))
        self.report_button.clicked.connect(self.choose_file)
        self.status = QtWidgets.QLabel()
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QtWidgets.QLabel(self.tr("Báo cáo năm")))
        layout.addWidget(self.year)
        layout.addWidget(QtWidgets.QLabel(self.tr("so với năm")))
        layout.addWidget(self.base_year)
        layout.addWidget(self.report_button)
        layout.addWidget(self.status, 1)

    @Slot()
    def choose_file(self) -> None:
        path = self._ctx.files.save_file(
            self, self.tr("Ghi báo cáo"), REPORT_FILTER, f"bao-cao-{self.year.value()}.pdf"
        )
        if path is not None:
            self.write_to(path)

    def write_to(self, path: Path) -> None:
        ws, year, base = self._ctx.workspace, self.year.value(), self.base_year.value()
        op = self._ctx.operation(self, (lambda _progress: write_report(ws, path, year, base)))
        op.with_progress(self.tr("Đang ghi {file}…").format(file=path.name), cancellable=False)
        op.success(lambda report: self._written(path, report)).run_in_background()

    def _written(self, path: Path, report: ActivityReport) -> None:
        text = self.tr("Đã ghi {file}: {models} mô hình.").format(file=path.name, models=report.models_now)
        self.status.setText(text)
