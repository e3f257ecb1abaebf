"""Work off the GUI thread, as operation objects.

``Operation(parent, op, runner=...).success(cb).failure(cb).run_in_background()`` runs
``op(progress)`` through a :class:`Runner`. The operation calls services, which open their own
session and transaction, so no SQLAlchemy session ever crosses a thread. ``progress(done, total,
text)`` reports how far it got and raises :class:`Cancelled` once the user has cancelled
(cooperative: the operation stops at its next report or ``progress.check()``). The result or
the error comes back on the GUI thread through a signal: an :class:`InputError` is shown as the
list of its faults, anything else in an error dialog, unless ``failure`` says otherwise.

Tests hand in :class:`SyncRunner`, which runs the operation at once in the calling thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from emulation.ui.errors import show_error
from emulation.ui.qt import QtCore, QtWidgets, Signal, Slot

Job = Callable[[], None]


class Cancelled(Exception):
    """The user cancelled the operation: not an error, nothing to report."""


class Progress:
    """What an operation receives: report progress, and learn whether to stop."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        self.check()
        self._report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user has asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled


class Runner(Protocol):
    def start(self, job: Job) -> None: ...


class PoolRunner:
    """Runs jobs on a QThreadPool (the application's global pool unless one is given)."""

    def __init__(self, pool: QtCore.QThreadPool | None = None) -> None:
        self._pool = pool or QtCore.QThreadPool.globalInstance()

    def start(self, job: Job) -> None:
        self._pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)


class SyncRunner:
    """Runs each job at once in the calling thread (tests, scripts)."""

    def start(self, job: Job) -> None:
        job()


class Operation(QtCore.QObject):
    """One piece of work with its callbacks; delivers on the GUI thread, then deletes itself."""

    _progressed = Signal(int, int, str)
    _finished = Signal(object)

    def __init__(self, parent: QtWidgets.QWidget, op: Callable[[Progress], Any], *, runner: Runner) -> None:
        super().__init__(parent)
        self._widget = parent
        self._op = op
        self._runner = runner
        self._progress = Progress(self._emit_progress)
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._dialog: QtWidgets.QProgressDialog | None = None
        self._progressed.connect(self._deliver_progress)
        self._finished.connect(self._deliver)

    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation:
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[[int, int, str], None]) -> Operation:
        self._on_progress = callback
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> Operation:
        """Show a progress dialog (with a cancel button unless the work cannot stop) while it runs."""
        dialog = QtWidgets.QProgressDialog(label, self.tr("Hủy"), 0, 0, self._widget)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(label)
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        return self

    def run_in_background(self) -> Operation:
        self._runner.start(self._work)
        return self

    @Slot()
    def cancel(self) -> None:
        self._progress.cancel()

    @property
    def cancelled(self) -> bool:
        return self._progress.cancelled

    # --- in the worker thread ---------------------------------------------------------------

    def _work(self) -> None:
        outcome: tuple[str, Any]
        try:
            outcome = ("ok", self._op(self._progress))
        except Cancelled:
            outcome = ("cancelled", None)
        except Exception as exc:  # delivered to the GUI thread and shown there
            outcome = ("error", exc)
        try:
            self._finished.emit(outcome)
        except RuntimeError:  # the window that asked for it is gone
            pass

    def _emit_progress(self, done: int, total: int, text: str) -> None:
        try:
            self._progressed.emit(done, total, text)
        except RuntimeError:
            pass

    # --- on the GUI thread ------------------------------------------------------------------

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total > 0 else 0)
            if text:
                self._dialog.setLabelText(text)
        if self._on_progress is not None:
            self._on_progress(done, total, text)

    @Slot(object)
    def _deliver(self, outcome: tuple[str, Any]) -> None:
        self._close_dialog()
        kind, value = outcome
        try:
            if kind == "ok" and self._on_success is not None:
                self._on_success(value)
            elif kind == "error":
                if self._on_failure is not None:
                    self._on_failure(value)
                else:
                    show_error(self._widget, value)
        finally:
            self.deleteLater()

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
