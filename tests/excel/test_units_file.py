"""The units table: the sample file, CSV, header words, faults, and writing it back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from emulation.excel.safe_open import WorkbookRefused
from emulation.excel.units_file import UnitRecord, read_units, write_units
from emulation.i18n import render

from .workbooks import UNITS_SAMPLE


def _xlsx(path: Path, rows: list[list[object]], title: str = "Đơn vị") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _messages(problems: list) -> list[str]:
    return [render(p) for p in problems]


def test_the_sample_units() -> None:
    records, problems = read_units(UNITS_SAMPLE)
    assert problems == []
    assert len(records) == 19
    by_code = {r.code: r for r in records}
    assert by_code["ND-ĐL"] == UnitRecord(
        "ND-ĐL", "Thôn Đông Lai", "thôn", "ND", None, "don-vi-bao-yen.xlsx › Đơn vị › A10"
    )
    assert by_code["VY"].parent_code is None
    assert {r.code: r.cluster for r in records if r.cluster} == {
        "VY": "Cụm 1", "ND": "Cụm 1", "PR": "Cụm 2",
    }
    assert by_code["PR-THCS"].kind == "trường học"
    assert by_code["VY-CB2"].parent_code == "VY"


def test_csv_with_bom_semicolons_title_rows_and_other_header_words(tmp_path: Path) -> None:
    text = (
        "DANH SÁCH ĐƠN VỊ;;;;\n"
        ";;;;\n"
        "Mã đơn vị;Tên đơn vị;Loại đơn vị;Đơn vị cấp trên;Cụm thi đua\n"
        "VY;Xã Vĩnh Yên;xã;;Cụm 1\n"
        "VY-TK;Thôn Tổng Kim;thôn;VY;\n"
        ";;;;\n"
        "ND-ĐL;Thôn Đông Lai;thôn;ND;\n"
    )
    path = tmp_path / "don-vi.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    records, problems = read_units(path)
    assert problems == []
    assert [(r.code, r.name, r.kind, r.parent_code, r.cluster) for r in records] == [
        ("VY", "Xã Vĩnh Yên", "xã", None, "Cụm 1"),
        ("VY-TK", "Thôn Tổng Kim", "thôn", "VY", None),
        ("ND-ĐL", "Thôn Đông Lai", "thôn", "ND", None),
    ]
    assert records[2].where == "don-vi.csv › A7"


def test_csv_without_bom_with_commas_and_decomposed_text(tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    decomposed = "Tho\u0302n Đo\u0302\u0300ng Ta\u0302m"
    path.write_text(f'Mã,Tên,Khối\nND-DT,"{decomposed}",Khối thôn\n', encoding="utf-8")
    records, problems = read_units(path)
    assert problems == []
    assert records[0].name == "Thôn Đồng Tâm"
    assert records[0].cluster == "Khối thôn"


def test_csv_in_an_encoding_that_cannot_be_told(tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    path.write_bytes("Ma,Ten\nVY,東京都\n".encode("shift_jis"))
    with pytest.raises(WorkbookRefused, match=r"csv_encoding_unknown") as info:
        read_units(path)
    assert info.value.file_name == "units.csv"


def test_numbers_as_codes_read_as_text(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Mã", "Tên", "Thuộc"], [1, "Xã Một", None], [2.0, "Thôn Hai", 1]]
    path = _xlsx(tmp_path / "u.xlsx", rows)
    records, problems = read_units(path)
    assert problems == []
    assert [(r.code, r.parent_code) for r in records] == [("1", None), ("2", "1")]


def test_duplicate_and_missing_codes_and_names(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "u.xlsx", [
        ["Mã", "Tên", "Loại"],
        ["VY", "Xã Vĩnh Yên", "xã"],
        [None, "Thôn không mã", "thôn"],
        ["VY-TK", None, "thôn"],
        [" VY ", "Xã Vĩnh Yên (lần hai)", "xã"],
    ])
    records, problems = read_units(path)
    assert records == []
    assert _messages(problems) == [
        "u.xlsx › Đơn vị › A3: thiếu mã đơn vị",
        "u.xlsx › Đơn vị › B4: thiếu tên đơn vị",
        "u.xlsx › Đơn vị › A5: mã «VY» dùng hai lần (cả ở u.xlsx › Đơn vị › A2)",
    ]


def test_a_parent_not_in_the_file_is_left_to_the_caller(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "u.xlsx", [["Mã", "Tên", "Thuộc"], ["VY-TK", "Thôn Tổng Kim", "VY"]])
    records, problems = read_units(path)
    assert problems == []
    assert records[0].parent_code == "VY"


def test_own_parent_and_a_circle(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "u.xlsx", [
        ["Mã", "Tên", "Thuộc"],
        ["A", "Đơn vị A", "B"],
        ["B", "Đơn vị B", "C"],
        ["C", "Đơn vị C", "A"],
        ["D", "Đơn vị D", "D"],
        ["E", "Đơn vị E", "A"],
    ])
    records, problems = read_units(path)
    assert records == []
    assert _messages(problems) == [
        "u.xlsx › Đơn vị › C5: một đơn vị không thể trực thuộc chính nó",
        "u.xlsx › Đơn vị › C2: các đơn vị A → B → C → A trực thuộc lẫn nhau thành vòng tròn",
    ]


def test_no_header(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "u.xlsx", [["Danh sách"], ["VY", "Xã Vĩnh Yên"]])
    _records, problems = read_units(path)
    assert _messages(problems) == ["u.xlsx: không có dòng tiêu đề (Mã, Tên) trong 10 dòng đầu"]


def test_header_but_no_units(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "u.xlsx", [["Mã", "Tên"]])
    assert _messages(read_units(path)[1]) == ["u.xlsx: không có đơn vị nào dưới dòng tiêu đề"]


def test_a_non_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "units.xlsx"
    path.write_text("Mã,Tên\n", encoding="utf-8")
    with pytest.raises(WorkbookRefused, match=r"units\.xlsx"):
        read_units(path)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_write_and_read_back(tmp_path: Path, suffix: str) -> None:
    records, _ = read_units(UNITS_SAMPLE)
    path = tmp_path / f"out{suffix}"
    write_units(path, records)
    again, problems = read_units(path)
    assert problems == []
    strip = [(r.code, r.name, r.kind, r.parent_code, r.cluster) for r in records]
    assert [(r.code, r.name, r.kind, r.parent_code, r.cluster) for r in again] == strip


def test_written_workbook_layout(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_units(path, [UnitRecord("01", "Xã Một")])
    ws = openpyxl.load_workbook(path)["Đơn vị"]
    assert [c.value for c in ws[1]] == ["Mã", "Tên", "Loại", "Thuộc", "Cụm"]
    assert ws["A2"].value == "01"
    assert ws.freeze_panes == "A2"
