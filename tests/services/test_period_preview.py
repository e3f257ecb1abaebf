"""Before a period is created: the units it would take, and what the criteria set lacks."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from emulation.i18n import render
from emulation.services.criteria import import_criteria
from emulation.services.errors import InputError
from emulation.services.period_preview import preview_period
from emulation.services.periods import create_period, list_periods, period_info
from emulation.services.units import import_units
from emulation.services.workspace import Workspace
from tests.cli.scenario import CRITERIA
from tests.data import SAMPLES


def test_a_set_without_kind_or_awards_is_told_before_the_period_exists(tmp_path: Path) -> None:
    doc = copy.deepcopy(CRITERIA)
    doc.pop("unit_kind")
    doc["awards"] = []
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    ws = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    import_criteria(ws, path)
    import_units(ws, SAMPLES / "don-vi-bao-yen.xlsx")
    everything = preview_period(ws, str(CRITERIA["name"]))
    assert everything.needs_kind and not everything.has_awards
    assert len(everything.units) == 19 and everything.kinds["thôn"] == 11 and everything.kinds["xã"] == 2
    villages = preview_period(ws, str(CRITERIA["name"]), unit_kind="Thôn")
    assert not villages.needs_kind and set(villages.kinds) == {"thôn"}
    under = preview_period(ws, str(CRITERIA["name"]), under="VY", unit_kind="thôn")
    assert sorted(c for c, _n, _k in under.units) == ["VY-BB", "VY-KP", "VY-NM", "VY-TK"]
    with pytest.raises(InputError) as exc:  # the service refuses what the dialog asks about
        create_period(ws, "Tháng 10/2026", criteria=str(CRITERIA["name"]))
    assert render(exc.value.problems[0]).startswith(
        "--kind: bộ tiêu chí «Thôn sạch – thử nghiệm» không nêu loại đơn vị mà các đơn vị thuộc nhiều loại "
        "(11 thôn, ")
    assert list_periods(ws) == []
    create_period(ws, "Tháng 10/2026", criteria=str(CRITERIA["name"]), unit_kind="thôn")
    assert period_info(ws, "Tháng 10/2026").units == len(villages.units)
    create_period(ws, "Tháng 10/2026 – tất cả", criteria=str(CRITERIA["name"]), all_kinds=True)
    assert period_info(ws, "Tháng 10/2026 – tất cả").units == 19
    ws.close()
