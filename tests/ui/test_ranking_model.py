"""The ranking table: shared ranks marked, scopes grouped, every model checked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from emulation.ui.breakdown_model import POINTS_ROLE, BreakdownModel
from emulation.ui.ranking_model import RANK_ROLE, TIED_ROLE, RankingModel, Scope
from emulation.ui.table_model import ROW_ROLE
from tests.ui.rankings import row_of, small_ranking

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester


def column(model: RankingModel, index: int) -> list[str]:
    return [model.index(r, index).data() for r in range(model.rowCount())]


def test_overall_ranks_mark_ties(qtmodeltester: ModelTester) -> None:
    model = RankingModel()
    model.set_ranking(small_ranking())
    qtmodeltester.check(model)
    assert column(model, 1) == ["U1", "U2", "U4", "U6", "U3", "U5"]
    assert column(model, 0) == ["1=", "1=", "3", "4", "5", "6"]
    assert model.index(0, 0).data(TIED_ROLE) is True
    assert model.index(2, 0).data(RANK_ROLE) == 3
    assert column(model, 3)[0] == "Xã Một"
    assert column(model, 7)[2] == "K1"
    assert model.index(2, 7).data(0x3) == "K1: Để xảy ra ô nhiễm"  # tooltip role


def test_scopes_group_their_units(qtmodeltester: ModelTester) -> None:
    model = RankingModel()
    model.set_ranking(small_ranking(), Scope.PARENT)
    qtmodeltester.check(model)
    assert column(model, 3) == ["Xã Hai", "Xã Hai", "Xã Hai", "Xã Một", "Xã Một", "Xã Một"]
    assert column(model, 0) == ["1", "2", "3", "1=", "1=", "3"]
    model.set_scope(Scope.CLUSTER)
    assert column(model, 4) == ["", "Cụm 1", "Cụm 1", "Cụm 1", "Cụm 2", "Cụm 2"]
    assert column(model, 0) == ["–", "1=", "1=", "3", "1", "2"]
    assert model.row_of("U5") == 0
    assert model.index(0, 0).data(ROW_ROLE).unit.code == "U5"


def test_empty(qtmodeltester: ModelTester) -> None:
    model = RankingModel()
    model.set_ranking(None)
    qtmodeltester.check(model)


def test_breakdown_shows_points_against_the_maximum(qtmodeltester: ModelTester) -> None:
    ranking = small_ranking()
    model = BreakdownModel()
    model.set_standing(ranking.criteria, row_of(ranking, "U3").standing)
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows[:2] == [["A", "Tiêu chí A", "40", "50"], ["B", "Tiêu chí B", "40", "50"]]
    assert rows[3] == ["-", "Điểm trừ", "0", "10"]
    assert model.index(0, 2).data(POINTS_ROLE) == 40
    model.set_standing(None, None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
