"""The example files of the README's command-line section, in ``examples/``.

Three of them are the committee files of ``tests/data/samples`` copied as they are (the village
criteria table and its JSON document, the units of Bảo Yên); the other three are filled in here for
the period "Tháng 10/2026" on the JSON criteria, as a committee would receive them back:

- ``diem-thang-10-nguyen-van-an.xlsx`` and ``diem-thang-10-tran-thi-binh.xlsx``: the score
  workbook that ``emulation scores template`` writes, filled in by two committee members;
- ``phieu-tu-cham-nam-meng-thang-10.xlsx``: the per-unit form Khu dân cư Nặm Mèng filled in by
  hand as its self-score (decimals typed "4,5", a total row with a formula).

    uv run python scripts/make_examples.py
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from emulation.services.criteria import import_criteria
from emulation.services.periods import create_period
from emulation.services.scores import write_template
from emulation.services.units import import_units
from emulation.services.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "data" / "samples"
EXAMPLES = ROOT / "examples"
COPIED = ("tieu-chi-thon-10-phut.json", "tieu-chi-thon-10-phut.xlsx", "don-vi-bao-yen.xlsx")
PERIOD = "Tháng 10/2026"
CRITERIA = "Chấm điểm thôn, bản, tổ dân phố — 10 phút góp phần cải thiện môi trường"

# What each member wrote per unit, in the template's column order:
# I.1 check, I.2 points, I.3 %, II.1 times, II.2 points, II.3 %, II.4 level, III.1 points,
# III.2 %, III.3 points, + bonus, - count.
AN = {
    "PR-1": ("x", "4,5", 95, 4, "13,5", 90, "Tốt", 9, 96, 9, 2, 0),
    "PR-2": ("x", 4, 88, 3, 12, 80, "Khá", 8, 90, 8, 0, 0),
    "PR-3": ("x", 5, 100, 4, 14, 100, "Tốt", "9,5", 100, 10, 3, 0),
    "ND-BH": ("x", "3,5", 75, 2, 10, 70, "Khá", 7, 85, 7, 0, 1),
    "ND-ĐL": ("x", 5, 98, 4, "14,75", 95, "Tốt", 10, 98, 10, 5, 0),
    "ND-DT": ("không", 3, 60, 2, 9, 60, "Trung bình", 6, 70, 6, 0, 2),
    "ND-NK": ("x", 4, 90, 3, 12, 85, "Khá", 8, 92, 9, 1, 0),
    "VY-BB": ("x", "4,5", 92, 4, 13, 90, "Tốt", 9, 95, 9, 2, 0),
    "VY-NM": ("x", "4,5", 95, 4, 14, 80, "Tốt", 9, 75, 10, 5, 1),
    "VY-KP": ("x", 4, 85, 3, 11, 75, "Khá", 8, 88, 8, 0, 0),
    "VY-TK": ("x", 5, 100, 4, 15, 100, "Tốt", 10, 100, 10, 5, 0),
}
BINH_CHANGES = {"PR-1": {1: 5}, "ND-BH": {4: "10,5"}, "VY-NM": {7: "8,5"}, "VY-KP": {2: 90}}

# Nặm Mèng's own form: (TT, title, max, self-score) in the criteria's order, groups without a score;
# the form has no bonus or penalty rows (a blank bonus or penalty counts 0).
NAM_MENG_FORM = (
    ("I", "CÔNG TÁC LÃNH ĐẠO, TUYÊN TRUYỀN", 20, None),
    ("1", "Chi bộ, ban phát triển thôn có kế hoạch thực hiện phong trào", 5, "x"),
    ("2", "Tuyên truyền phong trào tại các buổi họp thôn", 5, "4,5"),
    ("3", "Tỷ lệ hộ gia đình ký cam kết thực hiện phong trào (%)", 10, 96),
    ("II", "VỆ SINH MÔI TRƯỜNG KHU DÂN CƯ", 50, None),
    ("1", "Ra quân dọn vệ sinh đường làng, ngõ xóm (lần/tháng)", 15, 4),
    ("2", "Thu gom, phân loại, xử lý rác thải đúng quy định", 15, "14,5"),
    ("3", "Di chuyển chuồng trại chăn nuôi ra xa nhà ở (%)", 10, 85),
    ("4", "Trồng hoa, cây xanh tạo cảnh quan", 10, "Tốt"),
    ("III", "NHÀ CỬA, CÔNG TRÌNH VỆ SINH HỘ GIA ĐÌNH", 30, None),
    ("1", "Nhà cửa, sân vườn gọn gàng, sạch sẽ", 10, "9.5"),
    ("2", "Tỷ lệ hộ có nhà tiêu hợp vệ sinh (%)", 10, 80),
    ("3", "Không vứt rác, vỏ bao bì thuốc bảo vệ thực vật bừa bãi", 10, 10),
)


def changed(row: tuple[object, ...], changes: dict[int, object]) -> tuple[object, ...]:
    return tuple(changes.get(i, value) for i, value in enumerate(row))


def fill_template(template: Path, target: Path, values: dict[str, tuple[object, ...]]) -> None:
    wb = openpyxl.load_workbook(template)
    sheet = wb.worksheets[0]
    for row in range(5, sheet.max_row + 1):
        code = sheet.cell(row, 1).value
        if code in values:
            for column, value in enumerate(values[str(code)], start=3):
                sheet.cell(row, column, value)
    wb.save(target)


def write_hand_form(target: Path) -> None:
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = "Nặm Mèng"
    sheet["A1"] = "PHIẾU TỰ CHẤM ĐIỂM THÁNG 10/2026"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.merge_cells("A1:E1")
    sheet["A2"] = "Đơn vị: Khu dân cư Nặm Mèng"
    sheet.append([])
    sheet.append(["TT", "Tiêu chí", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định"])
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for number, title, maximum, score in NAM_MENG_FORM:
        sheet.append([number, title, maximum, score, None])
    last = sheet.max_row
    sheet.append([None, "TỔNG ĐIỂM", 100, f"=SUM(D5:D{last})", None])
    for column, width in zip("ABCDE", (6, 70, 12, 14, 16), strict=True):
        sheet.column_dimensions[column].width = width
    wb.save(target)


def main() -> None:
    EXAMPLES.mkdir(exist_ok=True)
    for name in COPIED:
        shutil.copyfile(SAMPLES / name, EXAMPLES / name)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(str(Path(tmp) / "examples.sqlite"))
        try:
            import_criteria(ws, EXAMPLES / "tieu-chi-thon-10-phut.json")
            import_units(ws, EXAMPLES / "don-vi-bao-yen.xlsx")
            create_period(ws, PERIOD, criteria=CRITERIA, kind="month")
            template = Path(tmp) / "mau.xlsx"
            write_template(ws, PERIOD, template)
        finally:
            ws.close()
        fill_template(template, EXAMPLES / "diem-thang-10-nguyen-van-an.xlsx", AN)
        binh = {code: changed(row, BINH_CHANGES.get(code, {})) for code, row in AN.items()}
        fill_template(template, EXAMPLES / "diem-thang-10-tran-thi-binh.xlsx", binh)
    write_hand_form(EXAMPLES / "phieu-tu-cham-nam-meng-thang-10.xlsx")
    for path in sorted(EXAMPLES.iterdir()):
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
