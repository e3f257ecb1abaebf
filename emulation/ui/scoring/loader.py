"""Running the slow part of opening a sheet (reading, then ranking the period) off the GUI thread.

Each job runs in its own short-lived thread that opens its own database session through the
services; its result is handed back to the GUI thread by a queued signal. ``ImmediateRunner``
runs jobs in place, for tests that want no thread at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from emulation.ui.qt import QtCore, Signal, Slot

Job = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    def submit(self, job: Job, done: Done, failed: Failed) -> None: ...
    def wait(self) -> None: ...


class ThreadRunner(QtCore.QObject):
    _finished = Signal(object, object)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: list[threading.Thread] = []
        self._finished.connect(self._deliver, QtCore.Qt.ConnectionType.QueuedConnection)

    def submit(self, job: Job, done: Done, failed: Failed) -> None:
        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=self._run, args=(job, done, failed), name="scoring-sheet", daemon=True)
        self._threads.append(thread)
        thread.start()

    def wait(self) -> None:
        """Let every running job finish (their results are then delivered, or dropped)."""
        for thread in self._threads:
            thread.join()
        self._threads.clear()

    def _run(self, job: Job, done: Done, failed: Failed) -> None:
        try:
            result = job()
        except Exception as exc:
            self._post(failed, exc)
        else:
            self._post(done, result)

    def _post(self, callback: Callable[[Any], None], value: object) -> None:
        try:
            self._finished.emit(callback, value)
        except RuntimeError:  # the runner was deleted while the job ran: nobody is waiting
            pass

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: object) -> None:
        callback(value)


class ImmediateRunner:
    def submit(self, job: Job, done: Done, failed: Failed) -> None:
        try:
            result = job()
        except Exception as exc:
            failed(exc)
        else:
            done(result)

    def wait(self) -> None:
        pass
