"""The commendation decision of a period and its documents: certificates, award list, report."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from emulation.scoring.problems import ProblemsError
from emulation.services.award_decisions import period_decision
from emulation.ui.context import ViewContext
from emulation.ui.errors import show_error
from emulation.ui.field_form import error_label
from emulation.ui.printing_actions import PrintJob, decision_recorder, print_jobs, printer
from emulation.ui.qt import QtCore, QtWidgets, Signal, Slot

PDF_FILTER = "PDF (*.pdf)"


class PrintPanel(QtWidgets.QGroupBox):
    printed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Quyết định và in ấn"), parent)
        self._ctx = ctx
        self._period = ""
        self.number = QtWidgets.QLineEdit()
        self.number.setPlaceholderText(self.tr("Ví dụ: 05/QĐ-UBND"))
        self.on = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.on.setCalendarPopup(True)
        self.save_button = QtWidgets.QPushButton(self.tr("Ghi quyết định"))
        self.save_button.clicked.connect(self.save_decision)
        self.error = error_label()
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        self.status = QtWidgets.QLabel()
        self.status.setOpenExternalLinks(True)
        self.status.setWordWrap(True)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(QtWidgets.QLabel(self.tr("Quyết định số:")))
        row.addWidget(self.number, 1)
        row.addWidget(QtWidgets.QLabel(self.tr("ngày")))
        row.addWidget(self.on)
        row.addWidget(self.save_button)
        row.addSpacing(16)
        for job in print_jobs():
            button = QtWidgets.QPushButton(job.label)
            function = printer(job)
            button.setEnabled(function is not None)
            if function is None:
                button.setToolTip(self.tr("Chức năng in chưa có trong phiên bản này"))
            button.clicked.connect(lambda _checked=False, j=job: self.choose_file(j))
            self.buttons[job.key] = button
            row.addWidget(button)
        self.save_button.setEnabled(decision_recorder() is not None)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

    def set_period(self, name: str) -> None:
        if name != self._period:
            self.error.hide()
            self.status.clear()
        self._period = name
        decision = period_decision(self._ctx.workspace, name) if name else None
        self.number.setText(decision.number or "" if decision else "")
        if decision and decision.on:
            self.on.setDate(QtCore.QDate(decision.on.year, decision.on.month, decision.on.day))

    @Slot()
    def save_decision(self) -> None:
        record = decision_recorder()
        if record is None or not self._period:
            return
        ws, period, number = self._ctx.workspace, self._period, self.number.text()
        on: date = self.on.date().toPython()  # type: ignore[assignment]
        self._run(lambda: record(ws, period, number, on), self._decision_saved)

    def _decision_saved(self, result: tuple[str, date]) -> None:
        self.number.setText(result[0])
        self.status.setText(self.tr("Đã ghi quyết định {number}.").format(number=html.escape(result[0])))

    def choose_file(self, job: PrintJob) -> None:
        if job.needs_decision and self._period and not period_decision(self._ctx.workspace, self._period).number:
            self.error.setText(self.tr("Cần ghi số và ngày quyết định khen thưởng trước khi in."))
            self.error.show()
            return
        path = self._ctx.files.save_file(self, job.label, PDF_FILTER, job.file_name)
        if path is not None:
            self.print_to(job, path)

    def print_to(self, job: PrintJob, path: Path) -> None:
        function = printer(job)
        if function is None or not self._period:
            return
        ws, period = self._ctx.workspace, self._period
        self._run(lambda: function(ws, period, path), lambda result: self._printed(path, result), job.label)

    def _printed(self, path: Path, result: Any) -> None:
        pages = getattr(result, "pages", None)
        link = f"<a href='{QtCore.QUrl.fromLocalFile(str(path)).toString()}'>{html.escape(path.name)}</a>"
        text = self.tr("Đã in {pages} trang ra {file}.") if pages is not None else self.tr("Đã in ra {file}.")
        self.status.setText(text.format(pages=pages, file=link))
        self.printed.emit()

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], progress: str = "") -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, ProblemsError):
                self.error.setText("\n".join(p.message for p in exc.problems))
                self.error.show()
            else:
                show_error(self, exc)

        self.error.hide()
        op = self._ctx.operation(self, lambda _progress: work())
        if progress:
            op.with_progress(progress, cancellable=False)
        op.success(done).failure(failed).run_in_background()
