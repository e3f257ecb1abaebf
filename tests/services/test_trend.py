"""A unit's trend follows the periods of the same criteria set, oldest first."""

from __future__ import annotations

from pathlib import Path

from emulation.services.demo import build_demo
from emulation.services.periods import list_periods
from emulation.services.results import rank
from emulation.services.trend import unit_trend
from emulation.services.workspace import Workspace


def test_trend_matches_each_period_ranking(tmp_path: Path) -> None:
    ws = Workspace.open(str(tmp_path / "t.sqlite"))
    build_demo(ws)
    months = [p for p in list_periods(ws) if p.kind == "month" and p.criteria.startswith("Chấm điểm thôn")]
    leader = rank(ws, months[-1].name).rows[0]
    points = unit_trend(ws, months[-1].name, leader.unit.code)
    assert [p.period for p in points] == [p.name for p in months]
    for point in points:
        row = next(r for r in rank(ws, point.period).rows if r.unit.code == leader.unit.code)
        assert (point.total, point.rank, point.grade) == (row.total, row.rank, row.grade)
    ws.close()

