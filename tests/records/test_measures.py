"""Criteria that take their values from the records: a period ranked with no score typed,
an override by hand that wins and is audited, and the measure in the interchange format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Run
from tests.records.district import workbook

RESOLVED = {"kind": "ratio", "of": {"kind": "sum", "type": "tiep-xuc", "field": "resolved"},
            "to": {"kind": "sum", "type": "tiep-xuc", "field": "opinions"}}
CRITERIA: dict[str, Any] = {
    "format": "emulation-criteria/1",
    "name": "Dân vận khéo – xã",
    "unit_kind": "xã",
    "max_total": 20,
    "aggregation": "mean",
    "use_self_when_missing": False,
    "tie_breakers": [],
    "criteria": [
        {"code": "1", "title": "Tỷ lệ ý kiến được giải quyết", "kind": "ratio", "max": 10, "target": 100,
         "unit": "%", "measure": RESOLVED},
        {"code": "2", "title": "Số ngày ra quân", "kind": "bands", "unit": "ngày",
         "bands": [{"min": 4, "points": 10}, {"min": 2, "points": 5}, {"min": 0, "points": 0}],
         "measure": {"kind": "count", "type": "ra-quan"}},
    ],
    "grades": [{"name": "Tốt", "min": 15}, {"name": "Chưa đạt", "min": 0}],
    "vetoes": [],
    "quotas": [],
    "awards": [],
}


def _records() -> dict[str, list[list[Any]]]:
    talks = [["Mã đơn vị", "Ngày", "Hình thức", "Số ý kiến tiếp nhận", "Đã giải quyết"],
             ["TT", "12/03/2024", "Thường xuyên", 12, 12], ["TT-1", "15/06/2024", "Đột xuất", 8, 7],
             ["MC", "20/04/2024", "Thường xuyên", 10, 10],
             ["BY", "05/05/2024", "Thường xuyên", 8, 6], ["BY", "05/05/2023", "Thường xuyên", 50, 0]]
    days = [["Mã đơn vị", "Ngày", "Số lượt người tham gia"]]
    days += [["TT", f"0{d}/02/2024", 30] for d in range(1, 4)] + [["TT-1", "10/02/2024", 20]]
    days += [["MC", "01/03/2024", 40], ["MC", "02/03/2024", 40]]
    days += [["BY", f"1{d}/03/2024", 50] for d in range(5)] + [["BY", "31/12/2023", 50]]
    return {"Tiếp xúc, đối thoại": talks, "Ra quân": days}


@pytest.fixture
def period(district: Run, tmp_path: Path) -> Run:
    doc = tmp_path / "tieu-chi.json"
    doc.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    assert district("criteria", "import", str(doc)).code == 0
    assert district("records", "import", str(workbook(tmp_path / "gn.xlsx", _records()))).code == 0
    created = district("period", "create", "Năm 2024", "--criteria", "Dân vận khéo – xã", "--kind", "xã")
    assert created.code == 0, created.err
    return district


def _rows(run: Run) -> dict[str, dict[str, Any]]:
    result = run("rank", "Năm 2024", "--json")
    assert result.code == 0, result.err
    return {r["code"]: r for r in result.json()["rows"]}


def test_units_rank_from_their_records_alone(period: Run) -> None:
    rows = _rows(period)
    # TT (with its hamlet TT-1): 19 of 20 opinions resolved = 95 % → 9,5; 4 days → 10
    assert rows["TT"]["scores"] == {"1": 9.5, "2": 10} and rows["TT"]["total"] == 19.5
    # BY: 6 of 8 = 75 % → 7,5; 5 days in 2024 (the 2023 ones do not count) → 10
    assert rows["BY"]["scores"] == {"1": 7.5, "2": 10} and rows["BY"]["total"] == 17.5
    # MC: 10 of 10 → 10; 2 days → 5
    assert rows["MC"]["total"] == 15
    assert [rows[c]["rank"] for c in ("TT", "BY", "MC")] == [1, 2, 3]
    assert not any(r["incomplete"] for r in rows.values())


def test_the_measured_value_says_where_it_came_from(period: Run) -> None:
    shown = period("measures", "show", "Năm 2024", "--unit", "TT", "--json").json()["rows"]
    ratio, days = shown
    assert ratio["value"] == 95 and len(ratio["records"]) == 2
    assert days["value"] == 4 and days["source"] == '4 ghi nhận "Ra quân", 01/01/2024–31/12/2024'
    assert days["override"] is None


def test_an_override_by_hand_wins_and_is_audited(period: Run) -> None:
    refused = period("measures", "override", "Năm 2024", "MC", "2", "4", "--reason", " ")
    assert refused.code == 2 and "lý do" in refused.err
    done = period("measures", "override", "Năm 2024", "MC", "2", "4", "--reason", "Hai buổi ghi sổ giấy")
    assert done.code == 0, done.err
    rows = _rows(period)
    assert rows["MC"]["scores"]["2"] == 10 and rows["MC"]["total"] == 20 and rows["MC"]["rank"] == 1
    log = period("audit", "Năm 2024", "--json").json()["rows"]
    entry = next(r for r in log if r["action"] == "measure_overridden")
    assert (entry["unit"], entry["field"], entry["new"], entry["detail"]) == ("MC", "2", "4", "Hai buổi ghi sổ giấy")
    assert period("measures", "clear", "Năm 2024", "MC", "2", "--reason", "Đã nhập đủ sổ").code == 0
    assert _rows(period)["MC"]["total"] == 15


def test_records_used_by_a_locked_period_are_locked(period: Run, tmp_path: Path) -> None:
    assert period("lock", "Năm 2024").code == 0
    refused = period("records", "add", "ra-quan", "MC", "05/03/2024", "participants=10")
    assert refused.code == 2 and "Năm 2024" in refused.err
    assert period("records", "add", "ra-quan", "MC", "05/03/2025", "participants=10").code == 0
    assert _rows(period)["MC"]["total"] == 15


def test_the_measure_round_trips_through_the_interchange_format(period: Run, tmp_path: Path) -> None:
    out = tmp_path / "ra.json"
    assert period("criteria", "export", "Dân vận khéo – xã", str(out)).code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["criteria"][0]["measure"] == RESOLVED
    assert exported["criteria"][1]["measure"] == {"kind": "count", "type": "ra-quan"}


def test_a_wrong_measure_is_named_by_its_json_path(district: Run, tmp_path: Path) -> None:
    doc = json.loads(json.dumps(CRITERIA))
    doc["criteria"][0]["measure"] = {"kind": "ratio", "of": {"kind": "sum", "type": "tiep-xuc"}}
    doc["criteria"][1]["kind"] = "points"
    doc["criteria"][1]["max"] = 10
    del doc["criteria"][1]["bands"]
    doc["criteria"].append({"code": "3", "title": "Có", "kind": "check", "max": 1, "measure": {"kind": "models"}})
    path = tmp_path / "sai.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = district("criteria", "import", str(path))
    assert result.code == 2
    assert "criteria[0].measure.of.field" in result.err
    assert "criteria[0].measure.to" in result.err
    assert "criteria[2].measure" in result.err


def test_a_measure_of_an_unknown_record_type_is_refused(district: Run, tmp_path: Path) -> None:
    doc = json.loads(json.dumps(CRITERIA))
    doc["criteria"][1]["measure"] = {"kind": "count", "type": "ra-quan-dem"}
    path = tmp_path / "sai.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = district("criteria", "import", str(path))
    assert result.code == 2
    assert result.err.strip() == 'lỗi: 2: không có loại ghi nhận "ra-quan-dem" (xem: emulation records types)'
    assert "Dân vận khéo" not in district("criteria", "list").out


def test_a_score_typed_for_a_measured_leaf_is_refused(period: Run, tmp_path: Path) -> None:
    import openpyxl

    template = tmp_path / "mau.xlsx"
    assert period("scores", "template", "Năm 2024", str(template)).code == 0
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    column = next(c.column for row in ws.iter_rows(max_row=6) for c in row if c.value == "2")
    row = next(c.row for c in ws["A"] if c.value == "MC")
    ws.cell(row=row, column=column, value=4)
    wb.save(template)
    result = period("scores", "import", "Năm 2024", str(template), "--scorer", "Lò Văn Minh")
    assert result.code == 2
    assert "tiêu chí 2 lấy giá trị từ số đo" in result.err
    assert _rows(period)["MC"]["total"] == 15
