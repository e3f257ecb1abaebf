"""Writing a criteria set as the published table, and reading it back."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from emulation.excel.criteria_table import read_criteria_table
from emulation.excel.criteria_table_writer import describe_rule, write_criteria_table
from emulation.scoring.criteria import CriteriaSet, Criterion, Kind
from emulation.scoring.criteria_doc import loads, parse_criteria, to_document
from tests.data import SAMPLES


def _sample_table() -> CriteriaSet:
    cs, problems = read_criteria_table(SAMPLES / "tieu-chi-thon-10-phut.xlsx")
    assert cs is not None and not problems
    return cs


def _sample_json() -> CriteriaSet:
    text = (SAMPLES / "tieu-chi-thon-10-phut.json").read_text(encoding="utf-8")
    cs, problems = parse_criteria(loads(text))
    assert cs is not None and not problems
    return cs


def _read_back(path: Path) -> CriteriaSet:
    cs, problems = read_criteria_table(path)
    assert problems == []
    assert cs is not None
    return cs


def _scoring_view(cs: CriteriaSet) -> tuple[object, ...]:
    """What scoring sees: leaves with kind and limits, group ceilings, totals, grades."""
    leaves = [
        (lf.code, lf.kind, lf.criterion.max_points, lf.criterion.per_item, lf.criterion.max)
        for lf in cs.leaves
    ]
    groups = [(code, n.max_points) for code, n in cs.node_by_code.items() if n.is_group]
    return leaves, groups, cs.max_total, cs.effective_bonus_cap, cs.grades, cs.vetoes


def test_the_sample_table_round_trips_exactly(tmp_path: Path) -> None:
    cs = _sample_table()
    path = tmp_path / "bang.xlsx"
    renamed = write_criteria_table(path, cs, title_lines=["HUYỆN ỦY BẢO YÊN - BAN DÂN VẬN"])
    assert renamed == {}
    assert _read_back(path) == cs


def test_the_party_cell_sample_round_trips(tmp_path: Path) -> None:
    cs, _ = read_criteria_table(SAMPLES / "tieu-chi-sinh-hoat-chi-bo.xlsx")
    assert cs is not None
    write_criteria_table(tmp_path / "b.xlsx", cs)
    assert _read_back(tmp_path / "b.xlsx") == cs


def test_layout_fit_to_print(tmp_path: Path) -> None:
    path = tmp_path / "bang.xlsx"
    write_criteria_table(path, _sample_table(), title_lines=["BAN DÂN VẬN"])
    wb = openpyxl.load_workbook(path)
    ws = wb["Tiêu chí"]
    assert sorted(str(r) for r in ws.merged_cells.ranges) == ["A1:E1", "A2:E2"]
    assert ws["A2"].value == "TIÊU CHÍ CHẤM ĐIỂM THÔN, BẢN, TỔ DÂN PHỐ"
    assert ws["A2"].alignment.horizontal == "center"
    assert [c.value for c in ws[4]] == [
        "TT", "Nội dung tiêu chí", "Điểm chuẩn", "Hướng dẫn chấm", "Ghi chú",
    ]
    numbers = [ws.cell(row=r, column=1).value for r in range(5, ws.max_row)]
    assert numbers[:12] == ["I", "1", "2", "3", "II", "1", "1.1", "1.2", "2", "a)", "b)", "c)"]
    assert ws["B5"].font.bold and not ws["B6"].font.bold
    assert ws["C5"].value == 20
    rows = {ws.cell(row=r, column=2).value: r for r in range(5, ws.max_row + 1)}
    penalty = rows["Để xảy ra đốt rác, xả thải gây ô nhiễm môi trường"]
    assert ws.cell(row=penalty, column=3).value == "Trừ 2 điểm/lần"
    assert ws.cell(row=rows["ĐIỂM THƯỞNG"], column=3).value == 5
    assert (ws.cell(row=ws.max_row, column=2).value, ws.cell(row=ws.max_row, column=3).value) == (
        "TỔNG ĐIỂM", 100,
    )
    assert ws["B6"].border.left.style == "thin" and ws["B6"].alignment.wrap_text
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    assert ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$4:$4"
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width
    grades = wb["Xếp loại"]
    assert [c.value for c in grades[1]][:2] == ["Xếp loại", "Điểm từ"]
    assert grades["A7"].value == "Điều kiện khống chế"


def test_richer_kinds_are_written_as_points(tmp_path: Path) -> None:
    cs = _sample_json()
    path = tmp_path / "json.xlsx"
    renamed = write_criteria_table(path, cs)
    assert renamed == {"+": "IV", "-": "V"}
    back = _read_back(path)
    assert back.name == cs.name
    assert [(lf.code, lf.kind, lf.criterion.max_points) for lf in back.leaves] == [
        (renamed.get(lf.code, lf.code),
         lf.kind if lf.kind in (Kind.BONUS, Kind.PENALTY) else Kind.POINTS,
         lf.criterion.max_points)
        for lf in cs.leaves
    ]
    ratio = back.leaf_by_code["I.3"].criterion
    assert ratio.guidance == "Đạt 100%: 10 điểm; thấp hơn tính theo tỷ lệ"
    assert back.leaf_by_code["V"].criterion.per_item == 2
    assert back.leaf_by_code["V"].criterion.max == 10
    assert (back.max_total, back.effective_bonus_cap, back.grades, back.vetoes) == (
        cs.max_total, cs.effective_bonus_cap, cs.grades, cs.vetoes,
    )


def _leaf(code: str, kind: Kind, **fields: object) -> Criterion:
    return Criterion(code=code, title=f"Tiêu chí {code}", kind=kind, **fields)  # type: ignore[arg-type]


def _group(code: str, title: str, *children: Criterion, **fields: object) -> Criterion:
    return Criterion(code=code, title=title, kind=Kind.GROUP, children=children, **fields)  # type: ignore[arg-type]


def _set(*nodes: Criterion, **fields: object) -> CriteriaSet:
    values: dict[str, object] = {"name": "Bảng điểm thử", "max_total": Decimal(10)}
    values.update(fields)
    return CriteriaSet(criteria=nodes, **values)  # type: ignore[arg-type]


D = Decimal


@pytest.mark.parametrize(
    "cs",
    [
        _set(
            _group("I", "Nhóm", _leaf("1", Kind.POINTS, max=D(6)),
                   _group("2", "Có mục con", _leaf("1", Kind.POINTS, max=D("2.5")),
                          _leaf("2", Kind.POINTS, max=D("1.5")))),
            _group("II", "Điểm cộng", _leaf("1", Kind.BONUS, max=D(2)),
                   _leaf("2", Kind.BONUS, max=D(2))),
            _group("III", "Điểm trừ",
                   _leaf("1", Kind.PENALTY, per_item=D(1), unit="đảng viên", max=D(10)),
                   _leaf("2", Kind.PENALTY, per_item=D("0.5"), max=D(3)),
                   _leaf("3", Kind.PENALTY, max=D(4))),
            bonus_cap=D(3),
        ),
        _set(
            _group("1", "Một", _leaf("1", Kind.POINTS, max=D(2)),
                   _leaf("2", Kind.POINTS, max=D(2))),
            _group("2", "Hai", _leaf("a", Kind.POINTS, max=D(2)),
                   _leaf("b", Kind.POINTS, max=D(2))),
            _leaf("3", Kind.POINTS, max=D(2), guidance="Dòng một\nDòng hai", note="ghi chú"),
        ),
        _set(
            _group("I", "Nhóm có trần", _leaf("1", Kind.POINTS, max=D(6)),
                   _leaf("2", Kind.POINTS, max=D(6)), max=D(10)),
            _leaf("II", Kind.BONUS, max=D(1)),
            _leaf("III", Kind.PENALTY, per_item=D(2), max=D(10)),
        ),
        _set(
            _group("I", "Nhóm", _leaf("1", Kind.POINTS, max=D(10)), _leaf("2", Kind.BONUS, max=D(1))),
            _group("II", "Điểm thưởng", _leaf("1", Kind.BONUS, max=D(3)),
                   _leaf("2", Kind.BONUS, max=D(3))),
            bonus_cap=D(4),
        ),
    ],
    ids=["adjustment-groups", "integer-top", "group-ceiling", "bonus-outside-the-heading"],
)
def test_points_bonus_and_penalty_round_trip(tmp_path: Path, cs: CriteriaSet) -> None:
    checked, problems = parse_criteria(to_document(cs))
    assert checked is not None and not problems
    path = tmp_path / "t.xlsx"
    assert write_criteria_table(path, checked) == {}
    assert _read_back(path) == checked


def test_codes_the_numbering_cannot_show_are_renumbered(tmp_path: Path) -> None:
    cs = _set(
        _group("A", "Phần A", _leaf("x", Kind.POINTS, max=D(5)), _leaf("1", Kind.POINTS, max=D(5))),
        _leaf("+", Kind.BONUS, max=D(2)),
    )
    path = tmp_path / "t.xlsx"
    renamed = write_criteria_table(path, cs)
    assert renamed == {"A": "I", "A.x": "I.1", "A.1": "I.2", "+": "II"}
    back = _read_back(path)
    assert [lf.code for lf in back.leaves] == ["I.1", "I.2", "II"]
    assert _scoring_view(back)[2:] == _scoring_view(cs)[2:]


def test_max_total_below_the_criteria_is_written_as_a_ceiling(tmp_path: Path) -> None:
    cs = replace(_sample_table(), max_total=Decimal(90))
    path = tmp_path / "t.xlsx"
    write_criteria_table(path, cs)
    ws = openpyxl.load_workbook(path)["Tiêu chí"]
    assert ws.cell(row=ws.max_row, column=3).value == "Tối đa 90 điểm"
    back = _read_back(path)
    assert back.max_total == 90
    assert back.leaf_by_code["V.1"].criterion.max == 100


def test_rules_described_for_kinds_without_a_table_form() -> None:
    cs = _sample_json()
    described = {lf.code: describe_rule(lf.criterion) for lf in cs.leaves}
    assert described["I.1"] == "Có: 5 điểm; không: 0 điểm"
    assert described["II.1"].startswith("Từ 4 lần/tháng: 15 điểm")  # type: ignore[union-attr]
    assert described["II.4"] == "Tốt: 10 điểm; Khá: 7 điểm; Trung bình: 4 điểm; Chưa đạt: 0 điểm"
    assert described["I.2"] is None
