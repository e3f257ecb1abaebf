"""The rows shaded as "chưa chấm đủ": a unit missing a value of a base leaf (bonus and penalty may stay blank)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from emulation.scoring.criteria import ADJUSTMENTS
from emulation.scoring.scores import Role
from emulation.services.score_sheet import load_sheet
from emulation.services.workspace import Workspace
from emulation.ui.scoring.completeness import incomplete_rows
from emulation.ui.scoring.model import ScoreModel
from tests.ui.scoring.world import MEMBER, PERIOD


def test_a_unit_is_complete_with_every_base_leaf_whatever_its_bonus_and_penalty(world: Workspace) -> None:
    sheet = load_sheet(world, PERIOD, Role.MEMBER, MEMBER)
    base = [lf.code for lf in sheet.criteria.leaves if lf.kind not in ADJUSTMENTS]
    extra = [lf.code for lf in sheet.criteria.leaves if lf.kind in ADJUSTMENTS]
    assert [u.code for u in sheet.units] == ["X1", "X2", "Y1"] and len(base) > 1 and extra
    values = {("X1", leaf): Decimal(0) for leaf in base}  # complete, bonus and penalty blank
    values |= {("X2", leaf): Decimal(0) for leaf in [*base[1:], *extra]}  # one base leaf missing
    values |= {("Y1", leaf): Decimal(0) for leaf in extra}
    filled = replace(sheet, values=values)
    assert incomplete_rows(filled) == {1, 2}
    assert ScoreModel(filled).incomplete_count() == 2
