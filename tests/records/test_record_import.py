"""Activity records in from a workbook: all of it or nothing, every fault by file › sheet › cell."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from emulation.i18n.audit import action_name
from tests.cli.conftest import Run
from tests.records.district import DIEM_DEN_HEAD, diem_den_rows, ho_so_rows, workbook


def test_builtin_types_are_there_and_editable(district: Run, tmp_path: Path) -> None:
    types = {t["code"]: t for t in district("records", "types", "--json").json()["types"]}
    assert [types[c]["name"] for c in ("ra-quan", "tiep-xuc", "diem-den", "sinh-hoat", "ho-so")] == [
        "Ra quân", "Tiếp xúc, đối thoại", "Mỗi tuần một điểm đến", "Sinh hoạt chi bộ", "Hồ sơ hành chính"]
    assert types["sinh-hoat"]["fields"][0]["choices"] == ["Thường kỳ", "Chuyên đề"]
    edited = types["ra-quan"]
    edited["fields"].append({"code": "trees", "label": "Số cây xanh trồng", "kind": "count"})
    doc = tmp_path / "ra-quan.json"
    doc.write_text(__import__("json").dumps(edited, ensure_ascii=False), encoding="utf-8")
    assert district("records", "type-save", str(doc)).code == 0
    again = {t["code"]: t for t in district("records", "types", "--json").json()["types"]}
    assert again["ra-quan"]["fields"][-1]["label"] == "Số cây xanh trồng"
    assert action_name("record_type_saved") in district("audit").out


def test_a_workbook_with_faults_writes_nothing_and_names_each_cell(district: Run, tmp_path: Path) -> None:
    rows = diem_den_rows()
    rows[3][0] = "XX"  # unknown unit → A4
    rows[5][2] = "31/02/2024"  # no such day → C6
    rows[7][4] = "-2"  # negative → E8
    rows[8][3] = "hai"  # not a number → D9
    sinh_hoat = [["Mã đơn vị", "Ngày", "Hình thức"], ["TT", "05/01/2024", "Thường kỳ"],
                 ["TT", "12/01/2024", "Bất thường"]]  # not a choice → C3
    path = workbook(tmp_path / "ghi-nhan.xlsx", {"Mỗi tuần một điểm đến": rows, "Sinh hoạt chi bộ": sinh_hoat,
                                                  "Linh tinh": [["a", "b"]]})
    result = district("records", "import", str(path))
    assert result.code == 2
    for place in ("ghi-nhan.xlsx › Mỗi tuần một điểm đến › A4", "ghi-nhan.xlsx › Mỗi tuần một điểm đến › C6",
                  "ghi-nhan.xlsx › Mỗi tuần một điểm đến › E8", "ghi-nhan.xlsx › Mỗi tuần một điểm đến › D9",
                  "ghi-nhan.xlsx › Sinh hoạt chi bộ › C3", "ghi-nhan.xlsx › Linh tinh"):
        assert place in result.err
    assert "XX" in result.err and "Bất thường" in result.err
    assert len(result.err.strip().splitlines()) == 6
    assert district("records", "list", "--json").json()["rows"] == []
    assert "records_imported" not in district("audit").out


def test_import_export_and_import_again_adds_nothing(district: Run, tmp_path: Path) -> None:
    path = workbook(tmp_path / "ghi-nhan.xlsx", {"Mỗi tuần một điểm đến": diem_den_rows(),
                                                  "Hồ sơ hành chính": ho_so_rows()})
    first = district("records", "import", str(path))
    assert first.code == 0, first.err
    rows = district("records", "list", "--json").json()["rows"]
    assert len(rows) == 24
    assert rows[0] == {"id": rows[0]["id"], "type": "diem-den", "unit": "TT", "date": "05/01/2024",
                       "values": {"households": "2", "cadres": "3", "opinions": "2"}, "note": None}
    out = tmp_path / "xuat.xlsx"
    assert district("records", "export", str(out)).code == 0
    again = district("records", "import", str(out))
    assert again.code == 0
    assert len(district("records", "list", "--json").json()["rows"]) == 24
    assert "records_imported" in district("audit", "--json").out


def test_unknown_column_is_a_fault_not_lost_data(district: Run, tmp_path: Path) -> None:
    head = [*DIEM_DEN_HEAD[:3], "Số hộ đến thâm"]
    path = workbook(tmp_path / "sai.xlsx", {"Mỗi tuần một điểm đến": [head, ["TT", date(2024, 1, 5), 3]]})
    result = district("records", "import", str(path))
    assert result.code == 2
    assert "sai.xlsx › Mỗi tuần một điểm đến › D1" in result.err


def test_typed_record_is_checked_and_audited(district: Run) -> None:
    bad = district("records", "add", "Ra quân", "BY", "10/03/2024", "participants=1,5")
    assert bad.code == 2
    ok = district("records", "add", "ra-quan", "BY", "10/03/2024", "participants=160", "money=78.000.000 đ")
    assert ok.code == 0, ok.err
    row = district("records", "list", "--json").json()["rows"][0]
    assert row["values"] == {"participants": "160", "money": "78000000"}
    assert action_name("record_added") in district("audit").out
