from __future__ import annotations

from typing import TYPE_CHECKING

from emulation.services.units import list_units
from emulation.services.workspace import Workspace
from emulation.ui.units_model import CODE_ROLE, ROW_ROLE, UnitsModel

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester


def test_model(qtmodeltester: ModelTester, demo_ws: Workspace) -> None:
    model = UnitsModel()
    rows = list_units(demo_ws)
    model.set_units(rows)
    qtmodeltester.check(model)
    index = model.index_of("ND-T1")
    assert index.data(CODE_ROLE) == "ND-T1"
    assert index.data(ROW_ROLE) == next(r for r in rows if r.code == "ND-T1")
    assert model.parent(index).data() == "ND"


def test_empty(qtmodeltester: ModelTester) -> None:
    model = UnitsModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
