"""The grid on the demo district, loaded off the GUI thread as in the application."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from emulation.services.results import rank
from emulation.services.workspace import Workspace
from emulation.ui.scoring.view import ScoringView

SCREENSHOT = Path("/tmp/scoring-view.png")


def test_demo_period_opens_ranks_and_is_drawn(qtbot: QtBot, demo_ws: Workspace) -> None:
    view = ScoringView(demo_ws)
    qtbot.addWidget(view)
    view.resize(1400, 760)
    view.show()
    qtbot.waitUntil(lambda: view.model() is not None and view.model().live is not None, timeout=10_000)
    model = view.model()
    assert model is not None
    sheet = model.sheet
    expected = rank(demo_ws, sheet.period).rows  # what is stored, ranked afresh
    live = model.live
    assert live is not None
    assert [(r.unit.code, r.rank, r.grade) for r in expected] == [
        (r.unit.code, live.row(r.unit.code).rank, live.row(r.unit.code).grade)
        for r in expected  # type: ignore[union-attr]
    ]
    assert view.grab().save(str(SCREENSHOT))
    view.close()
