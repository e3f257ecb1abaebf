"""Work read in a thread and worked out on the GUI thread in steps, between the events it must handle."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from emulation.stepwise import Steps, completed
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.scoring.live import read_ahead
from emulation.ui.scoring.live.read_ahead import ReadAhead
from emulation.ui.scoring.loader import ImmediateRunner, ThreadRunner


def _busy(seconds: float) -> None:
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        pass


def _work(steps: int, each: float, done_steps: list[int]) -> Steps[str]:
    for i in range(steps):
        _busy(each)
        done_steps.append(i)
        yield True
    return "xong"


def test_steps_leave_room_for_the_events_between_them(qtbot: QtBot) -> None:
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    runner = ThreadRunner(parent)
    done: list[str] = []
    steps_done: list[int] = []
    ticks: list[int] = []  # what the GUI thread did meanwhile: a timer's events, counted with the steps done
    tick = QtCore.QTimer(parent)
    tick.setInterval(0)
    tick.timeout.connect(lambda: ticks.append(len(steps_done)))
    tick.start()
    runner.submit_steps(_work(100, 0.002, steps_done), done.append, pytest.fail)
    qtbot.waitUntil(lambda: done == ["xong"], timeout=10_000)
    tick.stop()
    during = sorted({n for n in ticks if 0 < n < 100})
    assert len(during) >= 10  # the events were handled all along the work, not after it


def test_a_failing_step_is_reported_and_stopped_steps_are_let_go(qtbot: QtBot) -> None:
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    runner = ThreadRunner(parent)
    failures: list[BaseException] = []

    def failing() -> Steps[None]:
        yield True
        raise ValueError("hỏng")

    runner.submit_steps(failing(), pytest.fail, failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert str(failures[0]) == "hỏng"

    let_go: list[bool] = []

    def endless() -> Steps[None]:
        try:
            while True:
                yield True
        finally:
            let_go.append(True)

    runner.submit_steps(endless(), pytest.fail, pytest.fail)
    qtbot.wait(20)
    runner.wait()  # a view closing: the steps still to run are given up
    assert let_go == [True]


def test_the_immediate_runner_runs_every_step_now() -> None:
    got: list[str] = []
    ImmediateRunner().submit_steps(_work(3, 0, []), got.append, pytest.fail)
    assert got == ["xong"]


def test_parts_read_ahead_arrive_in_order_with_none_while_not_read() -> None:
    gate = threading.Event()

    def read() -> Iterator[int]:
        yield 1
        gate.wait(5)
        yield 2
        yield 3

    seen: list[int | None] = []
    with ReadAhead(read) as parts:
        for part in parts:
            seen.append(part)
            if part is None and not gate.is_set():
                gate.set()
            if part is None:
                time.sleep(0.001)
    got = [p for p in seen if p is not None]
    assert got == [1, 2, 3]
    assert None in seen  # the reading was waited for, not blocked on


def test_a_reading_error_is_raised_where_the_parts_are_used() -> None:
    def read() -> Iterator[int]:
        yield 1
        raise ValueError("không đọc được")

    with ReadAhead(read) as parts, pytest.raises(ValueError, match="không đọc được"):
        completed(_drain(parts))


def _drain(parts: ReadAhead[int]) -> Steps[list[int]]:
    got = []
    for part in parts:
        if part is None:
            yield False
        else:
            got.append(part)
    return got


def test_leaving_stops_the_reading_in_its_own_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_ahead, "AHEAD", 1)
    closed_in: list[str] = []

    def read() -> Iterator[int]:
        try:
            n = 0
            while True:  # more than anyone will take
                n += 1
                yield n
        finally:
            closed_in.append(threading.current_thread().name)

    with ReadAhead(read) as parts:
        first = next(p for p in parts if p is not None)
    assert first == 1
    assert closed_in == ["read-ahead"]
