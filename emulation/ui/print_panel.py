"""The commendation decision of a period and its documents: certificates, award list, report, forms."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from emulation.i18n import render_all
from emulation.scoring.problems import ProblemsError
from emulation.services.award_decisions import period_decision
from emulation.services.printing_needs import PrintNeeds, complete_for_print, print_needs
from emulation.ui.context import ViewContext
from emulation.ui.errors import show_error
from emulation.ui.field_form import error_label
from emulation.ui.form_dialog import save_from
from emulation.ui.new_key_dialog import NewKeyDialog
from emulation.ui.print_needs_dialog import PrintNeedsDialog
from emulation.ui.print_preview import PrintPreview
from emulation.ui.printing_actions import (
    Opener,
    PrintJob,
    calibration_job,
    open_in_viewer,
    overlay_job,
    print_jobs,
    record_decision,
)
from emulation.ui.qdates import day_of, qdate
from emulation.ui.qt import QtCore, QtWidgets, Signal, Slot
from emulation.ui.signing_key_dialog import SigningKeyDialog

PDF_FILTER = "PDF (*.pdf)"
KEY_NEEDED = "signing_key_needed"
KEY_MISSING = "signing_key_missing"
#: documents that carry the issuer and the signer's block
SIGNED = ("certificates", "award_list")


class PrintPanel(QtWidgets.QGroupBox):
    printed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None, *,
                 opener: Opener = open_in_viewer) -> None:
        super().__init__(self.tr("Quyết định và in ấn"), parent)
        self._ctx = ctx
        self._period = ""
        self.opener = opener  # opens a printed file in the system's viewer; tests hand in their own
        self.preview: PrintPreview | None = None
        self.key_dialog: SigningKeyDialog | NewKeyDialog | None = None
        self.dialog: PrintNeedsDialog | None = None
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
        self.overlay = QtWidgets.QCheckBox(self.tr("In trên phôi"))
        self.overlay.setToolTip(self.tr("Chỉ in nội dung vào các vị trí trên phôi giấy khen in sẵn"))
        self.calibration_button = QtWidgets.QPushButton(self.tr("In trang căn chỉnh"))
        self.calibration_button.setToolTip(
            self.tr("In vị trí các trường lên giấy trắng, đặt lên phôi để kiểm tra trước khi in"))
        self.calibration_button.clicked.connect(lambda: self.choose_file(calibration_job()))
        decision = QtWidgets.QHBoxLayout()
        decision.addWidget(QtWidgets.QLabel(self.tr("Quyết định số:")))
        decision.addWidget(self.number, 1)
        decision.addWidget(QtWidgets.QLabel(self.tr("ngày")))
        decision.addWidget(self.on)
        decision.addWidget(self.save_button)
        documents = QtWidgets.QHBoxLayout()
        for job in print_jobs():
            button = QtWidgets.QPushButton(job.label)
            button.clicked.connect(lambda _checked=False, j=job: self.choose_file(self._chosen(j)))
            self.buttons[job.key] = button
            documents.addWidget(button)
            if job.key == "certificates":
                documents.addWidget(self.overlay)
                documents.addWidget(self.calibration_button)
                documents.addSpacing(16)
        documents.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(decision)
        layout.addLayout(documents)
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
            self.on.setDate(qdate(decision.on))

    @Slot()
    def save_decision(self) -> None:
        if not self._period:
            return
        ws, period, number = self._ctx.workspace, self._period, self.number.text()
        on = day_of(self.on.date())
        self._run(lambda: record_decision(ws, period, number, on), self._decision_saved)

    def _decision_saved(self, result: tuple[str, date]) -> None:
        self.number.setText(result[0])
        self.status.setText(self.tr("Đã ghi quyết định {number}.").format(number=html.escape(result[0])))

    def _chosen(self, job: PrintJob) -> PrintJob:
        """Certificates go on pre-printed blanks when the box is ticked."""
        return overlay_job() if job.key == "certificates" and self.overlay.isChecked() else job

    def choose_file(self, job: PrintJob) -> None:
        if not self._period:
            return
        signed = job.key in SIGNED
        needs = print_needs(self._ctx.workspace, self._period, decision=job.needs_decision)
        if (signed and needs.settings) or needs.decision:
            self._ask_first(job, PrintNeeds(needs.settings if signed else (), needs.decision))
            return
        path = self._ctx.files.save_file(self, job.label, PDF_FILTER, job.file_name)
        if path is not None:
            self.print_to(job, path)

    def _ask_first(self, job: PrintJob, needs: PrintNeeds) -> None:
        """Ask in one small form for what the document lacks; then go on to the file dialog."""
        dialog = PrintNeedsDialog(needs, self)
        ws, period = self._ctx.workspace, self._period

        def save() -> None:
            settings, decision = dialog.settings(), dialog.decision()
            save_from(self._ctx, dialog, lambda: complete_for_print(ws, period, settings, decision), filled)

        def filled(_result: PrintNeeds) -> None:
            self.set_period(period)
            self.choose_file(job)

        dialog.submitted.connect(save)
        self.dialog = dialog
        dialog.open()

    def print_to(self, job: PrintJob, path: Path) -> None:
        if not self._period:
            return
        ws, period, function = self._ctx.workspace, self._period, job.function
        self._run(lambda: function(ws, period, path), lambda result: self._printed(path, result), job.label,
                  retry=lambda: self.print_to(job, path))

    def ask_signing_key(self, then: Callable[[], None], *, make: bool = False) -> None:
        """New certificates need the committee's key: ask for it (or, when the database has none
        yet, make it), then print again."""
        dialog = NewKeyDialog(self._ctx, self) if make else SigningKeyDialog(self._ctx, self)
        dialog.accepted.connect(then)
        self.key_dialog = dialog
        dialog.open()

    def _printed(self, path: Path, result: Any) -> None:
        pages = getattr(result, "pages", None)
        link = f"<a href='{QtCore.QUrl.fromLocalFile(str(path)).toString()}'>{html.escape(path.name)}</a>"
        text = self.tr("Đã in {pages} trang ra {file}.") if pages is not None else self.tr("Đã in ra {file}.")
        self.status.setText(text.format(pages=pages, file=link))
        self.show_preview(path)
        self.printed.emit()

    def show_preview(self, path: Path) -> None:
        """The first pages of ``path`` in a window of their own (the one before is closed)."""
        if self.preview is not None:
            self.preview.close()
        preview = PrintPreview(self._ctx, path, lambda p: self.opener(p), self)
        preview.finished.connect(lambda _result, shown=preview: self._forget(shown))
        self.preview = preview
        preview.show()

    def _forget(self, preview: PrintPreview) -> None:
        if self.preview is preview:
            self.preview = None

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], progress: str = "",
             retry: Callable[[], None] | None = None) -> None:
        def failed(exc: BaseException) -> None:
            codes = {p.code for p in exc.problems} if isinstance(exc, ProblemsError) else set()
            if retry and codes & {KEY_NEEDED, KEY_MISSING}:
                self.ask_signing_key(retry, make=KEY_MISSING in codes)
            elif isinstance(exc, ProblemsError):
                self.error.setText("\n".join(render_all(exc.problems)))
                self.error.show()
            else:
                show_error(self, exc)

        self.error.hide()
        op = self._ctx.operation(self, lambda _progress: work())
        if progress:
            op.with_progress(progress, cancellable=False)
        op.success(done).failure(failed).run_in_background()
