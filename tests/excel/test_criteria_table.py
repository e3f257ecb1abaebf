"""Reading the committee's criteria table: both samples and every variant committees write."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from emulation.excel.criteria_table import read_criteria_table
from emulation.i18n import render
from emulation.scoring.criteria import CriteriaSet, Grade, Kind, Veto
from tests.data import SAMPLES

HEADER = ("TT", "Nội dung tiêu chí", "Điểm chuẩn", "Hướng dẫn chấm", "Ghi chú")
#: Data rows start on row 4: a title row, a blank row, the header.
SIMPLE = (
    ("I", "Nhóm một", 10),
    ("1", "Tiêu chí một", 6),
    ("2", "Tiêu chí hai", 4),
    ("II", "Nhóm hai", 5),
    ("1", "Tiêu chí ba", 5),
)


def write_table(
    path: Path, rows: Sequence[Sequence[object]], *, header: Sequence[str] = HEADER,
    titles: Sequence[str] = ("TIÊU CHÍ CHẤM ĐIỂM",), grades: Sequence[Sequence[object]] = (),
    vetoes: Sequence[Sequence[object]] = (),
) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Tiêu chí"
    for title in titles:
        ws.append([title])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    ws.append([])
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    if grades or vetoes:
        sheet = wb.create_sheet("Xếp loại")
        sheet.append(["Xếp loại", "Điểm từ"])
        for grade in grades:
            sheet.append(list(grade))
        sheet.append([])
        sheet.append(["Điều kiện khống chế", "Xếp loại tối đa"])
        for veto in vetoes:
            sheet.append(list(veto))
    wb.save(path)
    return path


def read_ok(path: Path, **kwargs: str) -> CriteriaSet:
    cs, problems = read_criteria_table(path, **kwargs)
    assert problems == []
    assert cs is not None
    return cs


def faults(path: Path) -> list[str]:
    cs, problems = read_criteria_table(path)
    assert cs is None
    return [render(p) for p in problems]


def shape(cs: CriteriaSet) -> list[tuple[str, str, Decimal | None, Decimal | None]]:
    return [(lf.code, lf.kind.value, lf.criterion.max, lf.criterion.per_item) for lf in cs.leaves]


# --- the samples -------------------------------------------------------------------------------


def test_village_sample() -> None:
    cs = read_ok(SAMPLES / "tieu-chi-thon-10-phut.xlsx")
    assert cs.name == "TIÊU CHÍ CHẤM ĐIỂM THÔN, BẢN, TỔ DÂN PHỐ"
    assert cs.max_total == 100
    assert cs.bonus_cap == 5
    groups = {n.code: n.max_points for n in cs.criteria if n.kind is Kind.GROUP}
    assert groups == {"I": 20, "II": 50, "III": 30, "IV": 0, "V": 0}
    kinds = [lf.kind for lf in cs.leaves]
    assert len(kinds) == 16
    assert kinds.count(Kind.POINTS) == 13
    assert [lf.code for lf in cs.leaves if lf.kind is Kind.POINTS] == [
        "I.1", "I.2", "I.3", "II.1.1", "II.1.2", "II.2.a", "II.2.b", "II.2.c", "II.3", "II.4",
        "III.1", "III.2", "III.3",
    ]
    assert sum(lf.criterion.max_points for lf in cs.leaves if lf.kind is Kind.POINTS) == 100
    assert shape(cs)[13:] == [
        ("IV.1", "bonus", 5, None),
        ("V.1", "penalty", 100, 2),
        ("V.2", "penalty", 100, 5),
    ]
    assert cs.leaf_by_code["V.1"].criterion.unit == "lần"
    assert cs.leaf_by_code["II.4"].criterion.max == 10  # written "10,0"
    assert cs.leaf_by_code["II.2.c"].criterion.max == 5  # written "5"


def test_village_sample_guidance_grades_and_veto() -> None:
    cs = read_ok(SAMPLES / "tieu-chi-thon-10-phut.xlsx")
    assert cs.leaf_by_code["I.2"].criterion.guidance == "Tuyên truyền đủ 01 lần/tháng: 5 điểm"
    assert cs.leaf_by_code["I.1"].criterion.guidance == "Có kế hoạch: 5 điểm; không có: 0 điểm"
    assert cs.leaf_by_code["I.3"].criterion.guidance is not None
    assert cs.grades == (
        Grade("Xuất sắc", Decimal(90)), Grade("Tốt", Decimal(75)),
        Grade("Khá", Decimal(60)), Grade("Chưa đạt", Decimal(0)),
    )
    assert cs.vetoes == (
        Veto("K1", "Để xảy ra vụ việc ô nhiễm môi trường bị cơ quan chức năng xử lý", "Khá"),
    )


def test_party_cell_sample() -> None:
    cs = read_ok(SAMPLES / "tieu-chi-sinh-hoat-chi-bo.xlsx")
    assert cs.name == "THANG ĐIỂM ĐÁNH GIÁ CHẤT LƯỢNG SINH HOẠT CHI BỘ HẰNG THÁNG"
    assert cs.max_total == 100
    assert [(n.code, n.max_points) for n in cs.criteria] == [
        ("I", 15), ("II", 20), ("III", 45), ("IV", 20),
    ]
    assert len(cs.leaves) == 11
    assert all(lf.kind is Kind.POINTS for lf in cs.leaves)
    assert cs.leaf_by_code["II.1"].criterion.guidance.startswith("Trên 85%")  # type: ignore[union-attr]
    assert [(g.name, g.min) for g in cs.grades] == [
        ("Tốt", 90), ("Khá", 70), ("Trung bình", 50), ("Kém", 0),
    ]
    assert cs.vetoes == ()
    assert cs.bonus_cap is None


def test_name_argument_wins(tmp_path: Path) -> None:
    cs = read_ok(SAMPLES / "tieu-chi-sinh-hoat-chi-bo.xlsx", name="Sinh hoạt chi bộ 2026")
    assert cs.name == "Sinh hoạt chi bộ 2026"


def test_name_from_the_file_stem_without_titles(tmp_path: Path) -> None:
    path = write_table(tmp_path / "bang-diem.xlsx", SIMPLE, titles=())
    assert read_ok(path).name == "bang-diem"


@pytest.mark.parametrize("name", ["Dân vận khéo năm 2026", "Bản làng xanh"])
def test_name_skips_the_issuing_body(tmp_path: Path, name: str) -> None:
    titles = ("ĐẢNG ỦY XÃ VĨNH YÊN", "BAN DÂN VẬN", "(Kèm theo Quyết định số 5)", name)
    path = write_table(tmp_path / "t.xlsx", SIMPLE, titles=titles)
    assert read_ok(path).name == name


# --- header variants ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        ("STT", "Nội dung", "Điểm", "Cách chấm", "Ghi chú"),
        ("TT", "Tiêu chí", "Điểm tối đa", "Hướng dẫn chấm", "Ghi chú"),
        ("Stt", "NỘI DUNG TIÊU CHÍ", "Thang điểm", "Cách chấm", "GHI CHÚ"),
        ("Số TT", "Nội dung tiêu chí", "Điểm chuẩn (điểm)", "Hướng dẫn chấm:", "Ghi chú"),
        ("TT", "Nội  dung  tiêu  chí", "Điểm chuẩn", "", ""),
    ],
)
def test_header_words(tmp_path: Path, header: tuple[str, ...]) -> None:
    rows = [(*r, "cách chấm", "ghi chú") for r in SIMPLE]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows, header=header))
    assert shape(cs) == [
        ("I.1", "points", 6, None), ("I.2", "points", 4, None), ("II.1", "points", 5, None),
    ]
    leaf = cs.leaf_by_code["I.1"].criterion
    assert leaf.guidance == ("cách chấm" if header[3] else None)
    assert leaf.note == ("ghi chú" if header[4] else None)


def test_header_in_decomposed_unicode(tmp_path: Path) -> None:
    import unicodedata

    header = [unicodedata.normalize("NFD", h) for h in HEADER]
    assert read_ok(write_table(tmp_path / "t.xlsx", SIMPLE, header=header)).max_total == 15


def test_missing_header(tmp_path: Path) -> None:
    path = write_table(tmp_path / "t.xlsx", SIMPLE, header=("Số", "Việc", "Mức"))
    assert faults(path) == [
        "t.xlsx: không trang tính nào có dòng tiêu đề với các cột TT/STT, Nội dung/Tiêu chí và Điểm chuẩn/Thang điểm"
        " trong 20 dòng đầu"
    ]


def test_header_without_points_column(tmp_path: Path) -> None:
    path = write_table(tmp_path / "t.xlsx", SIMPLE, header=("TT", "Nội dung", "Mức"))
    assert faults(path) == [
        "t.xlsx › Tiêu chí › A3: dòng tiêu đề thiếu cột Điểm chuẩn/Thang điểm"
    ]


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_text("TT;Nội dung;Điểm\n", encoding="utf-8")
    problems = faults(path)
    assert len(problems) == 1 and problems[0].startswith("t.xlsx: ")


def test_column_number_row_under_the_header(tmp_path: Path) -> None:
    rows = [("(1)", "(2)", "(3)", "(4)", "(5)"), *SIMPLE]
    assert read_ok(write_table(tmp_path / "t.xlsx", rows)).max_total == 15


# --- numbering and points ------------------------------------------------------------------------


@pytest.mark.parametrize("dot", ["", "."])
@pytest.mark.parametrize("letter", ["{}", "{})", "{}."])
def test_numbering_forms(tmp_path: Path, dot: str, letter: str) -> None:
    rows = [
        (f"I{dot}", "Nhóm", 20),
        (f"1{dot}", "Có mục con số", 10),
        (f"1.1{dot}", "Con một", 6),
        (f"1.2{dot}", "Con hai", 4),
        (f"2{dot}", "Có mục con chữ", 10),
        (letter.format("a"), "Chữ a", 5),
        (letter.format("b"), "Chữ b", 5),
    ]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows))
    assert [lf.code for lf in cs.leaves] == ["I.1.1", "I.1.2", "I.2.a", "I.2.b"]


def test_integers_at_the_top(tmp_path: Path) -> None:
    rows = [("1", "Một", 6), ("1.1", "Một một", 6), ("2", "Hai", 4)]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows))
    assert shape(cs) == [("1.1", "points", 6, None), ("2", "points", 4, None)]


@pytest.mark.parametrize("points", ["10 điểm", "10,0", "10.0", 10, 10.0, "10đ"])
def test_points_as_written(tmp_path: Path, points: object) -> None:
    rows = [("I", "Nhóm", "10 điểm"), ("1", "Một", points)]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows))
    assert cs.leaf_by_code["I.1"].criterion.max == Decimal(10)
    assert str(cs.leaf_by_code["I.1"].criterion.max) == "10"


def test_decimal_points(tmp_path: Path) -> None:
    rows = [("I", "Nhóm", "10"), ("1", "Một", "7,5"), ("2", "Hai", 2.5)]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows))
    assert [lf.criterion.max for lf in cs.leaves] == [Decimal("7.5"), Decimal("2.5")]


def test_guidance_lines(tmp_path: Path) -> None:
    rows = [
        ("I", "Nhóm", 10),
        ("1", "Một", 10, "Cột hướng dẫn"),
        ("-", "Đủ 4 lần: 10 điểm"),
        ("-", "- Đủ 2 lần", 5),
        ("", "Không tổ chức: 0 điểm", None, None, "lưu ý"),
    ]
    leaf = read_ok(write_table(tmp_path / "t.xlsx", rows)).leaf_by_code["I.1"].criterion
    assert leaf.guidance == (
        "Cột hướng dẫn\nĐủ 4 lần: 10 điểm\nĐủ 2 lần: 5 điểm\nKhông tổ chức: 0 điểm"
    )
    assert leaf.note == "lưu ý"


def test_group_ceiling(tmp_path: Path) -> None:
    rows = [("I", "Nhóm", "Tối đa 8 điểm"), ("1", "Một", 6), ("2", "Hai", 4)]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows))
    assert cs.criteria[0].max == 8
    assert cs.max_total == 8


# --- bonus and penalty ---------------------------------------------------------------------------


def test_bonus_heading_words(tmp_path: Path) -> None:
    rows = [*SIMPLE, ("III", "Điểm cộng", 3), ("1", "Mô hình hay", 2), ("2", "Được khen", 2)]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows))
    assert shape(cs)[3:] == [("III.1", "bonus", 2, None), ("III.2", "bonus", 2, None)]
    assert cs.bonus_cap == 3
    assert cs.max_total == 15
    assert cs.criteria[2].max is None


def test_bonus_written_outside_the_heading_counts_in_the_cap(tmp_path: Path) -> None:
    rows = [*SIMPLE, ("2", "Mô hình", "Cộng 2 điểm"), ("III", "Điểm thưởng", 3), ("1", "Khen", 3)]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows))
    assert shape(cs)[3:] == [("II.2", "bonus", 2, None), ("III.1", "bonus", 3, None)]
    assert cs.bonus_cap == 5


def test_bonus_leaf_takes_the_heading_points(tmp_path: Path) -> None:
    rows = [*SIMPLE, ("III", "ĐIỂM THƯỞNG", 5), ("1", "Mô hình hay")]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows))
    assert shape(cs)[3:] == [("III.1", "bonus", 5, None)]


def test_bonus_as_a_top_level_row(tmp_path: Path) -> None:
    cs = read_ok(write_table(tmp_path / "t.xlsx", [*SIMPLE, ("III", "Điểm thưởng", 5)]))
    assert shape(cs)[3:] == [("III", "bonus", 5, None)]
    assert cs.bonus_cap is None


@pytest.mark.parametrize(
    ("cell", "per_item", "unit", "most"),
    [
        ("Trừ 2 điểm/lần", 2, "lần", 15),
        ("Trừ 1 điểm/đảng viên", 1, "đảng viên", 15),
        ("Trừ 0,5 điểm/trường hợp", Decimal("0.5"), "trường hợp", 15),
        ("trừ 3 điểm / hộ", 3, "hộ", 15),
        ("Trừ 2 điểm/lần, tối đa 10 điểm", 2, "lần", 10),
        ("Trừ 2 điểm", 2, None, 15),
        ("Trừ tối đa 5 điểm", None, None, 5),
        (4, None, None, 4),
    ],
)
def test_penalty_cells(
    tmp_path: Path, cell: object, per_item: object, unit: str | None, most: object
) -> None:
    rows = [*SIMPLE, ("III", "ĐIỂM TRỪ"), ("1", "Vi phạm", cell)]
    leaf = read_ok(write_table(tmp_path / "t.xlsx", rows)).leaf_by_code["III.1"].criterion
    assert (leaf.kind, leaf.per_item, leaf.unit, leaf.max) == (Kind.PENALTY, per_item, unit, most)


def test_penalty_heading_points_cap_each_penalty(tmp_path: Path) -> None:
    rows = [*SIMPLE, ("III", "Điểm trừ", 10), ("1", "Vi phạm", "Trừ 2 điểm/lần"), ("2", "Khác")]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows))
    assert shape(cs)[3:] == [("III.1", "penalty", 10, 2), ("III.2", "penalty", 10, None)]


def test_penalty_written_in_a_base_group(tmp_path: Path) -> None:
    rows = [*SIMPLE, ("2", "Vi phạm", "Trừ 1 điểm/lần")]
    cs = read_ok(write_table(tmp_path / "t.xlsx", rows))
    assert shape(cs)[-1] == ("II.2", "penalty", 15, 1)
    assert cs.criteria[1].max_points == 5


# --- total row ---------------------------------------------------------------------------------


def test_total_row(tmp_path: Path) -> None:
    rows = [*SIMPLE, ("", "TỔNG CỘNG", 15), ("", "Ghi chú: bảng này không có điểm", 99)]
    assert read_ok(write_table(tmp_path / "t.xlsx", rows)).max_total == 15


def test_total_row_without_points(tmp_path: Path) -> None:
    rows = [*SIMPLE, ("", "Tổng cộng:", "=SUM(C4:C8)")]
    assert read_ok(write_table(tmp_path / "t.xlsx", rows)).max_total == 15


def test_total_row_in_the_number_column(tmp_path: Path) -> None:
    rows = [*SIMPLE, ("Tổng điểm", None, 15)]
    assert read_ok(write_table(tmp_path / "t.xlsx", rows)).max_total == 15


def test_total_row_that_does_not_add_up(tmp_path: Path) -> None:
    rows = [*SIMPLE, ("", "Tổng điểm", 100)]
    assert faults(write_table(tmp_path / "t.xlsx", rows)) == [
        "t.xlsx › Tiêu chí › C9: dòng tổng ghi 100 điểm nhưng các tiêu chí cộng lại được 15",
        "t.xlsx › Tiêu chí › C9: các tiêu chí cộng lại được 15, ít hơn 100",
    ]


# --- faults ------------------------------------------------------------------------------------


def test_group_that_does_not_add_up(tmp_path: Path) -> None:
    rows = [("I", "Nhóm", 12), ("1", "Một", 6), ("2", "Hai", 4)]
    assert faults(write_table(tmp_path / "t.xlsx", rows)) == [
        "t.xlsx › Tiêu chí › C4: nhóm ghi 12 điểm nhưng các tiêu chí bên trong cộng lại được 10",
    ]


def test_text_in_the_points_cell(tmp_path: Path) -> None:
    rows = [("I", "Nhóm", 10), ("1", "Một", "mười"), ("2", "Hai", 4)]
    assert faults(write_table(tmp_path / "t.xlsx", rows)) == [
        "t.xlsx › Tiêu chí › C5: «mười» không phải là số điểm (ví dụ 10, 10,0, «Trừ 2 điểm/lần»)",
    ]


def test_every_fault_at_once(tmp_path: Path) -> None:
    rows = [
        ("I", "Nhóm", 10),
        ("1", "Một", None),
        ("1.1", "", 3),
        ("3", "Ba", 0),
        ("1a", "Lạ", 1),
        ("", "ĐIỂM THƯỞNG", 5),
        ("3", "Trùng", 1),
    ]
    assert faults(write_table(tmp_path / "t.xlsx", rows)) == [
        "t.xlsx › Tiêu chí › A9: đề mục «ĐIỂM THƯỞNG» cần có số ở cột TT (ví dụ IV)",
        "t.xlsx › Tiêu chí › A8: «1a» không phải là số thứ tự (I, II…, 1, 2…, 1.1, a), hoặc - cho dòng hướng dẫn)",
        "t.xlsx › Tiêu chí › A10: số «3» dùng hai lần trong I (I.3)",
        "t.xlsx › Tiêu chí › B6: tiêu chí không có nội dung",
        "t.xlsx › Tiêu chí › C4: nhóm ghi 10 điểm nhưng các tiêu chí bên trong cộng lại được 3",
        "t.xlsx › Tiêu chí › C7: phải lớn hơn 0",
    ]


# --- the Xếp loại sheet --------------------------------------------------------------------------


def test_grades_and_vetoes(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "t.xlsx", SIMPLE,
        grades=[("Tốt", "Từ 12 điểm"), ("Đạt", "≥ 7,5"), ("Chưa đạt", 0)],
        vetoes=[("Vi phạm nặng", "đạt"), ("Có đơn thư", None)],
    )
    cs = read_ok(path)
    assert cs.grades == (
        Grade("Tốt", Decimal(12)), Grade("Đạt", Decimal("7.5")), Grade("Chưa đạt", Decimal(0)),
    )
    assert cs.vetoes == (Veto("K1", "Vi phạm nặng", "Đạt"), Veto("K2", "Có đơn thư", None))


def test_grade_faults_name_their_cells(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "t.xlsx", SIMPLE,
        grades=[("Tốt", 10), ("Khá", 12), ("Kém", "không")],
        vetoes=[("Vi phạm", "Xuất sắc")],
    )
    assert faults(path) == [
        "t.xlsx › Xếp loại › B3: xếp loại phải từ cao xuống thấp, điểm sàn giảm dần",
        "t.xlsx › Xếp loại › B4: phải là một số",
        't.xlsx › Xếp loại › B7: "Xuất sắc" không phải là một xếp loại đã khai báo',
    ]
