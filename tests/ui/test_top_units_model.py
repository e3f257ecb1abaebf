from __future__ import annotations

from typing import TYPE_CHECKING

from emulation.services.period_summary import top_row
from emulation.services.results import rank
from emulation.services.workspace import Workspace
from emulation.ui.top_units_model import TopUnitsModel

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester

PERIOD = "Tháng 09/2026 – Thôn, tổ dân phố"


def test_model(qtmodeltester: ModelTester, demo_ws: Workspace) -> None:
    model = TopUnitsModel()
    model.set_rows([top_row(r) for r in rank(demo_ws, PERIOD).rows[:5]])
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.index(0, 0).data() == "1"
