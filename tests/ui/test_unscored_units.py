"""Units nobody scored: "chưa chấm" without rank or grade on the ranking page, and hidden on request."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from emulation.scoring.scores import Role
from emulation.services.criteria import import_criteria
from emulation.services.periods import create_period
from emulation.services.scores import NewValue, set_scores
from emulation.services.units import import_units
from emulation.ui.context import ViewContext
from emulation.ui.ranking_view import RankingView
from tests.cli.scenario import CRITERIA
from tests.data import SAMPLES

PERIOD = "Tháng 10/2026"


def test_unscored_units_are_shown_apart_and_can_be_hidden(qtbot: QtBot, empty_ctx: ViewContext, tmp_path: Path) -> None:
    ws = empty_ctx.workspace
    path = tmp_path / "c.json"
    path.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    import_criteria(ws, path)
    import_units(ws, SAMPLES / "don-vi-bao-yen.xlsx")
    create_period(ws, PERIOD, criteria=str(CRITERIA["name"]))
    set_scores(ws, PERIOD, Role.MEMBER, "An", [NewValue("VY-TK", "I.1", Decimal("20")),
                                               NewValue("VY-NM", "I.1", Decimal("15"))])
    view = RankingView(empty_ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    rows = [[view.model.index(r, c).data() for c in (0, 1, 6)] for r in range(view.model.rowCount())]
    assert rows[:2] == [["1", "VY-TK", "Chưa đạt"], ["2", "VY-NM", "Chưa đạt"]]
    assert all(r[0] == "chưa chấm" and r[2] == "" for r in rows[2:]) and len(rows) == 11
    assert "9 đơn vị chưa chấm" in view.info.text()
    view.hide_unscored.setChecked(True)
    assert [view.model.index(r, 1).data() for r in range(view.model.rowCount())] == ["VY-TK", "VY-NM"]
