"""Error boxes: faults as a list, locked periods in plain words, the exception hook."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from emulation.scoring.problems import Problem
from emulation.services.errors import InputError, PeriodLocked
from emulation.ui.errors import ExceptionHook, show_error
from emulation.ui.qt import QtWidgets
from tests.ui.conftest import close_boxes


def test_many_faults_are_listed_then_counted(qtbot: QtBot) -> None:
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    box = show_error(parent, InputError([Problem(f"B{i}", "entry_expected_number") for i in range(20)]))
    assert box.informativeText().count("<li>") == 12
    assert "8 lỗi khác" in box.informativeText()
    assert "<li>B0: cần nhập một số</li>" in box.informativeText()
    assert box.detailedText().count("\n") == 19
    close_boxes(parent)


def test_a_locked_period_is_named_as_such(qtbot: QtBot) -> None:
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    locked = PeriodLocked.single("period", "period_locked", period="Tháng 7", by="An", when="01/08/2026")
    box = show_error(parent, locked)
    assert box.windowTitle() == "Kỳ chấm điểm đã khóa"
    assert "Kỳ chấm điểm: kỳ «Tháng 7» đã khóa (An, 01/08/2026)" in box.informativeText()
    close_boxes(parent)


def test_the_hook_shows_an_unexpected_error_with_its_trace(qtbot: QtBot, qapp: QtWidgets.QApplication) -> None:
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    hook = ExceptionHook(qapp)
    hook.install()
    try:
        assert sys.excepthook is hook
        try:
            raise ValueError("không mong muốn")
        except ValueError as exc:
            hook(type(exc), exc, exc.__traceback__)
    finally:
        hook.uninstall()
    box = hook.shown
    assert box is not None
    assert box.isVisible()
    assert "ValueError: không mong muốn" in box.informativeText()
    assert "Traceback" in box.detailedText()
    box.close()
