"""The score workbook sent out for a period: layout, validations, protection, meta sheet."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from emulation.excel.score_template import (
    FORMAT,
    TemplateUnit,
    hint,
    sheet_title,
    total_term,
)
from emulation.scoring.criteria import CriteriaSet, Criterion, Kind, Leaf, Level

from .workbooks import PERIOD, VILLAGES, make_template, village_criteria, village_fingerprint


def _sheet(path: Path, title: str = "Điểm") -> Worksheet:
    return openpyxl.load_workbook(path)[title]


def _validations(ws: Worksheet) -> dict[str, DataValidation]:
    """Each validated range (as text) with its validation."""
    return {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}


def test_layout(tmp_path: Path) -> None:
    ws = _sheet(make_template(tmp_path))
    codes = [leaf.code for leaf in village_criteria().leaves]
    assert ws["A1"].value == f"BẢNG CHẤM ĐIỂM — {PERIOD}"
    row2 = [c.value for c in ws[2]]
    assert row2 == ["Mã đơn vị", "Tên đơn vị", *codes, "Tổng (tham khảo)"]
    assert ws["D3"].value == "Tuyên truyền phong trào tại các buổi họp thôn"
    assert ws["D3"].alignment.wrap_text
    hints = dict(zip(codes, [c.value for c in ws[4]][2:], strict=False))
    assert hints == {
        "I.1": "x = 5 điểm", "I.2": "tối đa 5", "I.3": "%", "II.1": "lần/tháng",
        "II.2": "tối đa 15", "II.3": "%", "II.4": "Tốt / Khá / Trung bình / Chưa đạt",
        "III.1": "tối đa 10", "III.2": "%", "III.3": "tối đa 10", "+": "tối đa 5",
        "-": "số lần × 2",
    }
    assert [(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in range(5, 9)] == [
        (u.code, u.name) for u in VILLAGES
    ]
    assert ws.max_row == 8


def test_total_formula(tmp_path: Path) -> None:
    ws = _sheet(make_template(tmp_path))
    total = ws["O5"].value
    assert isinstance(total, str)
    assert total.startswith("=ROUND(IF(OR(C5=\"x\",C5=\"có\",C5=1),5,0)+N(D5)+")
    assert "-MIN(N(N5)*2,10)" in total
    assert 'IF(I5="Tốt",10,IF(I5="Khá",7,' in total


def test_every_input_cell_is_validated(tmp_path: Path) -> None:
    ws = _sheet(make_template(tmp_path))
    dvs = _validations(ws)
    assert set(dvs) == {f"{col}5:{col}8" for col in "CDEFGHIJKLMN"}
    check, points, ratio = dvs["C5:C8"], dvs["D5:D8"], dvs["E5:E8"]
    assert (check.type, check.formula1) == ("list", '"x,có,không"')
    assert (points.type, points.operator, points.formula1, points.formula2) == (
        "decimal", "between", "0", "5",
    )
    assert "bước 0,5" in points.error and points.showErrorMessage
    assert (ratio.type, ratio.operator, ratio.formula1) == ("decimal", "greaterThanOrEqual", "0")
    levels = dvs["I5:I8"]
    assert (levels.type, levels.formula1) == ("list", '"Tốt,Khá,Trung bình,Chưa đạt"')
    penalty = dvs["N5:N8"]
    assert (penalty.type, penalty.operator, penalty.formula1) == (
        "whole", "greaterThanOrEqual", "0",
    )
    bonus = dvs["M5:M8"]
    assert (bonus.type, bonus.formula2) == ("decimal", "5")


def test_locked_headers_frozen_panes_and_widths(tmp_path: Path) -> None:
    ws = _sheet(make_template(tmp_path))
    assert ws.protection.sheet
    assert ws.freeze_panes == "C5"
    assert ws["C5"].protection.locked is False
    assert ws["N8"].protection.locked is False
    for locked in ("A5", "B5", "C2", "C3", "C4", "O5"):
        assert ws[locked].protection.locked is True
    assert ws.column_dimensions["B"].width >= 30
    assert ws.row_dimensions[3].height >= 60


def test_hidden_meta_sheet(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(make_template(tmp_path))
    assert wb.sheetnames == ["Điểm", "_meta"]
    meta = wb["_meta"]
    assert meta.sheet_state == "hidden"
    rows = {row[0]: row[1:] for row in meta.iter_rows(values_only=True)}
    assert rows["format"][0] == FORMAT
    assert rows["period"][0] == PERIOD
    assert rows["fingerprint"][0] == village_fingerprint()
    assert list(rows["leaves"]) == [leaf.code for leaf in village_criteria().leaves]


def test_sheet_per_parent(tmp_path: Path) -> None:
    long_name = "Ủy ban nhân dân xã Vĩnh Yên: thôn/bản [cũ]*?"
    units = [
        *VILLAGES,
        TemplateUnit("X-1", "Thôn Một", "X", long_name),
        TemplateUnit("Y-1", "Thôn Hai", "Y", long_name),
        TemplateUnit("VY", "Xã Vĩnh Yên"),
    ]
    wb = openpyxl.load_workbook(make_template(tmp_path, units=units, sheet_per_parent=True))
    assert wb.sheetnames == [
        "Xã Vĩnh Yên", "Xã Nghĩa Đô", "Ủy ban nhân dân xã Vĩnh Yên thô",
        "Ủy ban nhân dân xã Vĩnh Yên (2)", "Điểm", "_meta",
    ]
    first = wb["Xã Vĩnh Yên"]
    assert first["A1"].value == f"BẢNG CHẤM ĐIỂM — {PERIOD} — Xã Vĩnh Yên"
    assert [first.cell(r, 1).value for r in (5, 6)] == ["VY-TK", "VY-NM"]
    assert first.max_row == 6
    assert wb["Điểm"]["A5"].value == "VY"
    for ws in wb.worksheets[:-1]:
        assert ws.protection.sheet and ws.freeze_panes == "C5"
        assert ws.data_validations.dataValidation


def test_sheet_titles() -> None:
    assert sheet_title("a/b\\c[d]e:f*g?h", set()) == "a b c d e f g h"
    assert sheet_title("'Thôn'", set()) == "Thôn"
    assert sheet_title("", set()) == "Điểm"
    assert sheet_title("điểm", {"điểm"}) == "điểm (2)"
    assert sheet_title("x" * 40, {"x" * 31}) == "x" * 27 + " (2)"
    assert len(sheet_title("Thôn " * 20, set())) <= 31


def test_labels_with_commas_use_a_hidden_list(tmp_path: Path) -> None:
    leaf = Criterion("1", "Mức độ", Kind.LEVELS, levels=(
        Level("Tốt, đều", Decimal(10)), Level("Chưa, chậm", Decimal(0)),
    ))
    criteria = CriteriaSet("Thử", Decimal(10), (leaf,))
    path = make_template(tmp_path, criteria=criteria, fingerprint="abc")
    wb = openpyxl.load_workbook(path)
    assert wb["_lists"].sheet_state == "hidden"
    assert [c.value for c in wb["_lists"]["A"]] == ["Tốt, đều", "Chưa, chậm"]
    dv = wb["Điểm"].data_validations.dataValidation[0]
    assert dv.formula1 == "'_lists'!$A$1:$A$2"


def test_no_units_still_gives_a_workbook(tmp_path: Path) -> None:
    ws = _sheet(make_template(tmp_path, units=[]))
    assert ws["C2"].value == "I.1"
    assert not ws.data_validations.dataValidation


@pytest.mark.parametrize(
    ("kind", "fields", "expected"),
    [
        (Kind.PENALTY, {"max": Decimal(10)}, "trừ tối đa 10"),
        (Kind.POINTS, {"max": Decimal("7.5")}, "tối đa 7,5"),
        (Kind.BANDS, {}, "số đo"),
    ],
)
def test_hints(kind: Kind, fields: dict[str, Decimal], expected: str) -> None:
    leaf = Leaf("1", Criterion("1", "T", kind, **fields), ())  # type: ignore[arg-type]
    assert hint(leaf) == expected


def test_total_term_of_a_penalty_without_per_item() -> None:
    leaf = Leaf("-", Criterion("-", "Trừ", Kind.PENALTY, max=Decimal(10)), ())
    assert total_term(leaf, "N5") == "-MIN(N(N5),10)"


def test_long_prompts_are_cut_to_what_excel_accepts(tmp_path: Path) -> None:
    levels = tuple(Level(f"Mức số {i} rất dài dòng", Decimal(i)) for i in range(30))
    leaf = Criterion("1", "Mức độ", Kind.LEVELS, levels=levels)
    path = make_template(tmp_path, criteria=CriteriaSet("Thử", Decimal(30), (leaf,)))
    dv = openpyxl.load_workbook(path)["Điểm"].data_validations.dataValidation[0]
    assert dv.prompt is not None and len(dv.prompt) <= 255
    assert dv.error is not None and dv.error.endswith("…")
