"""The import assistant: choose a file, say what it holds, see what would change, then import.

Nothing is written before “Nhập”, which is enabled only after a preview without faults.
The preview, the import and the look-up of a fault's cell run off the GUI thread; a fault found
only at import time (the period was locked meanwhile) is listed like any other, and the
dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from emulation.scoring.problems import Problem, ProblemsError
from emulation.services.cell_peek import CellView, fault_cell
from emulation.services.periods import list_periods
from emulation.services.score_sheet import scorers
from emulation.services.workspace import Workspace
from emulation.ui.context import ViewContext
from emulation.ui.errors import message_box, show_error
from emulation.ui.file_dialogs import FileDialogs
from emulation.ui.import_options import ImportOptions, guess_kind
from emulation.ui.import_panels import PreviewPanel
from emulation.ui.import_plans import ImportRequest, ImportResult, Preview, preview, run_import
from emulation.ui.import_texts import import_fault_text, preview_text, summary_text
from emulation.ui.labels import tr
from emulation.ui.qt import Qt, QtWidgets, Signal, Slot
from emulation.ui.workers import Operation, PoolRunner, Progress, Runner

FILE_FILTER = "Excel, JSON, CSV (*.xlsx *.xlsm *.json *.csv);;Excel (*.xlsx *.xlsm);;JSON (*.json);;CSV (*.csv)"


class ImportAssistant(QtWidgets.QDialog):
    """``imported`` carries the summary of what was written, once the import succeeded."""

    imported = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        parent: QtWidgets.QWidget | None = None,
        *,
        runner: Runner | None = None,
        files: FileDialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._runner = runner or PoolRunner()
        self._files = files or FileDialogs()
        self._path: Path | None = None
        self._preview: Preview | None = None
        self._busy = False
        self._importing = False
        self.summary = ""
        self.setWindowTitle(tr("Nhập dữ liệu từ tệp"))
        self.file_edit = QtWidgets.QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(tr("Chưa chọn tệp"))
        self.choose_button = QtWidgets.QPushButton(tr("Chọn tệp…"))
        self.options = ImportOptions(list_periods(workspace), lambda period: scorers(workspace, period))
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        self.panel = PreviewPanel()
        self.preview_button = QtWidgets.QPushButton(tr("Xem trước"))
        self.import_button = QtWidgets.QPushButton(tr("Nhập"))
        self.close_button = QtWidgets.QPushButton(tr("Đóng"))
        self._lay_out()
        self.choose_button.clicked.connect(self.choose_file)
        self.options.changed.connect(self._invalidate)
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.panel.faults.selected.connect(self._peek)
        self.resize(920, 640)
        self._invalidate()

    def _lay_out(self) -> None:
        file_row = QtWidgets.QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.options.form.insertRow(0, tr("Tệp:"), file_row)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.preview_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.options)
        layout.addSpacing(6)
        layout.addWidget(self.status)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)

    # --- the file and its kind ---------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        path = self._files.open_file(self, tr("Chọn tệp để nhập"), FILE_FILTER)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        self._path = Path(path)
        self.file_edit.setText(str(self._path))
        kind = guess_kind(self._path)
        if kind is not None:
            self.options.set_kind(kind)
        self._invalidate()

    @property
    def path(self) -> Path | None:
        return self._path

    def request(self) -> ImportRequest | None:
        return self.options.request(self._path) if self._path is not None else None

    @Slot()
    def _invalidate(self) -> None:
        """A choice changed: the preview shown no longer holds."""
        self._preview = None
        self.panel.show_hint()
        missing = tr("Chọn tệp cần nhập.") if self._path is None else self.options.missing()
        self._set_status(missing or tr("Bấm “Xem trước” để kiểm tra tệp trước khi nhập."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self._busy
        for widget in (self.choose_button, self.options):
            widget.setEnabled(idle)
        self.preview_button.setEnabled(idle and self.request() is not None)
        ready = idle and self._preview is not None and self._preview.ok
        self.import_button.setEnabled(ready)
        (self.import_button if ready else self.preview_button).setDefault(True)

    def _set_status(self, text: str, *, fault: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020; font-weight: bold;" if fault else "")

    def _operation(self, work: Callable[[Progress], object]) -> Operation:
        return Operation(self, work, runner=self._runner)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self._set_status(text)
        self._update_buttons()

    # --- preview -----------------------------------------------------------------------------

    @Slot()
    def start_preview(self) -> None:
        request = self.request()
        if request is None or self._busy:
            return
        self._set_busy(True, tr("Đang đọc tệp…"))

        def work(progress: Progress) -> Preview:
            progress(0, 0, tr("Đang đọc tệp…"))
            result = preview(self._ws, request)
            progress.check()
            return result

        op = _CancellableOperation(self, work, runner=self._runner)
        op.cancelled_by_user.connect(self._cancelled)
        op.with_progress(tr("Đang đọc tệp…"))

        def shown(result: Preview) -> None:
            if not op.cancelled:
                self._show_preview(result)

        def failed(exc: BaseException) -> None:
            if not op.cancelled:
                self._failed(exc)

        op.success(shown).failure(failed).run_in_background()

    def _show_preview(self, result: Preview) -> None:
        self._busy = False
        self._preview = result
        if result.problems:
            self.panel.show_faults(result.problems)
        elif result.scores is not None:
            self.panel.show_scores(result.scores, result.leaves)
        elif result.criteria is not None:
            self.panel.show_criteria(result.criteria)
        elif result.units is not None:
            self.panel.show_units(result.units)
        self._set_status(preview_text(result), fault=not result.ok)
        self._update_buttons()

    @Slot()
    def _cancelled(self) -> None:
        self._busy = False
        self._invalidate()

    # --- import ------------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        if self._busy or self._preview is None or not self._preview.ok:
            return
        request = self._preview.request
        self._set_busy(True, tr("Đang nhập…"))
        self._importing = True
        op = self._operation(lambda _progress: run_import(self._ws, request))
        op.with_progress(tr("Đang nhập…"), cancellable=False)
        op.success(self._imported).failure(self._failed).run_in_background()

    def _imported(self, result: ImportResult) -> None:
        self._busy = self._importing = False
        self.summary = summary_text(result)
        self.imported.emit(self.summary)
        owner = self.parentWidget()
        if owner is not None:
            message_box(owner, QtWidgets.QMessageBox.Icon.Information, tr("Đã nhập xong"), self.summary)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        """A fault of the preview or the import: listed in the dialog, nothing was written."""
        request = self._preview.request if self._preview is not None else self.request()
        self._busy = self._importing = False
        if isinstance(exc, ProblemsError) and request is not None:
            self._preview = Preview(request, exc.problems)
            self.panel.show_faults(exc.problems)
            self._set_status(import_fault_text(exc), fault=True)
        else:
            self._invalidate()
            show_error(self, exc)
        self._update_buttons()

    # --- the cell of a fault -----------------------------------------------------------------

    @Slot(object)
    def _peek(self, problem: Problem) -> None:
        path = self._path
        if path is None:
            return

        def shown(view: CellView | None) -> None:
            self.panel.faults.show_cell(problem, view)

        op = self._operation(lambda _progress: fault_cell(path, problem.where))
        op.success(shown).failure(lambda _exc: shown(None)).run_in_background()

    # --- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Closing waits while an import is being written (it is all or nothing either way)."""
        if self._importing:
            return
        super().reject()


class _CancellableOperation(Operation):
    """An operation that says at once when the person cancels it (its result is then ignored)."""

    cancelled_by_user = Signal()

    @Slot()
    def cancel(self) -> None:
        super().cancel()
        self.cancelled_by_user.emit()


def open_import_assistant(
    ctx: ViewContext, parent: QtWidgets.QWidget, on_imported: Callable[[str], None] | None = None
) -> ImportAssistant:
    """Open the assistant over ``parent`` (non-blocking); it deletes itself when closed."""
    dialog = ImportAssistant(ctx.workspace, parent, runner=ctx.runner, files=ctx.files)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    dialog.open()
    return dialog
