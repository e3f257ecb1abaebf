"""The shared sample files through the command line, as DESIGN and the samples' README say."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from emulation.services.results import rank
from emulation.services.workspace import Workspace

from .conftest import SAMPLES, Run

VILLAGE_JSON = SAMPLES / "tieu-chi-thon-10-phut.json"


def test_criteria_json_round_trips_through_the_database(run: Run, tmp_path: Path) -> None:
    assert run("criteria", "import", str(VILLAGE_JSON)).code == 0
    name = json.loads(VILLAGE_JSON.read_text(encoding="utf-8"))["name"]
    out = tmp_path / "out.json"
    assert run("criteria", "export", name, str(out)).code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(VILLAGE_JSON.read_text(encoding="utf-8"))
    # importing the same document again makes no new revision
    assert "bản 1" in run("criteria", "import", str(VILLAGE_JSON)).out


def test_units_import_builds_the_tree(run: Run) -> None:
    result = run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx"))
    assert result.code == 0 and "Thêm 19 đơn vị" in result.out
    rows = {r["code"]: r for r in run("units", "list", "--json").json()["rows"]}
    assert len(rows) == 19
    assert rows["ND-ĐL"]["parent_code"] == "ND" and rows["ND-ĐL"]["effective_cluster"] == "Cụm 1"
    assert rows["PR-UB"]["kind"] == "công sở" and rows["PR-UB"]["effective_cluster"] == "Cụm 2"
    assert rows["VY"]["depth"] == 0 and rows["VY-NM"]["depth"] == 1
    order = [r["code"] for r in run("units", "list", "--json").json()["rows"] if r["parent_code"] == "ND"]
    assert order.index("ND-DT") > order.index("ND-ĐL") > order.index("ND-CB1")  # Vietnamese order: Đông < Đồng
    assert "Thêm 0 đơn vị, sửa 0, giữ nguyên 19" in run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx")).out


def test_a_period_scores_only_the_unit_kind_asked_for(run: Run) -> None:
    run("criteria", "import", str(VILLAGE_JSON))
    run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx"))
    name = json.loads(VILLAGE_JSON.read_text(encoding="utf-8"))["name"]
    assert "11 đơn vị" in run("period", "create", "Tháng 10/2026", "--criteria", name).out  # unit_kind "thôn"
    assert "3 đơn vị" in run("period", "create", "Chi bộ 10/2026", "--criteria", name, "--kind", "chi bộ").out
    assert "4 đơn vị" in run("period", "create", "Nghĩa Đô 10", "--criteria", name, "--under", "ND").out


def test_the_hand_filled_form_gives_the_self_score(run: Run, db: Path) -> None:
    assert run("criteria", "import", str(SAMPLES / "tieu-chi-thon-10-phut.xlsx"), "--name", "Thôn (bảng)").code == 0
    run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx"))
    run("period", "create", "Tháng 10/2026", "--criteria", "Thôn (bảng)", "--kind", "thôn")
    result = run("scores", "import", "Tháng 10/2026", str(SAMPLES / "phieu-cham-diem-nam-meng-thang-10.xlsx"))
    assert result.code == 0, result.err
    ws = Workspace.open(str(db))
    try:
        row = next(r for r in rank(ws, "Tháng 10/2026").rows if r.unit.code == "VY-NM")
    finally:
        ws.close()
    assert row.standing.self_total == Decimal("93.75")
    assert row.total == 0 and row.standing.incomplete  # the committee has not scored yet


def test_the_committee_table_imports_as_its_readme_says_and_exports_again(run: Run, tmp_path: Path) -> None:
    result = run("criteria", "import", str(SAMPLES / "tieu-chi-thon-10-phut.xlsx"), "--name", "Thôn (bảng)")
    assert result.code == 0 and "16 tiêu chí, tối đa 100 điểm" in result.out
    out = tmp_path / "bang.xlsx"
    assert run("criteria", "export", "Thôn (bảng)", str(out)).code == 0
    again = run("criteria", "import", str(out), "--name", "Thôn (bảng)")
    assert again.code == 0 and "bản 1" in again.out  # the same set: no new revision
    json_out = tmp_path / "bang.json"
    run("criteria", "export", "Thôn (bảng)", str(json_out))
    doc = json.loads(json_out.read_text(encoding="utf-8"))
    assert doc["bonus_cap"] == 5 and [g["name"] for g in doc["grades"]] == ["Xuất sắc", "Tốt", "Khá", "Chưa đạt"]
    assert doc["vetoes"][0]["cap_grade"] == "Khá"


def test_party_cell_table_with_other_header_words(run: Run) -> None:
    result = run("criteria", "import", str(SAMPLES / "tieu-chi-sinh-hoat-chi-bo.xlsx"), "--name", "Chi bộ")
    assert result.code == 0 and "11 tiêu chí, tối đa 100 điểm" in result.out


def test_units_export_reads_back_unchanged(run: Run, tmp_path: Path) -> None:
    run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx"))
    for name in ("don-vi.xlsx", "don-vi.csv"):
        out = tmp_path / name
        assert run("units", "export", str(out)).out.strip() == f"{out}: 19 đơn vị"
        assert "Thêm 0 đơn vị, sửa 0, giữ nguyên 19" in run("units", "import", str(out)).out
