"""DESIGN §3 through the command line: each scorer's penalty is capped before the committee's points are aggregated."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from .conftest import Run

PERIOD = "Tháng 11/2026"


def criteria_doc(aggregation: str) -> dict[str, object]:
    return {
        "format": "emulation-criteria/1",
        "name": f"Điểm trừ theo từng người chấm ({aggregation})",
        "max_total": 100,
        "aggregation": aggregation,
        "criteria": [
            {"code": "I", "title": "Vệ sinh môi trường", "kind": "points", "max": 100},
            {"code": "-", "title": "Điểm trừ", "kind": "penalty", "per_item": 2.5, "max": 10},
        ],
        "grades": [{"name": "Tốt", "min": 50}, {"name": "Chưa đạt", "min": 0}],
    }


def fill(template: Path, out: Path, count: int) -> Path:
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    header = next(r for r in range(1, 10) if ws.cell(r, 3).value == "I")
    columns = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    row = next(r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 1).value == "T1")
    ws.cell(row, columns["I"]).value = 90
    ws.cell(row, columns["-"]).value = count
    wb.save(out)
    return out


@pytest.mark.parametrize(
    ("aggregation", "penalty_counts", "penalty", "total"),
    [("mean", (5, 1), 6.25, 83.75), ("median", (3, 3, 5, 5), 8.75, 81.25)],
)
def test_rank_json_caps_each_scorers_penalty(
    run: Run, tmp_path: Path, aggregation: str, penalty_counts: tuple[int, ...], penalty: float, total: float
) -> None:
    doc = criteria_doc(aggregation)
    (tmp_path / "tieu-chi.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "don-vi.csv").write_text("Mã,Tên,Loại\nT1,Thôn Một,thôn\n", encoding="utf-8")
    assert run("criteria", "import", str(tmp_path / "tieu-chi.json")).code == 0
    assert run("units", "import", str(tmp_path / "don-vi.csv")).code == 0
    assert run("period", "create", PERIOD, "--criteria", str(doc["name"])).code == 0
    template = tmp_path / "mau.xlsx"
    assert run("scores", "template", PERIOD, str(template)).code == 0
    for i, count in enumerate(penalty_counts):
        filled = fill(template, tmp_path / f"m{i}.xlsx", count)
        result = run("scores", "import", PERIOD, str(filled), "--scorer", f"Thành viên {i + 1}")
        assert result.code == 0, result.err
    row = run("rank", PERIOD, "--json").json()["rows"][0]
    assert (row["code"], row["scores"]["-"], row["total"]) == ("T1", penalty, total)
