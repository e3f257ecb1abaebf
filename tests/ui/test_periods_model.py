from __future__ import annotations

from typing import TYPE_CHECKING

from emulation.services.periods import list_periods
from emulation.services.workspace import Workspace
from emulation.ui.periods_model import PeriodsModel
from emulation.ui.table_model import ROW_ROLE

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester


def test_model(qtmodeltester: ModelTester, demo_ws: Workspace) -> None:
    model = PeriodsModel()
    infos = list_periods(demo_ws)
    model.set_rows(infos)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ROW_ROLE) == infos[0]
    assert model.index(0, 5).data() == "Đã khóa"
    assert model.index(3, 4).data().startswith("Tháng 07/2026")
