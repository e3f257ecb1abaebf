"""The score workbook a committee sends out for one period (DESIGN §6).

Units are rows (code, name); leaf criteria are columns under three header rows (full code,
title, what to enter); every input cell has a data validation; headers are locked; a hidden
``_meta`` sheet records the period, the criteria fingerprint and the leaf codes, which
:mod:`emulation.excel.score_grid` checks on import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.protection import SheetProtection
from openpyxl.worksheet.worksheet import Worksheet

from emulation.excel.safe_open import save_workbook
from emulation.excel.score_meta import FORMAT, META_SHEET
from emulation.excel.text_cells import own_formula
from emulation.scoring.criteria import CriteriaSet, Kind, Leaf
from emulation.text import format_decimal

__all__ = ["FORMAT", "META_SHEET", "ScoreTemplateSpec", "TemplateUnit", "write_score_template"]

LISTS_SHEET = "_lists"
DEFAULT_SHEET = "Điểm"
TITLE_ROW, CODE_ROW, LEAF_TITLE_ROW, HINT_ROW, FIRST_DATA_ROW = 1, 2, 3, 4, 5
CODE_COL, NAME_COL, FIRST_LEAF_COL = 1, 2, 3
TOTAL_HEADING = "Tổng (tham khảo)"
MAX_SHEET_TITLE = 31
_BAD_TITLE_CHARS = re.compile(r"[\[\]:*?/\\]")

_THIN = Side(style="thin", color="9BA8B5")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_INPUT_FILL = PatternFill("solid", fgColor="FFFCEB")
_TOTAL_FILL = PatternFill("solid", fgColor="EDEDED")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


@dataclass(frozen=True, slots=True)
class TemplateUnit:
    code: str
    name: str
    parent_code: str | None = None
    parent_name: str | None = None


@dataclass(frozen=True)
class ScoreTemplateSpec:
    period_name: str
    criteria: CriteriaSet
    fingerprint: str
    units: Sequence[TemplateUnit]
    sheet_per_parent: bool = False


def write_score_template(path: Path, spec: ScoreTemplateSpec) -> None:
    """Write the workbook for ``spec`` to ``path`` (replacing it whole, or not at all)."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    lists = ListSource(wb, LISTS_SHEET)
    for title, (heading, units) in zip(_sheet_titles(spec), _groups(spec), strict=True):
        _score_sheet(wb.create_sheet(title), spec, heading, units, lists)
    lists.finish()
    _meta_sheet(wb.create_sheet(META_SHEET), spec)
    wb.active = 0
    wb.properties.title = f"Chấm điểm — {spec.period_name}"
    save_workbook(wb, Path(path))


def _groups(spec: ScoreTemplateSpec) -> list[tuple[str | None, list[TemplateUnit]]]:
    """(parent heading, units) per sheet: one group, or one per parent in order of appearance."""
    if not spec.sheet_per_parent:
        return [(None, list(spec.units))]
    groups: dict[str | None, tuple[str | None, list[TemplateUnit]]] = {}
    for unit in spec.units:
        heading = unit.parent_name or unit.parent_code
        groups.setdefault(unit.parent_code, (heading, []))[1].append(unit)
    return list(groups.values()) or [(None, [])]


def _sheet_titles(spec: ScoreTemplateSpec) -> list[str]:
    taken = {META_SHEET.casefold(), LISTS_SHEET.casefold()}
    titles = []
    for heading, _units in _groups(spec):
        title = sheet_title(heading or DEFAULT_SHEET, taken)
        taken.add(title.casefold())
        titles.append(title)
    return titles


def sheet_title(wanted: str, taken: set[str]) -> str:
    """A legal Excel sheet title near ``wanted``: ≤ 31 characters, no ``[]:*?/\\``, unique
    against ``taken`` (casefolded titles, as Excel compares them)."""
    base = _BAD_TITLE_CHARS.sub(" ", wanted)
    base = " ".join(base.split()).strip("'") or DEFAULT_SHEET
    base = base[:MAX_SHEET_TITLE].strip()
    title, n = base, 1
    while title.casefold() in taken:
        n += 1
        suffix = f" ({n})"
        title = base[: MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix
    return title


def _score_sheet(
    ws: Worksheet, spec: ScoreTemplateSpec, heading: str | None,
    units: list[TemplateUnit], lists: ListSource,
) -> None:
    leaves = spec.criteria.leaves
    total_col = FIRST_LEAF_COL + len(leaves)
    last_row = FIRST_DATA_ROW + len(units) - 1
    _title(ws, spec, heading, total_col)
    _fixed_headers(ws, total_col)
    for offset, leaf in enumerate(leaves):
        _leaf_column(ws, FIRST_LEAF_COL + offset, leaf, last_row, lists)
    for index, unit in enumerate(units):
        _unit_row(ws, FIRST_DATA_ROW + index, unit, leaves, total_col)
    ws.freeze_panes = ws.cell(FIRST_DATA_ROW, FIRST_LEAF_COL).coordinate
    ws.protection = SheetProtection(sheet=True, formatColumns=False, formatRows=False)
    ws.print_title_rows = f"{CODE_ROW}:{HINT_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _title(ws: Worksheet, spec: ScoreTemplateSpec, heading: str | None, total_col: int) -> None:
    text = f"BẢNG CHẤM ĐIỂM — {spec.period_name}"
    if heading:
        text += f" — {heading}"
    cell = ws.cell(TITLE_ROW, 1, text)
    cell.font = Font(bold=True, size=14)
    cell.alignment = Alignment(horizontal="left", vertical="center")
    ws.merge_cells(start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=total_col)
    ws.row_dimensions[TITLE_ROW].height = 28
    ws.row_dimensions[LEAF_TITLE_ROW].height = 90


def _fixed_headers(ws: Worksheet, total_col: int) -> None:
    for col, text, width in ((CODE_COL, "Mã đơn vị", 12), (NAME_COL, "Tên đơn vị", 34),
                             (total_col, TOTAL_HEADING, 12)):
        _header_cell(ws, CODE_ROW, col, text)
        for row in (LEAF_TITLE_ROW, HINT_ROW):
            _header_cell(ws, row, col, None)
        ws.merge_cells(start_row=CODE_ROW, start_column=col, end_row=HINT_ROW, end_column=col)
        ws.column_dimensions[get_column_letter(col)].width = width


def _header_cell(ws: Worksheet, row: int, col: int, value: str | None) -> None:
    cell = ws.cell(row, col, value)
    size = 11 if row == CODE_ROW else 10
    cell.font = Font(bold=row != HINT_ROW, italic=row == HINT_ROW, size=size)
    cell.fill = _HEADER_FILL
    cell.border = _BORDER
    cell.alignment = _CENTER
    cell.number_format = "@"


def _leaf_column(ws: Worksheet, col: int, leaf: Leaf, last_row: int, lists: ListSource) -> None:
    _header_cell(ws, CODE_ROW, col, leaf.code)
    _header_cell(ws, LEAF_TITLE_ROW, col, leaf.title)
    _header_cell(ws, HINT_ROW, col, hint(leaf))
    letter = get_column_letter(col)
    ws.column_dimensions[letter].width = 16 if leaf.criterion.levels else 13
    if last_row >= FIRST_DATA_ROW:
        validation = validation_for(leaf, lists)
        validation.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}")
        ws.add_data_validation(validation)


def _unit_row(
    ws: Worksheet, row: int, unit: TemplateUnit, leaves: Sequence[Leaf], total_col: int
) -> None:
    for col, value in ((CODE_COL, unit.code), (NAME_COL, unit.name)):
        cell = ws.cell(row, col, value)
        cell.number_format = "@"
        cell.border = _BORDER
        cell.alignment = Alignment(vertical="center", wrap_text=col == NAME_COL)
    terms = []
    for offset, leaf in enumerate(leaves):
        cell = ws.cell(row, FIRST_LEAF_COL + offset)
        cell.protection = Protection(locked=False)
        cell.fill = _INPUT_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center")
        terms.append(total_term(leaf, cell.coordinate))
    total = own_formula(ws, row, total_col, total_formula(terms))
    total.fill = _TOTAL_FILL
    total.border = _BORDER
    total.number_format = "0.00"


def _meta_sheet(ws: Worksheet, spec: ScoreTemplateSpec) -> None:
    rows: list[list[str]] = [
        ["format", FORMAT],
        ["period", spec.period_name],
        ["fingerprint", spec.fingerprint],
        ["criteria", spec.criteria.name],
        ["leaves", *(leaf.code for leaf in spec.criteria.leaves)],
    ]
    for values in rows:
        ws.append(values)
    for row in ws.iter_rows():
        for cell in row:
            cell.number_format = "@"
    ws.sheet_state = "hidden"
    ws.protection = SheetProtection(sheet=True)


# --- what each leaf column asks for ------------------------------------------------------

CHECK_CHOICES = ("x", "có", "không")
_MAX_INLINE_LIST = 250
_MAX_MESSAGE = 255  # Excel refuses a longer prompt or error text


def _formula_number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def hint(leaf: Leaf) -> str:
    """The third header row: what to enter in the column."""
    c = leaf.criterion
    if c.kind is Kind.LEVELS:
        return " / ".join(level.label for level in c.levels)
    if c.kind is Kind.CHECK:
        return f"x = {format_decimal(c.max_points)} điểm"
    if c.kind in (Kind.BANDS, Kind.RATIO):
        return c.unit or "số đo"
    if c.kind is Kind.PENALTY and c.per_item is not None:
        return f"số lần × {format_decimal(c.per_item)}"
    assert c.max is not None
    prefix = "trừ tối đa" if c.kind is Kind.PENALTY else "tối đa"
    return f"{prefix} {format_decimal(c.max)}"


class ListSource:
    """Where a drop-down list's choices come from: inline when short and plain, else from
    a column of a hidden sheet (a list formula cannot hold commas or be longer than 255)."""

    def __init__(self, wb: Workbook, title: str) -> None:
        self.wb = wb
        self.title = title
        self.columns: list[Sequence[str]] = []

    def formula(self, choices: Sequence[str]) -> str:
        inline = ",".join(choices)
        if len(inline) <= _MAX_INLINE_LIST and not any("," in c or '"' in c for c in choices):
            return f'"{inline}"'
        self.columns.append(choices)
        letter = get_column_letter(len(self.columns))
        return f"'{self.title}'!${letter}$1:${letter}${len(choices)}"

    def finish(self) -> None:
        if not self.columns:
            return
        ws = self.wb.create_sheet(self.title)
        for col, choices in enumerate(self.columns, start=1):
            for row, choice in enumerate(choices, start=1):
                ws.cell(row, col, choice).number_format = "@"
        ws.sheet_state = "hidden"


def validation_for(leaf: Leaf, lists: ListSource) -> DataValidation:
    """The data validation of a leaf's input cells, with a Vietnamese prompt and error."""
    c = leaf.criterion
    if c.kind is Kind.LEVELS:
        labels = [level.label for level in c.levels]
        message = "Chọn một mức: " + ", ".join(labels)
        return _validation("list", lists.formula(labels), None, message)
    if c.kind is Kind.CHECK:
        return _validation("list", lists.formula(CHECK_CHOICES), None,
                           "Nhập x (hoặc có) nếu đạt, không nếu không đạt.")
    if c.kind is Kind.PENALTY and c.per_item is not None:
        return _validation("whole", "0", None, "Nhập số lần vi phạm (số nguyên, từ 0).")
    if c.kind in (Kind.BANDS, Kind.RATIO):
        return _validation("decimal", "0", None, f"Nhập số đo ({c.unit or 'số'}), từ 0.")
    assert c.max is not None
    step = format_decimal(c.effective_step)
    message = f"Nhập điểm từ 0 đến {format_decimal(c.max)}, bước {step}."
    return _validation("decimal", "0", _formula_number(c.max), message)


def _validation(kind: str, low: str, high: str | None, message: str) -> DataValidation:
    operator = "between" if high is not None else "greaterThanOrEqual"
    dv = DataValidation(
        type=kind, formula1=low, formula2=high, allow_blank=True,
        operator=None if kind == "list" else operator,
        showErrorMessage=True, showInputMessage=True, errorStyle="stop",
    )
    message = message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"
    dv.error = message
    dv.errorTitle = "Giá trị không hợp lệ"
    dv.prompt = message
    dv.promptTitle = "Cách nhập"
    return dv


def total_term(leaf: Leaf, ref: str) -> str:
    """An Excel expression for the points in ``ref`` (approximate: groups are not clipped)."""
    c = leaf.criterion
    n = f"N({ref})"
    if c.kind is Kind.CHECK:
        return f'IF(OR({ref}="x",{ref}="có",{ref}=1),{_formula_number(c.max_points)},0)'
    if c.kind is Kind.LEVELS:
        return _nested_ifs([(f'{ref}="{_quoted(lv.label)}"', lv.points) for lv in c.levels])
    if c.kind is Kind.BANDS:
        return _nested_ifs([(f"{n}>={_formula_number(b.min)}", b.points) for b in c.bands])
    if c.kind is Kind.RATIO:
        assert c.target is not None and c.max is not None
        return f"ROUND(MIN({n}/{_formula_number(c.target)},1)*{_formula_number(c.max)},2)"
    if c.kind is Kind.PENALTY:
        taken = f"{n}*{_formula_number(c.per_item)}" if c.per_item is not None else n
        return f"-MIN({taken},{_formula_number(c.max)})" if c.max is not None else f"-{taken}"
    return n


def _nested_ifs(cases: list[tuple[str, Decimal]]) -> str:
    formula = "0"
    for condition, points in reversed(cases):
        formula = f"IF({condition},{_formula_number(points)},{formula})"
    return formula


def _quoted(text: str) -> str:
    return text.replace('"', '""')


def total_formula(terms: Sequence[str]) -> str:
    if not terms:
        return "=0"
    return "=ROUND(" + "+".join(terms).replace("+-", "-") + ",2)"
