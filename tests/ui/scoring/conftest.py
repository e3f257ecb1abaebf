"""The scoring grid on the small commune, shown and focused as a person would use it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from emulation.services import standings_apart
from emulation.services.workspace import Workspace
from emulation.ui.qt import QtWidgets
from emulation.ui.scoring.live import reading
from emulation.ui.scoring.loader import ImmediateRunner, Runner
from emulation.ui.scoring.view import ScoringView
from tests.ui.scoring.world import build_world


@pytest.fixture
def world(empty_ws: Workspace) -> Workspace:
    build_world(empty_ws)
    return empty_ws


@pytest.fixture
def view(qtbot: QtBot, world: Workspace) -> Iterator[ScoringView]:
    yield from shown_view(qtbot, world, ImmediateRunner())


def shown_view(qtbot: QtBot, world: Workspace, runner: Runner) -> Iterator[ScoringView]:
    """The grid of ``world`` run by ``runner``, shown, focused and ranked (the clipboard emptied after)."""
    widget = ScoringView(world, runner=runner)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.grid.table.setFocus()
    qtbot.waitUntil(lambda: widget.model() is not None and widget.model().live is not None)
    yield widget
    QtWidgets.QApplication.clipboard().clear()


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """Every period read apart (whatever its size); the processes started for it."""
    started: list[subprocess.Popen[bytes]] = []
    popen = subprocess.Popen

    def recorded(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        child = popen(*args, **kwargs)
        started.append(child)
        return child

    monkeypatch.setattr(standings_apart, "READ_APART_FROM", 1)
    monkeypatch.setattr(standings_apart.subprocess, "Popen", recorded)
    return started


@pytest.fixture
def lost(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the grid said when reading apart was lost."""
    said: list[str] = []
    monkeypatch.setattr(reading.log, "warning", lambda text, *args: said.append(text % args))
    return said
