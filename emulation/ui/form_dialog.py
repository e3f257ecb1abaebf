"""A dialog that sends its values to a service and stays open, showing the faults, until it is done."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emulation.scoring.problems import ProblemsError
from emulation.services.errors import PeriodLocked
from emulation.ui.context import ViewContext
from emulation.ui.errors import show_error
from emulation.ui.field_form import FieldForm
from emulation.ui.qt import Qt, QtWidgets, Signal, Slot


class FormDialog(QtWidgets.QDialog):
    """``submitted`` is emitted when the person confirms; the owner saves and calls ``accept``."""

    submitted = Signal()

    def __init__(self, title: str, ok_text: str, parent: QtWidgets.QWidget | None = None, *,
                 form: FieldForm | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(480)
        self.form = form or FieldForm()
        self.buttons = QtWidgets.QDialogButtonBox()
        self.ok_button = self.buttons.addButton(ok_text, QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @Slot()
    def _confirm(self) -> None:
        self.form.clear_problems()
        if self.check():
            self.submitted.emit()

    def check(self) -> bool:
        """Checks the dialog can make itself (before any service is asked); True by default."""
        return True


def save_from(ctx: ViewContext, dialog: FormDialog, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
    """Run ``work`` off the GUI thread; close the dialog and call ``done`` on success, else show
    the faults in the dialog (or, for an unexpected error, in an error box)."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, PeriodLocked):
            owner = dialog.parentWidget()
            dialog.reject()
            show_error(owner, exc)
        elif isinstance(exc, ProblemsError):
            dialog.form.show_problems(exc.problems)
        else:
            show_error(dialog, exc)

    def succeeded(result: Any) -> None:
        dialog.accept()
        done(result)

    ctx.operation(dialog, lambda _progress: work()).success(succeeded).failure(failed).run_in_background()
