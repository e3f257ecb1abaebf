"""A period's ranking as a workbook: one sheet overall, one per parent unit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from emulation.excel.safe_open import save_workbook
from emulation.excel.score_template import sheet_title
from emulation.text import vn_sorted

#: fills for grades, best first (cycled when a set has more grades)
GRADE_FILLS = ("C6EFCE", "DDEBF7", "FFF2CC", "FCE4D6", "F2F2F2")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
THIN = Side(style="thin", color="A6A6A6")
SCORE_FORMAT = "0.00"
LEGEND = "Chú giải"


@dataclass(frozen=True)
class RankingLine:
    code: str
    name: str
    parent_code: str | None
    parent_name: str | None
    total: Decimal
    rank: int | None
    parent_rank: int | None
    grade: str | None
    notes: str
    scores: Mapping[str, Decimal]


def write_ranking(
    path: Path, *, title: str, leaves: Sequence[tuple[str, str]], grades: Sequence[str], lines: Sequence[RankingLine]
) -> None:
    """``leaves`` are (code, title) pairs; ``lines`` come in rank order."""
    wb = Workbook()
    overall = wb.active
    assert overall is not None
    overall.title = "Toàn bộ"
    fills = {g: PatternFill("solid", fgColor=GRADE_FILLS[i % len(GRADE_FILLS)]) for i, g in enumerate(grades)}
    _sheet(overall, title, leaves, lines, fills, local=False)
    parents: dict[str, list[RankingLine]] = {}
    for line in lines:
        parents.setdefault(line.parent_name or "Không thuộc đơn vị nào", []).append(line)
    used = {overall.title.casefold(), LEGEND.casefold()}
    for parent in vn_sorted(parents):
        members = parents[parent]
        ws = wb.create_sheet(sheet_title(parent, used))
        used.add(ws.title.casefold())
        _sheet(ws, f"{title} — {parent}", leaves, members, fills, local=True)
    _legend(wb.create_sheet(LEGEND), leaves)
    save_workbook(wb, path)


def _legend(ws: Worksheet, leaves: Sequence[tuple[str, str]]) -> None:
    ws.append(["Mã", "Tiêu chí"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for code, leaf_title in leaves:
        ws.append([code, leaf_title])
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 80


def _sheet(
    ws: Worksheet,
    title: str,
    leaves: Sequence[tuple[str, str]],
    lines: Sequence[RankingLine],
    fills: Mapping[str, PatternFill],
    *,
    local: bool,
) -> None:
    headers = ["Hạng", "Mã", "Tên đơn vị", "Thuộc", "Tổng điểm", "Xếp loại", "Ghi chú", *(c for c, _ in leaves)]
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(headers)
    for col, _ in enumerate(headers, 1):
        cell = ws.cell(2, col)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
    for line in lines:
        rank = line.parent_rank if local else line.rank
        ws.append(
            [
                rank,
                line.code,
                line.name,
                line.parent_name or "",
                line.total,
                line.grade or "",
                line.notes,
                *(line.scores.get(c, Decimal(0)) for c, _ in leaves),
            ]
        )
        row = ws.max_row
        for col in range(5, len(headers) + 1):
            if col not in (6, 7):
                ws.cell(row, col).number_format = SCORE_FORMAT
        fill = fills.get(line.grade or "")
        if fill is not None:
            ws.cell(row, 6).fill = fill
    widths = [7, 12, 34, 26, 11, 16, 24, *([9] * len(leaves))]
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "D3"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(headers))}{max(ws.max_row, 2)}"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
