"""Running the slow part of opening a sheet (reading, then ranking the period) off the GUI thread.

Each job runs in its own short-lived thread that opens its own database session through the
services; its result is handed back to the GUI thread by a queued signal. Work done in steps
(``emulation.stepwise``: working out what a thread reads) runs on the GUI thread, a few
milliseconds of steps at a time between the events it has to handle. ``ImmediateRunner`` runs
jobs and steps in place, for tests that want no thread at all.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from emulation.stepwise import Steps, completed
from emulation.ui.qt import QtCore, Signal, Slot

Job = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


#: GUI-thread time given to steps before the events waiting are handled (seconds)
STEPS_SLICE = 0.004
#: how long steps waiting for a reading thread are left alone (milliseconds)
STEPS_WAITING_MS = 2


class Runner(Protocol):
    def submit(self, job: Job, done: Done, failed: Failed) -> None: ...
    def submit_steps(self, steps: Steps[Any], done: Done, failed: Failed) -> None: ...
    def wait(self) -> None: ...


class ThreadRunner(QtCore.QObject):
    _finished = Signal(object, object)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: list[threading.Thread] = []
        self._steppers: list[_Stepper] = []
        self._finished.connect(self._deliver, QtCore.Qt.ConnectionType.QueuedConnection)

    def submit(self, job: Job, done: Done, failed: Failed) -> None:
        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=self._run, args=(job, done, failed), name="scoring-sheet", daemon=True)
        self._threads.append(thread)
        thread.start()

    def submit_steps(self, steps: Steps[Any], done: Done, failed: Failed) -> None:
        self._steppers = [s for s in self._steppers if s.running()]
        self._steppers.append(_Stepper(self, steps, done, failed))

    def wait(self) -> None:
        """Let every running job finish (their results are then delivered, or dropped); steps
        still to run are given up."""
        for stepper in self._steppers:
            stepper.stop()
        self._steppers.clear()
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


class _Stepper:
    """Runs steps on the GUI thread for ``STEPS_SLICE`` at a time, from timers of ``context``'s
    (none fires once it is gone)."""

    def __init__(self, context: QtCore.QObject, steps: Steps[Any], done: Done, failed: Failed) -> None:
        self._context = context
        self._steps: Steps[Any] | None = steps
        self._done, self._failed = done, failed
        self._again(0)

    def running(self) -> bool:
        return self._steps is not None

    def stop(self) -> None:
        """Give the remaining steps up (the generator is closed: what it holds is let go)."""
        steps, self._steps = self._steps, None
        if steps is not None:
            steps.close()

    def _again(self, ms: int) -> None:
        QtCore.QTimer.singleShot(ms, self._context, self._run)

    def _run(self) -> None:
        steps = self._steps
        if steps is None:
            return
        until = time.perf_counter() + STEPS_SLICE
        try:
            while True:
                if next(steps) is False:
                    self._again(STEPS_WAITING_MS)
                    return
                if time.perf_counter() >= until:
                    self._again(0)
                    return
        except StopIteration as stop:
            self._steps = None
            self._done(stop.value)
        except Exception as exc:
            self._steps = None
            self._failed(exc)


class ImmediateRunner:
    def submit(self, job: Job, done: Done, failed: Failed) -> None:
        try:
            result = job()
        except Exception as exc:
            failed(exc)
        else:
            done(result)

    def submit_steps(self, steps: Steps[Any], done: Done, failed: Failed) -> None:
        self.submit(lambda: completed(steps), done, failed)

    def wait(self) -> None:
        pass
