"""Awards by hand: units chosen with an award and a reason are rewarded at once, even when the
criteria set has no award rules; a decision naming nobody is refused."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from emulation.i18n import render
from emulation.scoring.scores import Role
from emulation.services.awards import include_units
from emulation.services.criteria import import_criteria
from emulation.services.errors import InputError, PeriodLocked
from emulation.services.periods import create_period, set_locked
from emulation.services.results import awards
from emulation.services.scores import NewValue, set_scores
from emulation.services.units import import_units
from emulation.services.workspace import Workspace
from tests.cli.scenario import CRITERIA
from tests.data import SAMPLES

PERIOD = "Tháng 10/2026"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """A criteria set without award rules, as a committee's table gives it."""
    doc = copy.deepcopy(CRITERIA)
    doc["awards"] = []
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    ws = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    import_criteria(ws, path)
    import_units(ws, SAMPLES / "don-vi-bao-yen.xlsx")
    create_period(ws, PERIOD, criteria=str(CRITERIA["name"]))
    set_scores(ws, PERIOD, Role.MEMBER, "An", [NewValue("VY-TK", "I.1", Decimal("20"))])
    yield ws
    ws.close()


def test_units_chosen_by_hand_are_rewarded_without_award_rules(ws: Workspace) -> None:
    assert awards(ws, PERIOD)[1] == []
    assert include_units(ws, PERIOD, ["VY-TK", "ND-BH"], reason="Thành tích xuất sắc") == 2
    got = [(line.awarded.row.unit.code, line.awarded.award, line.awarded.manual) for line in awards(ws, PERIOD)[1]]
    assert got == [("VY-TK", "Giấy khen", True), ("ND-BH", "Giấy khen", True)]


def test_a_decision_naming_nobody_or_without_reason_is_refused(ws: Workspace) -> None:
    with pytest.raises(InputError) as exc:
        include_units(ws, PERIOD, [], reason="Thành tích")
    assert render(exc.value.problems[0]) == "Đơn vị: quyết định khen thưởng cần ít nhất một đơn vị"
    with pytest.raises(InputError) as exc:
        include_units(ws, PERIOD, ["VY-TK"], reason=" ")
    assert render(exc.value.problems[0]) == "Lý do: cần ghi lý do khen thưởng"
    with pytest.raises(InputError) as exc:
        include_units(ws, PERIOD, ["VY-TK", "VY-CB1"], reason="Thành tích")
    assert render(exc.value.problems[0]) == "Đơn vị: đơn vị «VY-CB1» không có trong kỳ «Tháng 10/2026»"
    assert awards(ws, PERIOD)[1] == []  # nothing of the refused decision was written


def test_a_locked_period_takes_no_award_by_hand(ws: Workspace) -> None:
    set_locked(ws, PERIOD, True)
    with pytest.raises(PeriodLocked):
        include_units(ws, PERIOD, ["VY-TK"], reason="Thành tích")
