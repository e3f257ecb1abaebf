"""A small period whose every number is worked out by hand (see test_ranking_scenario.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

CRITERIA: dict[str, Any] = {
    "format": "emulation-criteria/1",
    "name": "Thôn sạch – thử nghiệm",
    "version": "2026",
    "unit_kind": "thôn",
    "max_total": 100,
    "bonus_cap": 5,
    "aggregation": "mean",
    "use_self_when_missing": True,
    "tie_breakers": ["II", "penalty"],
    "criteria": [
        {
            "code": "I",
            "title": "Công tác lãnh đạo",
            "max": 40,
            "children": [
                {"code": "1", "title": "Kế hoạch", "kind": "points", "max": 20, "step": 0.1},
                {"code": "2", "title": "Tuyên truyền", "kind": "points", "max": 20, "step": 0.1},
            ],
        },
        {
            "code": "II",
            "title": "Vệ sinh môi trường",
            "max": 60,
            "children": [
                {"code": "1", "title": "Tỷ lệ hộ ký cam kết", "kind": "ratio", "target": 100, "max": 10, "unit": "%"},
                {"code": "2", "title": "Thu gom rác", "kind": "points", "max": 50},
            ],
        },
        {"code": "+", "title": "Điểm thưởng", "kind": "bonus", "max": 5},
        {"code": "-", "title": "Điểm trừ", "kind": "penalty", "per_item": 2, "max": 10},
    ],
    "grades": [
        {"name": "Xuất sắc", "min": 90},
        {"name": "Tốt", "min": 75},
        {"name": "Khá", "min": 60},
        {"name": "Chưa đạt", "min": 0},
    ],
    "vetoes": [{"code": "K1", "title": "Để xảy ra ô nhiễm môi trường", "cap_grade": "Khá"}],
    "quotas": [{"grade": "Xuất sắc", "max_share": 0.2, "of": "Tốt"}],
    "awards": [{"name": "Giấy khen", "rule": {"top": 1, "per": "parent"}, "amount": 0.3}],
}

LEAVES = ("I.1", "I.2", "II.1", "II.2", "+", "-")

# What each of the three committee members gives (the same for all three unless noted).
MEMBERS: dict[str, tuple[object, ...]] = {
    "VY-TK": (20, 20, 100, 50, None, None),  # 100, but vetoed
    "ND-BH": ("18", "20", 100, 50, None, None),  # I.1 18 / 18 / 18 + official 18,1 → 18,025 → 18,03
    "VY-NM": ("12,4", 20, "87,35", 50, None, None),  # 32,4 + 8,74 + 50 = 91,14
    "PR-1": ("12.8", "19,6", "87.35", 50, None, None),  # same total, other leaves
    "PR-3": (16, None, 100, 40, None, None),  # I.2 only self-scored (15) → 81
    "PR-2": (20, None, 100, 50, None, None),  # I.2 not scored at all → 80, incomplete
    "ND-ĐL": (16, 16, 100, 38, None, None),  # 80, II 48, no penalty
    "VY-BB": (16, 16, 80, 40, 2, 1),  # 80 + 2 − 2 = 80, II 48, penalty 2
    "VY-KP": (15, 15, 90, 40, None, None),  # 79
    "ND-NK": (15, 15, 100, 38, None, None),  # 78, II 48
    "ND-DT": (14, 14, 100, 40, None, None),  # 78, II 50
}


def fill(template: Path, out: Path, values: dict[str, tuple[object, ...]]) -> Path:
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    header_row = next(r for r in range(1, 10) if ws.cell(r, 3).value == LEAVES[0])
    columns = {ws.cell(header_row, c).value: c for c in range(1, ws.max_column + 1)}
    for row in range(header_row + 1, ws.max_row + 1):
        code = ws.cell(row, 1).value
        if code in values:
            for leaf, value in zip(LEAVES, values[code], strict=True):
                ws.cell(row, columns[leaf]).value = value
    wb.save(out)
    return out
