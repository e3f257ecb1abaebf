"""Manual award decisions of a period, as the awards page lists them."""

from __future__ import annotations

from pathlib import Path

from emulation.services.award_decisions import award_decisions, period_decision
from emulation.services.awards import set_override
from emulation.services.demo import build_demo
from emulation.services.periods import list_periods
from emulation.services.results import rank
from emulation.services.workspace import Workspace


def test_award_decisions_list_what_was_decided_by_hand(tmp_path: Path) -> None:
    ws = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    build_demo(ws)
    period = next(p.name for p in list_periods(ws) if p.kind == "month" and not p.locked)
    last = rank(ws, period).rows[-1].unit
    set_override(ws, period, last.code, include=True, reason="Có thành tích đột xuất")
    decisions = award_decisions(ws, period)
    assert [(d.unit_code, d.unit_name, d.include, d.reason, d.by) for d in decisions] == [
        (last.code, last.name, True, "Có thành tích đột xuất", "thư ký")
    ]
    set_override(ws, period, last.code, include=None, reason="")
    assert award_decisions(ws, period) == []
    assert period_decision(ws, period).number is None
    ws.close()
