"""Writing a criteria set as the table a committee publishes, fit to print.

The layout is the one :func:`~emulation.excel.criteria_table.read_criteria_table` reads:
title rows merged and centred, the header ``TT | Nội dung tiêu chí | Điểm chuẩn | Hướng dẫn
chấm | Ghi chú``, the numbering rebuilt from the codes (I, 1, 1.1, a)), group rows in bold,
penalties as "Trừ 2 điểm/lần", a total row, then the ``Xếp loại`` sheet. Reading the file back
gives an equivalent set for ``points``, ``bonus`` and ``penalty`` criteria.

What a table cannot hold is lost on the way: ``check``, ``levels``, ``bands`` and ``ratio``
criteria are written as ``points`` with their max, their rule described in the guidance
column; the entry step, a unit other than a penalty's, the version, unit kind, aggregation,
tie breakers, quotas and awards are not written. Codes that the numbering cannot show (such
as "+" or "A") are renumbered by position; the renamed full codes are returned.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from emulation.excel.criteria_points import cap_text, penalty_text, points_text
from emulation.excel.criteria_tree import heading_kind
from emulation.excel.grades_sheet import SHEET_TITLE, write_grades_sheet
from emulation.excel.numbering import NumberedRow, assign_codes, roman_value, to_roman
from emulation.excel.safe_open import save_workbook
from emulation.scoring.criteria import ADJUSTMENTS, CriteriaSet, Criterion, Kind, full_code
from emulation.scoring.numbers import ZERO
from emulation.text import format_decimal

SHEET = "Tiêu chí"
HEADER = ("TT", "Nội dung tiêu chí", "Điểm chuẩn", "Hướng dẫn chấm", "Ghi chú")
WIDTHS = (7, 55, 14, 42, 16)
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="center")
_CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")


@dataclass(frozen=True, slots=True)
class _Line:
    """A row to write: the node, its full code, place by position, TT text and heading kind."""

    node: Criterion
    code: str
    positions: tuple[int, ...]
    context: Kind | None
    number: str = ""

    @property
    def depth(self) -> int:
        return len(self.positions) - 1


def write_criteria_table(
    path: Path, criteria_set: CriteriaSet, *, title_lines: Sequence[str] = ()
) -> dict[str, str]:
    """Write the table; returns the full codes that had to be renumbered (old → new)."""
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = SHEET
    lines, renamed = _plan_lines(criteria_set)
    titles = list(title_lines)
    if criteria_set.name not in titles:
        titles.append(criteria_set.name)
    header_row = _write_titles(ws, titles)
    _write_header(ws, header_row)
    cap_line, cap = _bonus_heading(criteria_set, lines)
    for line in lines:
        _write_line(ws, line, _points(line, criteria_set, cap if line is cap_line else None))
    _write_total(ws, criteria_set)
    _page_setup(ws, header_row)
    if criteria_set.grades or criteria_set.vetoes:
        write_grades_sheet(wb.create_sheet(SHEET_TITLE), criteria_set)
    save_workbook(wb, Path(path))
    return renamed


def _plan_lines(cs: CriteriaSet) -> tuple[list[_Line], dict[str, str]]:
    """The rows in order with their TT text: the codes themselves when the numbering can show
    them, else numbers by position (I, 1, 1.1…); renamed full codes are returned."""
    places = list(_walk(cs.criteria, "", (), None))
    level = 0 if all(n.code.isdigit() for n in cs.criteria) else 1
    lines = [replace(ln, number=_faithful(ln, level)) for ln in places]
    if _codes_read_back(lines) == [ln.code for ln in lines]:
        return lines, {}
    lines = [replace(ln, number=_by_position(ln)) for ln in places]
    new_codes = _codes_read_back(lines)
    renamed = {ln.code: new for ln, new in zip(lines, new_codes, strict=True) if ln.code != new}
    return lines, {old: new for old, new in renamed.items() if new is not None}


def _codes_read_back(lines: list[_Line]) -> list[str | None]:
    rows, _ = assign_codes([NumberedRow(ln.number, "") for ln in lines])
    codes: list[str | None] = [None] * len(lines)
    for row in rows:
        codes[row.index] = row.full_code
    return codes


def _walk(
    nodes: tuple[Criterion, ...], prefix: str, positions: tuple[int, ...], context: Kind | None
) -> Iterator[_Line]:
    for i, node in enumerate(nodes, start=1):
        code = full_code(prefix, node.code)
        here = context or heading_kind(node.title, heading=not positions or node.is_group)
        yield _Line(node, code, (*positions, i), here)
        yield from _walk(node.children, code, (*positions, i), here)


def _faithful(line: _Line, level: int) -> str:
    """The TT text showing the node's own codes; "?" when they cannot be shown."""
    chain = line.code.split(".")
    code = chain[-1]
    if line.depth < level:
        return code if roman_value(code) else "?"
    if line.depth == level:
        return code if code.isdigit() else "?"
    if len(code) == 1 and code.islower() and not line.node.children:
        return f"{code})"
    dotted = chain[level:]
    return ".".join(dotted) if all(c.isdigit() for c in dotted) else "?"


def _by_position(line: _Line) -> str:
    if line.depth == 0:
        return to_roman(line.positions[0])
    return ".".join(str(p) for p in line.positions[1:])


def _write_titles(ws: Worksheet, lines: Sequence[str]) -> int:
    """Title rows merged over the table; returns the header's row number."""
    for i, text in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=text)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=len(HEADER))
        main = i == len(lines)
        ws.cell(row=i, column=1).font = Font(bold=True, size=14 if main else 12)
        ws.cell(row=i, column=1).alignment = _CENTRE
    return len(lines) + 2


def _write_header(ws: Worksheet, row: int) -> None:
    for col, (text, width) in enumerate(zip(HEADER, WIDTHS, strict=True), start=1):
        cell = ws.cell(row=row, column=col, value=text)
        cell.font, cell.alignment, cell.border = Font(bold=True), _CENTRE, _BORDER
        ws.column_dimensions[cell.column_letter].width = width


def _write_line(ws: Worksheet, line: _Line, points: object) -> None:
    node = line.node
    values = (line.number, node.title, points, _guidance(node), node.note)
    row = ws.max_row + 1
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col, value=value)
        cell.border = _BORDER
        cell.alignment = _CENTRE if col in (1, 3) else _WRAP
        cell.font = Font(bold=node.is_group or line.depth == 0)


def _bonus_heading(cs: CriteriaSet, lines: list[_Line]) -> tuple[_Line | None, Decimal | None]:
    """The first bonus heading group and the points it states, so that the bonus cap reads
    back: the cap less the bonus criteria outside that heading (counted in the cap on reading)."""
    line = next((ln for ln in lines if ln.context is Kind.BONUS and ln.node.is_group), None)
    if line is None or cs.bonus_cap is None:
        return line, None
    outside = sum((ln.node.max_points for ln in lines if ln.node.kind is Kind.BONUS
                   and not ln.code.startswith(f"{line.code}.")), ZERO)
    stated = cs.bonus_cap - outside
    return line, stated if stated > 0 else None


def _points(line: _Line, cs: CriteriaSet, bonus_cap: Decimal | None) -> object:
    node = line.node
    if node.is_group:
        return _group_points(line, cs, bonus_cap)
    if node.kind is Kind.PENALTY:
        cap = None if node.max == cs.max_total and node.per_item is not None else node.max
        return penalty_text(node.per_item, node.unit if node.per_item else None, cap)
    if node.kind is Kind.BONUS and line.context is not Kind.BONUS:
        return f"Cộng {points_text(node.max_points)} điểm"
    return _number(node.max_points)


def _group_points(line: _Line, cs: CriteriaSet, bonus_cap: Decimal | None) -> object:
    node = line.node
    if bonus_cap is not None:
        return _number(bonus_cap)
    if line.context is not None:
        return None
    base = sum((c.max_points for c in node.children if c.kind not in ADJUSTMENTS), ZERO)
    if node.max is not None and node.max != base:
        return cap_text(node.max)
    return _number(node.max_points)


def _number(value: object) -> object:
    """A Decimal as the number a spreadsheet stores (its exact text survives the float)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _guidance(node: Criterion) -> str | None:
    rule = describe_rule(node)
    parts = [p for p in (rule, node.guidance) if p]
    return "\n".join(parts) or None


def describe_rule(node: Criterion) -> str | None:
    """The scoring rule of a kind the table has no form for, in the committee's words."""
    show = format_decimal
    if node.kind is Kind.CHECK:
        return f"Có: {show(node.max_points)} điểm; không: 0 điểm"
    if node.kind is Kind.LEVELS:
        return "; ".join(f"{lv.label}: {show(lv.points)} điểm" for lv in node.levels)
    if node.kind is Kind.BANDS:
        unit = f" {node.unit}" if node.unit else ""
        return "; ".join(f"Từ {show(b.min)}{unit}: {show(b.points)} điểm" for b in node.bands)
    if node.kind is Kind.RATIO and node.target is not None:
        unit = node.unit or ""
        return (f"Đạt {show(node.target)}{unit}: {show(node.max_points)} điểm; "
                "thấp hơn tính theo tỷ lệ")
    return None


def _write_total(ws: Worksheet, cs: CriteriaSet) -> None:
    base = sum((n.max_points for n in cs.criteria if n.kind not in ADJUSTMENTS), ZERO)
    points = _number(cs.max_total) if base == cs.max_total else cap_text(cs.max_total)
    row = ws.max_row + 1
    for col, value in enumerate((None, "TỔNG ĐIỂM", points, None, None), start=1):
        cell = ws.cell(row=row, column=col, value=value)
        cell.border, cell.font = _BORDER, Font(bold=True)
        cell.alignment = _CENTRE


def _page_setup(ws: Worksheet, header_row: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
