from __future__ import annotations

from typing import TYPE_CHECKING

from emulation.services.award_decisions import award_decisions
from emulation.services.awards import set_override
from emulation.services.results import awards
from emulation.services.workspace import Workspace
from emulation.ui.awards_model import AwardsModel, DecisionsModel

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester

PERIOD = "Tháng 09/2026 – Thôn, tổ dân phố"


def test_models(qtmodeltester: ModelTester, demo_ws: Workspace) -> None:
    ranking, _ = awards(demo_ws, PERIOD)
    last = ranking.rows[-1].unit.code
    set_override(demo_ws, PERIOD, last, include=True, reason="Đột xuất")
    ranking, lines = awards(demo_ws, PERIOD)
    model = AwardsModel()
    model.set_lines(lines, ranking.parent_names)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "1"
    assert model.total_vnd() == sum(line.awarded.amount_vnd or 0 for line in lines)
    assert model.index(model.row_of(last), 10).data() == "Thêm thủ công: Đột xuất"
    decisions = DecisionsModel()
    decisions.set_rows(award_decisions(demo_ws, PERIOD))
    qtmodeltester.check(decisions)
    assert decisions.index(0, 1).data() == "Thêm vào danh sách"
