"""The council's papers from the page: ballots, minutes, and the decision (.docx with its PDF beside it)."""

from __future__ import annotations

from pathlib import Path

from emulation.services.council_print import print_ballots, print_minutes
from emulation.services.decision import IssuedDecision, issue_decision
from emulation.services.printing_documents import Printed
from emulation.text import format_date, format_thousands
from emulation.ui.context import ViewContext
from emulation.ui.council_widgets import row_of, run_shown
from emulation.ui.qt import QtWidgets, Signal, Slot

PDF = "PDF (*.pdf)"
DOCX = "Word (*.docx)"


class DocumentsBox(QtWidgets.QGroupBox):
    issued = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Giấy tờ"))
        self._ctx = ctx
        self.period = ""
        self.ballots_button = QtWidgets.QPushButton(self.tr("In phiếu biểu quyết…"))
        self.minutes_button = QtWidgets.QPushButton(self.tr("In biên bản…"))
        self.number = QtWidgets.QLineEdit()
        self.number.setPlaceholderText(self.tr("Số quyết định, ví dụ 05"))
        self.decision_button = QtWidgets.QPushButton(self.tr("Ban hành quyết định…"))
        self.result = QtWidgets.QLabel()
        self.result.setWordWrap(True)
        self.ballots_button.clicked.connect(self.ballots)
        self.minutes_button.clicked.connect(self.minutes)
        self.decision_button.clicked.connect(self.decision)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(row_of(self.ballots_button, self.minutes_button, QtWidgets.QLabel(self.tr("Số:")),
                                self.number, self.decision_button))
        layout.addWidget(self.result)

    def set_period(self, period: str) -> None:
        self.period = period
        self.result.clear()

    @Slot()
    def ballots(self) -> None:
        out = self._ctx.files.save_file(self, self.tr("Lưu phiếu biểu quyết"), PDF, "phieu-bieu-quyet.pdf")
        if out is not None:
            ws, period = self._ctx.workspace, self.period
            run_shown(self._ctx, self, lambda: print_ballots(ws, period, out), self._printed)

    @Slot()
    def minutes(self) -> None:
        out = self._ctx.files.save_file(self, self.tr("Lưu biên bản"), PDF, "bien-ban-hop-hoi-dong.pdf")
        if out is not None:
            ws, period = self._ctx.workspace, self.period
            run_shown(self._ctx, self, lambda: print_minutes(ws, period, out), self._printed)

    @Slot()
    def decision(self) -> None:
        out = self._ctx.files.save_file(self, self.tr("Lưu quyết định (Word; bản PDF ghi bên cạnh)"), DOCX,
                                        "quyet-dinh-khen-thuong.docx")
        if out is None:
            return
        docx = out if out.suffix.lower() == ".docx" else out.with_suffix(".docx")
        pdf = docx.with_suffix(".pdf")
        ws, period, number = self._ctx.workspace, self.period, self.number.text()
        run_shown(self._ctx, self, lambda: issue_decision(ws, period, number, docx=docx, pdf=pdf), self._issued)

    def _printed(self, done: Printed) -> None:
        self.result.setText(self.tr("Đã ghi {path} ({pages} trang).").format(path=done.path, pages=done.pages))

    def _issued(self, done: IssuedDecision) -> None:
        self.result.setText(self.tr("Quyết định số {number} ngày {date}: {count} tập thể, {total} đ — {docx}, {pdf}")
                            .format(number=done.number, date=format_date(done.on), count=done.recipients,
                                    total=format_thousands(done.total_vnd), docx=Path(done.docx).name,
                                    pdf=Path(done.pdf).name))
        self.issued.emit()
