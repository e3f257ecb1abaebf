"""A large sheet shows its first screen at once and reads the rest of its values behind it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.workspace import Workspace
from emulation.stepwise import Steps, completed
from emulation.ui.qt import Qt, QtWidgets
from emulation.ui.scoring import view as scoring_view
from emulation.ui.scoring.live import reading as live_reading
from emulation.ui.scoring.loader import Done, Failed, Job
from emulation.ui.scoring.view import ScoringView
from tests.ui.scoring.keys import press, shown, stored, type_text


class HeldRunner:
    """Runs a job when told to and hands its result over when told to, as a slow read would."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Job, Done, Failed]] = []

    def submit(self, job: Job, done: Done, failed: Failed) -> None:
        self.jobs.append((job, done, failed))

    def submit_steps(self, steps: Steps[Any], done: Done, failed: Failed) -> None:
        self.submit(lambda: completed(steps), done, failed)

    def wait(self) -> None:
        pass

    def read(self) -> Callable[[], None]:
        """Run the oldest job now; what it read is handed over when the result is called."""
        job, done, _ = self.jobs.pop(0)
        result: Any = job()
        return lambda: done(result)


@pytest.fixture
def held(qtbot: QtBot, world: Workspace, monkeypatch: pytest.MonkeyPatch) -> tuple[ScoringView, HeldRunner]:
    monkeypatch.setattr(scoring_view, "FIRST_ROWS", 1)  # the first screen: X1; the rest: X2, Y1
    runner = HeldRunner()
    widget = ScoringView(world, runner=runner)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.grid.table.setFocus()
    runner.read()()
    qtbot.waitUntil(lambda: len(runner.jobs) == 1)  # drawn: the rest is asked for
    return widget, runner


def test_the_first_rows_show_their_values_while_the_rest_is_read(held: tuple[ScoringView, HeldRunner]) -> None:
    view, runner = held
    assert shown(view, "X1", "I.1") == "6"
    assert shown(view, "X2", "I.1") == shown(view, "Y1", "I.1") == "…"
    assert "đang đọc điểm" in view.status.counts.text()
    runner.read()()
    assert shown(view, "X2", "I.1") == ""
    assert "đang đọc điểm" not in view.status.counts.text() and "3 chưa chấm đủ" in view.status.counts.text()


def test_values_saved_before_the_rest_arrives_are_kept(
    qtbot: QtBot, held: tuple[ScoringView, HeldRunner], world: Workspace
) -> None:
    view, runner = held
    arrive = runner.read()  # the rest is read now, before the edits below …
    view.go_to("X1", "I.1")
    type_text(qtbot, view, "7")
    press(qtbot, view, Qt.Key.Key_Return)
    view.go_to("X1", "I.2")
    press(qtbot, view, Qt.Key.Key_Space)  # the yes/no box
    assert stored(world, "X1", "I.1") == Decimal(7) and stored(world, "X1", "I.2") == Decimal(1)
    arrive()  # … and arrives after them
    model = view.model()
    assert model is not None and not model.loading()
    assert shown(view, "X1", "I.1") == "7" and model.value("X1", "I.2") == Decimal(1)
    view.go_to("X1", "I.1")
    press(qtbot, view, Qt.Key.Key_Delete)
    assert shown(view, "X1", "I.1") == "" and stored(world, "X1", "I.1") is None
    runner.read()()  # the live totals, with the values saved meanwhile
    assert model.live is not None and model.value("X1", "I.1") is None


def test_a_row_not_read_yet_takes_no_value(
    qtbot: QtBot, held: tuple[ScoringView, HeldRunner], world: Workspace
) -> None:
    view, runner = held
    view.go_to("X2", "I.1")
    type_text(qtbot, view, "5")
    press(qtbot, view, Qt.Key.Key_Return)
    QtWidgets.QApplication.clipboard().setText("5\n")
    press(qtbot, view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "đang được đọc" in view.status.message.text()
    press(qtbot, view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "đang được đọc" in view.status.message.text()
    assert stored(world, "X2", "I.1") is None
    runner.read()()
    view.go_to("X2", "I.1")
    type_text(qtbot, view, "5")
    press(qtbot, view, Qt.Key.Key_Return)
    assert stored(world, "X2", "I.1") == Decimal(5) and shown(view, "X2", "I.1") == "5"


def test_the_totals_of_a_sheet_left_are_not_worked_out(
    held: tuple[ScoringView, HeldRunner], monkeypatch: pytest.MonkeyPatch
) -> None:
    view, runner = held
    runner.read()()  # every value in: the live totals are asked for
    readings: list[object] = []
    monkeypatch.setattr(live_reading, "ReadAhead", lambda *args: readings.append(args))
    old = view.model()
    view.refresh()  # another sheet loaded before they are worked out
    runner.read()()  # the old sheet's totals: given up, nothing read for them
    assert readings == [] and old is not None and old.live is None
