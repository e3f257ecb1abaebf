"""Typing into the grid as a person does: every key goes to whatever has the focus."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from emulation.scoring.entries import RawValue
from emulation.scoring.scores import Role
from emulation.services.score_sheet import load_sheet
from emulation.services.workspace import Workspace
from emulation.ui.qt import Qt, QtWidgets
from emulation.ui.scoring.view import ScoringView
from tests.ui.scoring.world import MEMBER, PERIOD


def focused(view: ScoringView) -> QtWidgets.QWidget:
    return QtWidgets.QApplication.focusWidget() or view.grid.table


def type_text(qtbot: QtBot, view: ScoringView, text: str) -> None:
    for char in text:
        qtbot.keyClicks(focused(view), char)
        QtWidgets.QApplication.processEvents()


def press(
    qtbot: QtBot, view: ScoringView, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(view), key, modifier)
    QtWidgets.QApplication.processEvents()  # an editor commits on the next turn of the event loop


def stored(ws: Workspace, unit: str, leaf: str, role: Role = Role.MEMBER, scorer: str = MEMBER) -> RawValue | None:
    return load_sheet(ws, PERIOD, role, scorer).values.get((unit, leaf))


def shown(view: ScoringView, unit: str, leaf: str) -> str:
    return view.index_of(unit, leaf).data() or ""


def result(view: ScoringView, unit: str, kind: str) -> str:
    """The total, rank or grade shown for a unit (kind: "total", "rank", "grade")."""
    model = view.model()
    assert model is not None
    column = next(i for i, c in enumerate(model.columns) if c.kind.name.lower() == kind)
    return model.index(model.row_of(unit), column).data() or ""
