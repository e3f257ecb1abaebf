"""A small ranking with a tie, two vetoes and a quota, built from domain values."""

from __future__ import annotations

from emulation.scoring.standings import RankedRow, rank_period
from emulation.scoring.units import UnitInfo
from emulation.services.results import Ranking
from tests.scoring.helpers import criteria, member, simple_doc

VETOES = [
    {"code": "K1", "title": "Để xảy ra ô nhiễm", "cap_grade": "Khá"},
    {"code": "K3", "title": "Có đơn thư vượt cấp", "cap_grade": None},
]
QUOTAS = [{"grade": "Xuất sắc", "max_share": 0.2, "of": "Tốt"}]
POINTS = {"U1": ("48", "47"), "U2": ("47", "48"), "U3": ("40", "40"), "U4": ("46", "46"), "U5": ("25", "25"),
          "U6": ("43", "42")}
UNITS = [
    UnitInfo("U1", "Thôn An", "P1", "Cụm 1"),
    UnitInfo("U2", "Thôn Bình", "P1", "Cụm 1"),
    UnitInfo("U3", "Thôn Cao", "P2", "Cụm 1"),
    UnitInfo("U4", "Thôn Đông", "P2", "Cụm 2"),
    UnitInfo("U5", "Thôn Én", "P2", None),
    UnitInfo("U6", "Thôn Gia", "P1", "Cụm 2"),
]


def small_ranking() -> Ranking:
    cs = criteria(simple_doc(vetoes=VETOES, quotas=QUOTAS))
    entries = [
        member(code, leaf, value) for code, values in POINTS.items() for leaf, value in zip("AB", values, strict=True)
    ]
    rows = rank_period(cs, UNITS, entries, {"U4": ["K1"], "U6": ["K3"]})
    return Ranking("Tháng 10/2026", cs, rows, {"P1": "Xã Một", "P2": "Xã Hai"}, False, False)


def row_of(ranking: Ranking, code: str) -> RankedRow:
    return next(r for r in ranking.rows if r.unit.code == code)
