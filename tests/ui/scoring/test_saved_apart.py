"""A large paste or clearing is saved by a thread: the grid stays drawn and scrollable, says it is
saving, and takes no other change, undo or redo until the paste is saved or refused."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from emulation.scoring.scores import Role
from emulation.services.periods import set_locked
from emulation.services.scores import NewValue, set_scores
from emulation.services.workspace import Workspace
from emulation.stepwise import Steps, completed
from emulation.ui.qt import Qt, QtCore, QtWidgets
from emulation.ui.scoring import editing
from emulation.ui.scoring.loader import Done, Failed, ImmediateRunner, Job
from emulation.ui.scoring.view import ScoringView
from tests.ui.scoring.conftest import shown_view
from tests.ui.scoring.keys import press, result, shown, stored, type_text
from tests.ui.scoring.world import MEMBER, PERIOD

CTRL = Qt.KeyboardModifier.ControlModifier
SAVING = "còn đang được lưu"


class HeldRunner(ImmediateRunner):
    """Runs everything in place, except the jobs submitted while ``holding``: those wait for
    ``release`` (as a thread's job waits for the database)."""

    def __init__(self) -> None:
        self.holding = False
        self.held: list[tuple[Job, Done, Failed]] = []

    def submit(self, job: Job, done: Done, failed: Failed) -> None:
        if self.holding:
            self.held.append((job, done, failed))
        else:
            super().submit(job, done, failed)

    def submit_steps(self, steps: Steps[Any], done: Done, failed: Failed) -> None:
        super().submit(lambda: completed(steps), done, failed)

    def release(self) -> None:
        self.holding = False
        held, self.held = self.held, []
        for job, done, failed in held:
            super().submit(job, done, failed)
        QtWidgets.QApplication.processEvents()


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> HeldRunner:
    monkeypatch.setattr(editing, "SAVED_APART_FROM", 2)
    return HeldRunner()


@pytest.fixture
def view(qtbot: QtBot, world: Workspace, runner: HeldRunner) -> Iterator[ScoringView]:
    yield from shown_view(qtbot, world, runner)


def paste_held(qtbot: QtBot, view: ScoringView, runner: HeldRunner, text: str) -> None:
    view.go_to("X1", "I.1")
    QtWidgets.QApplication.clipboard().setText(text)
    runner.holding = True
    press(qtbot, view, Qt.Key.Key_V, CTRL)
    assert len(runner.held) == 1


def typed_is_saved(qtbot: QtBot, view: ScoringView, world: Workspace) -> bool:
    """Whether a value typed into the grid now is saved (the grid takes changes again)."""
    view.go_to("Y1", "I.1")
    type_text(qtbot, view, "3")
    press(qtbot, view, Qt.Key.Key_Return)
    return stored(world, "Y1", "I.1") == Decimal(3)


def test_the_grid_waits_for_a_paste_being_saved(
    qtbot: QtBot, view: ScoringView, world: Workspace, runner: HeldRunner
) -> None:
    paste_held(qtbot, view, runner, "7\n5,5\n")
    assert view.status.message.text() == "Đang lưu 2 ô…"
    assert (stored(world, "X1", "I.1"), stored(world, "X2", "I.1")) == (Decimal(6), None)  # not yet
    assert shown(view, "X1", "I.1") == "6" and result(view, "X1", "total") == "6"
    assert not view.undo_action.isEnabled()

    view.go_to("Y1", "I.1")  # typing meanwhile is refused, and said so
    type_text(qtbot, view, "3")
    press(qtbot, view, Qt.Key.Key_Return)
    assert SAVING in view.status.message.text()
    press(qtbot, view, Qt.Key.Key_Delete)
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert SAVING in view.status.message.text()
    assert len(runner.held) == 1

    runner.release()
    assert (stored(world, "X1", "I.1"), stored(world, "X2", "I.1"), stored(world, "Y1", "I.1")) == (
        Decimal(7), Decimal("5.5"), None)
    assert shown(view, "X1", "I.1") == "7" and result(view, "X1", "total") == "7"
    assert view.status.message.text() == "Đã lưu 2 ô"
    assert view.undo_action.isEnabled() and view.undo_stack.count() == 1

    press(qtbot, view, Qt.Key.Key_Z, CTRL)  # its undo is written in place
    assert (stored(world, "X1", "I.1"), stored(world, "X2", "I.1")) == (Decimal(6), None)
    assert shown(view, "X1", "I.1") == "6"
    assert typed_is_saved(qtbot, view, world)


def test_a_paste_refused_while_being_saved_writes_nothing_and_shows_the_other_value(
    qtbot: QtBot, view: ScoringView, world: Workspace, runner: HeldRunner
) -> None:
    paste_held(qtbot, view, runner, "7\n5,5\n")
    set_scores(world, PERIOD, Role.MEMBER, MEMBER, [NewValue("X2", "I.1", Decimal(9))])  # someone else, meanwhile
    runner.release()
    message = view.status.message.text()
    assert "Thôn Bình › I.1" in message and "9" in message
    assert (stored(world, "X1", "I.1"), stored(world, "X2", "I.1")) == (Decimal(6), Decimal(9))
    assert shown(view, "X1", "I.1") == "6" and shown(view, "X2", "I.1") == "9"
    assert view.undo_stack.count() == 0 and not view.undo_action.isEnabled()
    assert not view.editor.is_saving()
    assert typed_is_saved(qtbot, view, world)


def test_a_large_clearing_is_saved_apart_too(
    qtbot: QtBot, view: ScoringView, world: Workspace, runner: HeldRunner
) -> None:
    paste_held(qtbot, view, runner, "7\n5,5\n")
    runner.release()
    table = view.grid.table
    view.go_to("X1", "I.1")
    table.selectionModel().select(
        QtCore.QItemSelection(view.index_of("X1", "I.1"), view.index_of("X2", "I.1")),
        table.selectionModel().SelectionFlag.Select,
    )
    runner.holding = True
    press(qtbot, view, Qt.Key.Key_Delete)
    assert len(runner.held) == 1 and stored(world, "X1", "I.1") == Decimal(7)
    runner.release()
    assert (stored(world, "X1", "I.1"), stored(world, "X2", "I.1")) == (None, None)
    assert shown(view, "X2", "I.1") == ""


def test_the_application_saves_a_large_paste_off_the_gui_thread(
    qtbot: QtBot, world: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(editing, "SAVED_APART_FROM", 2)
    writers: list[threading.Thread] = []
    collecting: list[bool] = []

    def recorded(*args: Any) -> object:
        writers.append(threading.current_thread())
        collecting.append(gc.isenabled())
        return set_scores(*args)

    monkeypatch.setattr(editing, "set_scores", recorded)
    view = ScoringView(world)  # the application's runner: threads
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model() is not None and view.model().live is not None, timeout=10_000)
    view.go_to("X1", "I.1")
    QtWidgets.QApplication.clipboard().setText("7\n5,5\n")
    view.paste()
    qtbot.waitUntil(lambda: shown(view, "X2", "I.1") == "5,5", timeout=10_000)
    assert stored(world, "X2", "I.1") == Decimal("5.5")
    assert len(writers) == 1 and writers[0] is not threading.main_thread()
    assert collecting == [False] and gc.isenabled()  # paused for the write, running again after it
    view.close()


def test_a_paste_is_saved_even_when_another_sheet_was_opened_meanwhile(
    qtbot: QtBot, view: ScoringView, world: Workspace, runner: HeldRunner
) -> None:
    paste_held(qtbot, view, runner, "7\n5,5\n")
    runner.holding = False  # the other sheet loads at once; the paste is still being saved
    role = view.selector.role_box
    role.setCurrentIndex(role.findData(Role.OFFICIAL))
    assert view.model() is not None and view.model().sheet.role is Role.OFFICIAL
    assert not view.undo_action.isEnabled()
    runner.release()
    assert (stored(world, "X1", "I.1"), stored(world, "X2", "I.1")) == (Decimal(7), Decimal("5.5"))
    assert view.status.message.text() == "Đã lưu 2 ô"
    assert shown(view, "X1", "I.1") == ""  # the official's sheet: the member's values are not its own
    assert view.undo_stack.count() == 0  # the member's paste is no step of this sheet's
    assert not view.editor.is_saving()


def test_the_same_sheet_opened_again_while_a_paste_is_saved_shows_the_paste(
    qtbot: QtBot, view: ScoringView, world: Workspace, runner: HeldRunner
) -> None:
    paste_held(qtbot, view, runner, "7\n5,5\n")
    runner.holding = False
    role = view.selector.role_box
    role.setCurrentIndex(role.findData(Role.OFFICIAL))
    role.setCurrentIndex(role.findData(Role.MEMBER))  # read again before the paste is saved
    assert shown(view, "X1", "I.1") == "6"
    runner.release()
    assert shown(view, "X1", "I.1") == "7" and shown(view, "X2", "I.1") == "5,5"
    qtbot.waitUntil(lambda: view.model() is not None and view.model().live is not None)  # once drawn
    assert result(view, "X1", "total") == "7"
    press(qtbot, view, Qt.Key.Key_Z, CTRL)  # and it is this sheet's undo step
    assert (stored(world, "X1", "I.1"), stored(world, "X2", "I.1")) == (Decimal(6), None)
    assert shown(view, "X1", "I.1") == "6"


def test_a_period_locked_while_a_paste_is_saved_refuses_it(
    qtbot: QtBot, view: ScoringView, world: Workspace, runner: HeldRunner
) -> None:
    paste_held(qtbot, view, runner, "7\n5,5\n")
    set_locked(world, PERIOD, True)  # elsewhere, meanwhile
    runner.release()
    assert "đã khóa" in view.status.message.text()
    assert (stored(world, "X1", "I.1"), stored(world, "X2", "I.1")) == (Decimal(6), None)
    qtbot.waitUntil(lambda: view.banner.isVisible())  # read again, as locked
    assert not view.model().editable()  # type: ignore[union-attr]
    assert view.undo_stack.count() == 0 and not view.editor.is_saving()
