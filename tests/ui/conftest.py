"""Fixtures for the desktop views: the demo district built once, copied for each test; operations
run synchronously; and a check that no test leaves a window or a worker thread behind."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from emulation.services.demo import build_demo
from emulation.services.workspace import Workspace
from emulation.ui.context import ViewContext
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.workers import SyncRunner
from tests.services.printing_demo import unlock_signing_key

USER = "thư ký"
THREAD_WAIT = 5.0
HERE = Path(__file__).parent
#: the offscreen platform says so for every window shown; it is not a fault of the application
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    ws = Workspace.open(str(path), user=USER)
    build_demo(ws)
    ws.close()
    return path


@pytest.fixture
def demo_ws(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A copy of the demo district, for the test to change as it likes."""
    copy = tmp_path / "t.sqlite"
    shutil.copy(demo_file, copy)
    ws = Workspace.open(str(copy), user=USER)
    unlock_signing_key(ws, tmp_path / "khoa-ky.pem")
    yield ws
    ws.close()


@pytest.fixture
def empty_ws(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(str(tmp_path / "t.sqlite"), user=USER)
    yield ws
    ws.close()


@pytest.fixture
def files() -> AnsweringFileDialogs:
    return AnsweringFileDialogs()


@pytest.fixture
def ctx(demo_ws: Workspace, files: AnsweringFileDialogs) -> ViewContext:
    return ViewContext(demo_ws, SyncRunner(), files)


@pytest.fixture
def empty_ctx(empty_ws: Workspace, files: AnsweringFileDialogs) -> ViewContext:
    return ViewContext(empty_ws, SyncRunner(), files)


def _delete_deferred(app: QtWidgets.QApplication) -> None:
    app.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    app.processEvents()


def _join_threads(before: set[threading.Thread]) -> list[str]:
    """Wait for the threads a test started (the views' own workers); name those still running."""
    started = [t for t in threading.enumerate() if t not in before]
    for thread in started:
        thread.join(THREAD_WAIT)
    return [t.name for t in started if t.is_alive()]


@pytest.fixture(autouse=True)
def nothing_left_behind(qapp: QtWidgets.QApplication) -> Iterator[None]:
    """Runs its check after pytest-qt closed the widgets it was given (teardown hook first)."""
    before = set(threading.enumerate())
    yield
    running = _join_threads(before)
    assert QtCore.QThreadPool.globalInstance().waitForDone(5000), "a worker thread is still running"
    _delete_deferred(qapp)
    assert not running, f"threads left running: {running}"
    left = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    _delete_deferred(qapp)
    assert not left, f"windows left open: {[type(w).__name__ + ' ' + w.windowTitle() for w in left]}"
    timers = [t.objectName() or repr(t) for t in qapp.findChildren(QtCore.QTimer) if t.isActive()]
    assert not timers, f"timers left running: {timers}"


def message_boxes(widget: QtWidgets.QWidget) -> list[QtWidgets.QMessageBox]:
    """The message boxes open over ``widget``."""
    return [b for b in widget.findChildren(QtWidgets.QMessageBox) if b.isVisible()]


def close_boxes(widget: QtWidgets.QWidget) -> None:
    for box in message_boxes(widget):
        box.close()
