"""Reading the per-unit forms villages fill in by hand."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path

from openpyxl import Workbook

from emulation.excel.criteria_table import read_criteria_table
from emulation.excel.hand_form import HandFormEntry, KnownUnit, read_hand_forms
from emulation.i18n import render
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.evaluation import evaluate, leaf_values
from emulation.scoring.scores import Role, ScoreEntry
from tests.data import SAMPLES

FORM_SAMPLE = SAMPLES / "phieu-cham-diem-nam-meng-thang-10.xlsx"
UNITS = (
    KnownUnit("VY-TK", "Thôn Tổng Kim"),
    KnownUnit("VY-NM", "Khu dân cư Nặm Mèng"),
    KnownUnit("XH-HB", "Thôn Hòa Bình"),
)
HEADER = ("TT", "Tiêu chí", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định")
#: Rows of a short form for the village table; data start on row 4.
ROWS: tuple[tuple[object, ...], ...] = (
    ("I", "CÔNG TÁC LÃNH ĐẠO", 20),
    ("1", "Có kế hoạch", 5, 5, 4),
    ("2", "Tuyên truyền", 5, "4,5", "4.5"),
    ("II", "VỆ SINH MÔI TRƯỜNG", 50),
    ("1", "Ra quân", 15),
    ("1.1", "Ra quân đủ 04 lần", 10, 9.25),
    ("2", "Thu gom rác", 15),
    ("a)", "Có điểm tập kết", 5, None, 5),
    ("V", "ĐIỂM TRỪ"),
    ("1", "Đốt rác", "Trừ 2 điểm/lần", 2, 1),
    ("", "TỔNG ĐIỂM", 100, "=SUM(D4:D13)", "=SUM(E4:E13)"),
)


@cache
def village_criteria() -> CriteriaSet:
    cs, problems = read_criteria_table(SAMPLES / "tieu-chi-thon-10-phut.xlsx")
    assert cs is not None and not problems
    return cs


def write_forms(
    path: Path, sheets: Mapping[str, tuple[str | None, Sequence[Sequence[object]]]],
    header: Sequence[str] = HEADER,
) -> Path:
    wb = Workbook()
    wb.remove(wb.worksheets[0])
    for title, (unit_line, rows) in sheets.items():
        ws = wb.create_sheet(title)
        ws.append(["PHIẾU CHẤM ĐIỂM THÁNG 10/2026"])
        ws.append([unit_line] if unit_line else [])
        ws.append(list(header))
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def read(path: Path) -> tuple[list[HandFormEntry], list[str]]:
    entries, problems = read_hand_forms(path, criteria=village_criteria(), units=UNITS)
    return entries, [render(p) for p in problems]


def values(entries: list[HandFormEntry]) -> list[tuple[str, str, str, object]]:
    return [(e.unit_code, e.leaf_code, e.role.value, e.raw) for e in entries]


# --- the sample --------------------------------------------------------------------------------


def test_sample_form_entries() -> None:
    entries, problems = read(FORM_SAMPLE)
    assert problems == []
    expected = {
        "I.1": "5", "I.2": "4.5", "I.3": "9.5", "II.1.1": "10", "II.1.2": "5", "II.2.a": "5",
        "II.2.b": "3", "II.2.c": "5", "II.3": "8", "II.4": "9.25", "III.1": "9", "III.2": "7.5",
        "III.3": "10", "IV.1": "5", "V.1": "1", "V.2": "0",
    }
    assert values(entries) == [
        ("VY-NM", code, "self", Decimal(raw)) for code, raw in expected.items()
    ]
    assert entries[1].where == "phieu-cham-diem-nam-meng-thang-10.xlsx › Nặm Mèng › D7"
    assert entries[-2].where.endswith("› D26")


def test_sample_form_self_score_total() -> None:
    cs = village_criteria()
    entries, _ = read(FORM_SAMPLE)
    scores = [ScoreEntry(e.unit_code, e.leaf_code, e.role, "VY-NM", e.raw) for e in entries]
    own = leaf_values(cs, scores).self_points
    result = evaluate(cs, own)
    assert (result.base, result.bonus, result.penalty) == (Decimal("90.75"), 5, 2)
    assert result.total == Decimal("93.75")


# --- forms written here ------------------------------------------------------------------------


def test_self_and_official_columns(tmp_path: Path) -> None:
    path = write_forms(tmp_path / "f.xlsx", {"Tổng Kim": ("Đơn vị: Thôn Tổng Kim", ROWS)})
    entries, problems = read(path)
    assert problems == []
    assert values(entries) == [
        ("VY-TK", "I.1", "self", 5), ("VY-TK", "I.1", "official", 4),
        ("VY-TK", "I.2", "self", Decimal("4.5")), ("VY-TK", "I.2", "official", Decimal("4.5")),
        ("VY-TK", "II.1.1", "self", Decimal("9.25")),
        ("VY-TK", "II.2.a", "official", 5),
        ("VY-TK", "V.1", "self", 2), ("VY-TK", "V.1", "official", 1),
    ]
    assert entries[1].role is Role.OFFICIAL
    assert entries[-1].where == "f.xlsx › Tổng Kim › E13"


def test_decomposed_unicode_and_old_tone_placement(tmp_path: Path) -> None:
    line = unicodedata.normalize("NFD", "Đơn vị:   thôn  HOÀ BÌNH")
    path = write_forms(tmp_path / "f.xlsx", {"Phiếu": (line, ROWS[:2])})
    entries, problems = read(path)
    assert problems == []
    assert values(entries) == [("XH-HB", "I.1", "self", 5), ("XH-HB", "I.1", "official", 4)]


def test_unit_by_sheet_name_code_or_name(tmp_path: Path) -> None:
    path = write_forms(
        tmp_path / "f.xlsx", {"VY-TK": (None, ROWS[:2]), "Thôn Hoà Bình": (None, ROWS[:2])},
    )
    entries, problems = read(path)
    assert problems == []
    assert sorted({e.unit_code for e in entries}) == ["VY-TK", "XH-HB"]


def test_unit_code_in_brackets_on_the_line(tmp_path: Path) -> None:
    path = write_forms(tmp_path / "f.xlsx", {"S": ("Đơn vị: Nặm Mèng (VY-NM)", ROWS[:2])})
    entries, problems = read(path)
    assert problems == [] and {e.unit_code for e in entries} == {"VY-NM"}


def test_unknown_unit(tmp_path: Path) -> None:
    path = write_forms(
        tmp_path / "f.xlsx",
        {"Nà Hu": ("Đơn vị: Thôn Nà Hu", ROWS[:2]), "Sheet9": (None, ROWS[:2])},
    )
    entries, problems = read(path)
    assert entries == []
    assert problems == [
        "f.xlsx › Nà Hu › A2: «Thôn Nà Hu» không phải là một đơn vị đã biết (không khớp mã hay tên), tên trang tính"
        " cũng vậy",
        "f.xlsx › Sheet9: trang tính «Sheet9» không mang tên đơn vị nào đã biết và không có dòng «Đơn vị: …» phía"
        " trên tiêu đề",
    ]


def test_same_unit_twice(tmp_path: Path) -> None:
    sheets = {"VY-TK": (None, ROWS[:2]), "B": ("Đơn vị: VY-TK", [])}
    _, problems = read(write_forms(tmp_path / "f.xlsx", sheets))
    assert problems == [
        "f.xlsx › B: đơn vị VY-TK (Thôn Tổng Kim) đã có phiếu ở trang tính VY-TK"
    ]


def test_bad_values_each_with_its_cell(tmp_path: Path) -> None:
    rows = [
        ("I", "CÔNG TÁC LÃNH ĐẠO", 20, 19),
        ("1", "Có kế hoạch", 5, 6),
        ("2", "Tuyên truyền", 5, "4,3", "bốn"),
        ("4", "Không có trong bảng", 5, 1),
        ("-", "hướng dẫn", None, 1),
        ("V", "ĐIỂM TRỪ"),
        ("1", "Đốt rác", "Trừ 2 điểm/lần", "1,5"),
        ("2", "Không ra quân", "Trừ 5 điểm/lần", "=1+1"),
    ]
    entries, problems = read(write_forms(tmp_path / "f.xlsx", {"VY-TK": (None, rows)}))
    assert entries == []
    assert problems == [
        "f.xlsx › VY-TK › D4: I là một nhóm: hãy chấm các tiêu chí bên trong, không chấm nhóm",
        "f.xlsx › VY-TK › D5: 6 vượt quá điểm tối đa 5",
        "f.xlsx › VY-TK › D6: 4,3 không đúng bước chấm 0,25",
        "f.xlsx › VY-TK › E6: «bốn» không phải là số",
        "f.xlsx › VY-TK › A7: bộ tiêu chí không có mục I.4",
        "f.xlsx › VY-TK › D8: có giá trị ở dòng không mang số thứ tự tiêu chí",
        "f.xlsx › VY-TK › D10: 1,5 không phải là số lần (số nguyên)",
        "f.xlsx › VY-TK › D11: công thức ở ô này chưa có giá trị đã lưu: hãy gõ số, hoặc mở và lưu lại tệp bằng Excel",
    ]


def test_subtotal_formulas_on_group_rows_are_not_scores(tmp_path: Path) -> None:
    rows = [("I", "Nhóm", 20, "=SUM(D5:D6)", "=D5"), *ROWS[1:3]]
    entries, problems = read(write_forms(tmp_path / "f.xlsx", {"VY-TK": (None, rows)}))
    assert problems == []
    assert [e.leaf_code for e in entries] == ["I.1", "I.1", "I.2", "I.2"]


def _save_cached(path: Path, formula: str, cached: str) -> None:
    """Give a formula the value Excel would have saved with it (openpyxl saves none; its empty value is
    written ``<v />`` or ``<v></v>`` depending on whether lxml is installed)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    empty = rb"</f>(<v />|<v></v>)"
    filled = f"<f>{formula}</f><v>{cached}</v>".encode()
    parts[sheet] = re.sub(rb"<f>" + re.escape(formula.encode()) + empty, filled, parts[sheet])
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_formula_read_from_its_saved_value(tmp_path: Path) -> None:
    rows = [ROWS[0], ("1", "Có kế hoạch", 5, "=2+2.5")]
    path = write_forms(tmp_path / "f.xlsx", {"VY-TK": (None, rows)})
    _save_cached(path, "2+2.5", "4.5")
    entries, problems = read(path)
    assert problems == []
    assert values(entries) == [("VY-TK", "I.1", "self", Decimal("4.5"))]


def test_bad_numbering_is_reported(tmp_path: Path) -> None:
    rows = [("I", "Nhóm", 20), ("1.1", "Lạc", 10, 5)]
    _, problems = read(write_forms(tmp_path / "f.xlsx", {"VY-TK": (None, rows)}))
    assert problems == ["f.xlsx › VY-TK › A5: «1.1» không có mục «1» ở phía trên để trực thuộc"]


def test_two_row_header_and_other_words(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "VY-NM"
    ws.append(["STT", "Nội dung", "Thang điểm", "Điểm", None])
    ws.append([None, None, None, "Tự chấm", "Thẩm định"])
    ws.merge_cells("D1:E1")
    ws.append(["I", "Nhóm", 20])
    ws.append(["1.", "Có kế hoạch", 5, "5", 5])
    wb.save(tmp_path / "f.xlsx")
    entries, problems = read(tmp_path / "f.xlsx")
    assert problems == []
    assert values(entries) == [("VY-NM", "I.1", "self", 5), ("VY-NM", "I.1", "official", 5)]


def test_header_without_score_columns(tmp_path: Path) -> None:
    header = ("TT", "Tiêu chí", "Điểm")
    _, problems = read(write_forms(tmp_path / "f.xlsx", {"VY-TK": (None, ROWS)}, header=header))
    assert problems == [
        "f.xlsx › VY-TK › A3: dòng tiêu đề không có cột Điểm tự chấm hay Điểm thẩm định"
    ]


def test_no_form_at_all(tmp_path: Path) -> None:
    path = write_forms(tmp_path / "f.xlsx", {"Ghi chú": (None, [])}, header=("Ghi chú",))
    _, problems = read(path)
    assert problems == [
        "f.xlsx: không trang tính nào có dòng tiêu đề TT | Tiêu chí | Điểm tự chấm | Điểm thẩm định trong 20 dòng đầu"
    ]


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    path.write_bytes(b"%PDF-1.4")
    entries, problems = read(path)
    assert entries == [] and problems == ["f.xlsx: là tài liệu PDF, không phải sổ tính Excel"]
