"""Live results after edits equal a fresh ranking of the edited entries."""

from __future__ import annotations

from decimal import Decimal

from emulation.scoring.scores import Role, ScoreEntry
from emulation.scoring.standings import rank_period
from emulation.services.score_sheet import load_sheet
from emulation.services.workspace import Workspace
from tests.ui.scoring.world import MEMBER, PERIOD, build_world, live_of


def test_edits_and_vetoes_rank_as_a_fresh_computation(empty_ws: Workspace) -> None:
    build_world(empty_ws)
    sheet = load_sheet(empty_ws, PERIOD, Role.MEMBER, MEMBER)
    live = live_of(empty_ws, sheet)
    live.apply([("X2", "I.1", Decimal(9)), ("Y1", "I.3", "Tốt"), ("X1", "I.1", None)])
    live.set_veto("X2", "K1", True)
    live.refresh()
    entries = [
        ScoreEntry("X2", "I.1", Role.MEMBER, MEMBER, Decimal(9)),
        ScoreEntry("Y1", "I.3", Role.MEMBER, MEMBER, "Tốt"),
    ]
    fresh = rank_period(sheet.criteria, [u.info for u in sheet.units], entries, {"X2": ["K1"]})
    for row in fresh:
        mine = live.row(row.unit.code)
        assert mine is not None
        assert (mine.total, mine.rank, mine.grade) == (row.total, row.rank, row.grade)
    assert live.row("X2").grade == "Chưa đạt"  # type: ignore[union-attr]
