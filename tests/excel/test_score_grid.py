"""Reading a filled score workbook back: values, places of faults, and nothing half-trusted."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from emulation.excel.safe_open import WorkbookRefused
from emulation.excel.score_grid import GridEntry, read_score_grid
from emulation.i18n import render
from emulation.scoring.problems import Problem

from .workbooks import (
    PERIOD,
    cell_of,
    fill,
    known_units,
    make_template,
    village_criteria,
    village_fingerprint,
)


def _read(path: Path, **changes: object) -> tuple[list[GridEntry], list[Problem]]:
    options: dict[str, object] = {
        "period_name": PERIOD, "criteria": village_criteria(),
        "fingerprint": village_fingerprint(), "units": known_units(),
    }
    options.update(changes)
    return read_score_grid(path, **options)  # type: ignore[arg-type]


def _values(entries: list[GridEntry]) -> dict[tuple[str, str], object]:
    return {(e.unit_code, e.leaf_code): e.raw for e in entries}


def _messages(problems: list[Problem]) -> list[str]:
    return [render(p) for p in problems]


def test_an_unfilled_template_reads_empty(tmp_path: Path) -> None:
    assert _read(make_template(tmp_path)) == ([], [])


def test_filled_values_read_back(tmp_path: Path) -> None:
    nfd_upper = unicodedata.normalize("NFD", "TRUNG BÌNH")
    path = fill(make_template(tmp_path), {
        cell_of(0, "I.1"): "x",
        cell_of(0, "I.2"): "4,5",
        cell_of(0, "I.3"): 95,
        cell_of(0, "II.1"): "4",
        cell_of(0, "II.2"): "9.5",
        cell_of(0, "II.4"): "khá",
        cell_of(0, "III.1"): 9.25,
        cell_of(0, "-"): 1,
        cell_of(1, "I.1"): "không",
        cell_of(1, "II.4"): nfd_upper,
        cell_of(1, "+"): " 5 ",
        cell_of(2, "I.2"): "   ",
    })
    entries, problems = _read(path)
    assert problems == []
    assert _values(entries) == {
        ("VY-TK", "I.1"): Decimal(1),
        ("VY-TK", "I.2"): Decimal("4.5"),
        ("VY-TK", "I.3"): Decimal(95),
        ("VY-TK", "II.1"): Decimal(4),
        ("VY-TK", "II.2"): Decimal("9.5"),
        ("VY-TK", "II.4"): "Khá",
        ("VY-TK", "III.1"): Decimal("9.25"),
        ("VY-TK", "-"): Decimal(1),
        ("VY-NM", "I.1"): Decimal(0),
        ("VY-NM", "II.4"): "Trung bình",
        ("VY-NM", "+"): Decimal(5),
    }
    assert GridEntry("VY-TK", "I.2", Decimal("4.5"), "scores.xlsx › Điểm › D5") in entries


def test_every_fault_with_its_cell_and_no_entries(tmp_path: Path) -> None:
    path = fill(make_template(tmp_path), {
        cell_of(0, "I.2"): 12,             # above the max 5
        cell_of(0, "II.2"): "9,3",         # off the step 0,25
        cell_of(1, "III.1"): "chín",       # text in a number cell
        cell_of(1, "I.1"): "có lẽ",        # not yes/no
        cell_of(2, "II.4"): "Rất tốt",     # not a level
        cell_of(2, "III.3"): 8,            # a good value, still not trusted
        "A9": "XX-99", "B9": "Thôn Không Có", "D9": 3,
        "A10": "VY-TK", "B10": "Thôn Tổng Kim", "D10": 4,
    })
    entries, problems = _read(path)
    assert entries == []
    assert _messages(problems) == [
        "scores.xlsx › Điểm › D5: 12 vượt quá điểm tối đa 5",
        "scores.xlsx › Điểm › G5: 9,3 không đúng bước chấm 0,25",
        "scores.xlsx › Điểm › C6: «có lẽ» không phải là câu trả lời có/không (x, có, không, 1, 0 hoặc 5)",
        "scores.xlsx › Điểm › J6: «chín» không phải là số",
        "scores.xlsx › Điểm › I7: «Rất tốt» không phải là một mức: Tốt, Khá, Trung bình, Chưa đạt",
        "scores.xlsx › Điểm › A9: không có đơn vị «XX-99» (Thôn Không Có)",
        "scores.xlsx › Điểm › A10: đơn vị VY-TK có hai dòng (cả ở scores.xlsx › Điểm › A5)",
    ]


def test_a_workbook_for_another_period(tmp_path: Path) -> None:
    path = fill(make_template(tmp_path, period_name="Tháng 9/2026"), {cell_of(0, "I.2"): 5})
    entries, problems = _read(path)
    assert entries == []
    assert _messages(problems) == [
        "scores.xlsx › _meta › B2: sổ tính này dành cho kỳ «Tháng 9/2026», không phải «Tháng 10/2026»",
    ]


def test_a_changed_criteria_set(tmp_path: Path) -> None:
    path = fill(make_template(tmp_path, fingerprint="0123456789abcdef"), {cell_of(0, "I.2"): 5})
    entries, problems = _read(path)
    assert entries == []
    assert _messages(problems) == [
        "scores.xlsx › _meta › B3: bộ tiêu chí đã thay đổi từ khi lập sổ tính này: hãy lập mẫu mới",
    ]


def test_a_foreign_meta_sheet(tmp_path: Path) -> None:
    path = make_template(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["_meta"]["B1"] = "other-format/2"
    wb["_meta"].delete_rows(2)
    wb.save(path)
    assert _messages(_read(path)[1]) == [
        "scores.xlsx › _meta › B1: đây không phải là sổ chấm điểm của chương trình (định dạng «other-format/2»)",
        "scores.xlsx › _meta: sổ tính không ghi kỳ chấm điểm (period)",
    ]


def test_units_matched_by_name_when_the_code_is_blank(tmp_path: Path) -> None:
    old_tone_nfd = unicodedata.normalize("NFD", "khu dân cư  nặm mèng")
    path = fill(make_template(tmp_path), {"A6": None, "B6": old_tone_nfd, cell_of(1, "I.2"): 3})
    entries, problems = _read(path)
    assert problems == []
    assert _values(entries) == {("VY-NM", "I.2"): Decimal(3)}


def test_an_input_formula_without_a_value(tmp_path: Path) -> None:
    path = fill(make_template(tmp_path), {cell_of(0, "I.2"): "=2+2", cell_of(1, "I.2"): 4})
    entries, problems = _read(path)
    assert entries == []
    assert _messages(problems) == [
        "scores.xlsx › Điểm › D5: công thức ở ô này chưa có giá trị đã lưu: hãy gõ số,"
        " hoặc mở và lưu lại tệp bằng Excel",
    ]


def test_sheet_per_parent_reads_every_sheet(tmp_path: Path) -> None:
    path = make_template(tmp_path, sheet_per_parent=True)
    fill(path, {"D5": 5}, sheet="Xã Vĩnh Yên")
    fill(path, {"D6": "2,5", "E6": "A"}, sheet="Xã Nghĩa Đô")
    entries, problems = _read(path)
    assert _messages(problems) == ["scores.xlsx › Xã Nghĩa Đô › E6: «A» không phải là số"]
    fill(path, {"E6": 80}, sheet="Xã Nghĩa Đô")
    entries, problems = _read(path)
    assert problems == []
    assert _values(entries) == {
        ("VY-TK", "I.2"): Decimal(5),
        ("ND-DT", "I.2"): Decimal("2.5"),
        ("ND-DT", "I.3"): Decimal(80),
    }
    assert {e.where for e in entries} >= {"scores.xlsx › Xã Nghĩa Đô › D6"}


def test_a_sheet_laid_out_by_hand(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Tháng 10"
    ws.append(["BẢNG ĐIỂM THÁNG 10"])
    ws.append([])
    ws.append(["STT", "Tên đơn vị", "Mã", "I.2", "Ghi chú", "ii.2"])
    ws.append([1, "Thôn Tổng Kim", "VY-TK", "4,5", "tốt", 10])
    ws.append([2, "Thôn Đông Lai", None, 3, None, None])
    ws.append([None, "Tổng cộng", None, "=SUM(D4:D5)", None, None])
    ws.append([None, "Người lập biểu", None, None, None, None])
    path = tmp_path / "tay.xlsx"
    wb.save(path)
    entries, problems = _read(path)
    assert problems == []
    assert _values(entries) == {
        ("VY-TK", "I.2"): Decimal("4.5"), ("VY-TK", "II.2"): Decimal(10),
        ("ND-ĐL", "I.2"): Decimal(3),
    }


def test_values_without_a_unit_and_a_doubled_column(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Mã", "Tên", "I.2", "I.2"])
    ws.append(["VY-TK", "Thôn Tổng Kim", 4, 4])
    ws.append([None, None, 3, None])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    assert _messages(_read(path)[1]) == [
        "x.xlsx › Sheet › D1: cột I.2 xuất hiện hai lần (cả ở x.xlsx › Sheet › C1)",
        "x.xlsx › Sheet › C3: có giá trị ở dòng không có mã hay tên đơn vị",
    ]


def test_a_workbook_without_criteria_columns(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "empty.xlsx")
    assert _messages(_read(tmp_path / "empty.xlsx")[1]) == [
        "empty.xlsx: không trang tính nào có mã tiêu chí (I.1, I.2…) làm tiêu đề cột",
    ]


@pytest.mark.parametrize(
    "content", [b"", b"TT,Tieu chi\n1,abc\n", b"%PDF-1.4\n", b"PK\x03\x04broken"],
    ids=["empty", "text", "pdf", "truncated-zip"],
)
def test_non_workbooks_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "scores.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookRefused, match=r"^scores\.xlsx: "):
        _read(path)
