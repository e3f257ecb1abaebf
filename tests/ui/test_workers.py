"""Operations: results and errors come back on the GUI thread; progress, cancel, sync runner."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.errors import InputError
from emulation.ui.qt import QtWidgets
from emulation.ui.workers import Operation, PoolRunner, Progress, SyncRunner
from tests.ui.conftest import close_boxes, message_boxes


@pytest.fixture
def parent(qtbot: QtBot) -> QtWidgets.QWidget:
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_synchronous_runner_delivers_at_once(parent: QtWidgets.QWidget) -> None:
    seen: list[object] = []
    reports: list[tuple[int, int, str]] = []

    def work(progress: Progress) -> int:
        for i in range(3):
            progress(i + 1, 3, f"bước {i + 1}")
        return 42

    op = Operation(parent, work, runner=SyncRunner())
    op.progress(lambda *a: reports.append(a)).success(seen.append).run_in_background()
    assert seen == [42]
    assert reports == [(1, 3, "bước 1"), (2, 3, "bước 2"), (3, 3, "bước 3")]


def test_the_pool_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot, parent: QtWidgets.QWidget) -> None:
    gui = threading.get_ident()
    worker: list[int] = []
    answered: list[int] = []

    def work(_progress: Progress) -> str:
        worker.append(threading.get_ident())
        return "xong"

    runner = PoolRunner()
    op = Operation(parent, work, runner=runner)
    op.success(lambda _result: answered.append(threading.get_ident())).run_in_background()
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)
    assert runner.wait(5000)
    assert worker[0] != gui
    assert answered == [gui]


def test_an_input_error_is_shown_as_its_faults(parent: QtWidgets.QWidget) -> None:
    def work(_progress: Progress) -> None:
        raise InputError.single("file.xlsx › Sheet › B4", "entry_not_number", value="x")

    Operation(parent, work, runner=SyncRunner()).run_in_background()
    [box] = message_boxes(parent)
    assert "file.xlsx › Sheet › B4: «x» không phải là số" in box.informativeText()
    close_boxes(parent)


def test_a_failure_callback_replaces_the_dialog(parent: QtWidgets.QWidget) -> None:
    failures: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise RuntimeError("hỏng")

    Operation(parent, work, runner=SyncRunner()).failure(failures.append).run_in_background()
    assert [str(f) for f in failures] == ["hỏng"]
    assert message_boxes(parent) == []


def test_cancelling_stops_at_the_next_report(parent: QtWidgets.QWidget) -> None:
    done: list[int] = []
    succeeded: list[object] = []
    holder: list[Operation] = []

    def work(progress: Progress) -> None:
        for i in range(10):
            progress(i, 10)
            done.append(i)
            if i == 2:
                holder[0].cancel()

    op = Operation(parent, work, runner=SyncRunner()).success(succeeded.append)
    holder.append(op)
    op.run_in_background()
    assert done == [0, 1, 2]
    assert succeeded == []


def test_a_progress_dialog_is_closed_when_the_work_ends(parent: QtWidgets.QWidget) -> None:
    Operation(parent, lambda progress: progress(1, 2, "nửa đường"), runner=SyncRunner()).with_progress(
        "Đang làm"
    ).run_in_background()
    assert [d for d in parent.findChildren(QtWidgets.QProgressDialog) if d.isVisible()] == []
