"""The scoring grid on the small commune, shown and focused as a person would use it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.workspace import Workspace
from emulation.ui.qt import QtWidgets
from emulation.ui.scoring.loader import ImmediateRunner
from emulation.ui.scoring.view import ScoringView
from tests.ui.scoring.world import build_world


@pytest.fixture
def world(empty_ws: Workspace) -> Workspace:
    build_world(empty_ws)
    return empty_ws


@pytest.fixture
def view(qtbot: QtBot, world: Workspace) -> Iterator[ScoringView]:
    widget = ScoringView(world, runner=ImmediateRunner())
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.grid.table.setFocus()
    qtbot.waitUntil(lambda: widget.model() is not None and widget.model().live is not None)
    yield widget
    QtWidgets.QApplication.clipboard().clear()
