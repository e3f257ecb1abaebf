"""A small commune to score by hand: four units, one period, criteria of every kind a cell can take."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from emulation.excel.units_file import UnitRecord
from emulation.scoring.criteria_doc import parse_criteria
from emulation.scoring.scores import Role
from emulation.services.criteria import store_criteria
from emulation.services.periods import create_period
from emulation.services.score_sheet import ScoreSheet
from emulation.services.scores import NewValue, set_scores
from emulation.services.units import save_units
from emulation.services.workspace import Workspace
from emulation.stepwise import completed
from emulation.ui.scoring.live.reading import live_results_in_steps
from emulation.ui.scoring.live.results import LiveResults

PERIOD = "Tháng 10/2026"
MEMBER = "Nguyễn Văn An"
CRITERIA: dict[str, Any] = {
    "format": "emulation-criteria/1",
    "name": "Chấm thử",
    "max_total": 30,
    "tie_breakers": ["I"],
    "criteria": [
        {
            "code": "I",
            "title": "Vệ sinh",
            "max": 20,
            "children": [
                {"code": "1", "title": "Đường làng sạch", "kind": "points", "max": 10, "step": 0.5},
                {"code": "2", "title": "Có điểm thu gom rác", "kind": "check", "max": 5},
                {
                    "code": "3",
                    "title": "Cây xanh",
                    "kind": "levels",
                    "levels": [{"label": "Tốt", "points": 5}, {"label": "Khá", "points": 3}],
                },
            ],
        },
        {"code": "II", "title": "Hộ ký cam kết", "kind": "ratio", "target": 100, "max": 10, "unit": "%"},
        {"code": "III", "title": "Đốt rác", "kind": "penalty", "per_item": 2, "max": 6, "unit": "lần"},
    ],
    "grades": [{"name": "Tốt", "min": 25}, {"name": "Khá", "min": 15}, {"name": "Chưa đạt", "min": 0}],
    "vetoes": [{"code": "K1", "title": "Vi phạm môi trường", "cap_grade": "Chưa đạt"}],
}
UNITS = [
    UnitRecord("X", "Xã Bảo Hà", "xã", None, "Cụm 1"),
    UnitRecord("Y", "Xã Yên Sơn", "xã", None, "Cụm 2"),
    UnitRecord("X1", "Thôn An", "thôn", "X"),
    UnitRecord("X2", "Thôn Bình", "thôn", "X"),
    UnitRecord("Y1", "Thôn Cường", "thôn", "Y"),
]
#: grid rows in tree order: the communes' villages, communes sorted by name
ROWS = ["X1", "X2", "Y1"]


def build_world(ws: Workspace) -> None:
    cs, problems = parse_criteria(CRITERIA)
    assert cs is not None, problems
    with ws.transaction() as session:
        store_criteria(session, cs, ws.user)
    save_units(ws, UNITS)
    create_period(ws, PERIOD, criteria=cs.name, unit_kind="thôn")
    set_scores(ws, PERIOD, Role.MEMBER, MEMBER, [NewValue("X1", "I.1", Decimal(6))])


def live_of(ws: Workspace, sheet: ScoreSheet) -> LiveResults:
    """The sheet's live results as the grid builds them: the period's standings, then each edited unit's entries."""
    return completed(live_results_in_steps(ws, sheet))
