"""The optional ``Xếp loại`` sheet: grades (``Xếp loại | Điểm từ``, best first) and vetoes
(``Điều kiện khống chế | Xếp loại tối đa``; a blank cap excludes the unit from awards).

Vetoes are given the codes of an optional ``Mã`` column, else ``K1``, ``K2``… in order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from emulation.excel.sheet_table import SheetTable, find_header, header_key
from emulation.scoring.criteria import CriteriaSet
from emulation.text import match_key, parse_decimal

SHEET_TITLE = "Xếp loại"
GRADE_WORDS = {
    "name": ("Xếp loại", "Mức xếp loại", "Loại", "Mức"),
    "min": ("Điểm từ", "Từ điểm", "Điểm tối thiểu", "Số điểm từ", "Điểm"),
}
VETO_WORDS = {
    "title": ("Điều kiện khống chế", "Khống chế", "Tiêu chí khống chế", "Nội dung khống chế"),
    "cap": ("Xếp loại tối đa", "Xếp loại cao nhất", "Tối đa", "Mức tối đa"),
    "code": ("Mã", "Mã số", "Ký hiệu"),
}
_FIRST_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass
class GradesRead:
    """Document parts read from the sheet, with where each JSON path came from."""

    grades: list[dict[str, Any]] = field(default_factory=list)
    vetoes: list[dict[str, Any]] = field(default_factory=list)
    where: dict[str, str] = field(default_factory=dict)


def is_grades_sheet(table: SheetTable) -> bool:
    return header_key(table.title) == header_key(SHEET_TITLE)


def read_grades_sheet(table: SheetTable) -> GradesRead:
    """Grades and vetoes of the sheet; faults are left to the document check."""
    out = GradesRead()
    header = find_header(table, GRADE_WORDS, ("name", "min"))
    if header is not None and not header.missing(("name", "min")):
        _read_grades(table, header.last_row + 1, header.columns, out)
    veto_header = find_header(table, VETO_WORDS, ("title",), limit=len(table.rows))
    if veto_header is not None and "title" in veto_header.columns:
        _read_vetoes(table, veto_header.last_row + 1, veto_header.columns, out)
    return out


def _rows(table: SheetTable, start: int, first_col: int) -> range:
    """Rows from ``start`` to the first blank one."""
    end = start
    while end < len(table.rows) and table.text(end, first_col):
        end += 1
    return range(start, end)


def _read_grades(table: SheetTable, start: int, cols: Mapping[str, int], out: GradesRead) -> None:
    for row in _rows(table, start, cols["name"]):
        path = f"grades[{len(out.grades)}]"
        raw = table.value(row, cols["min"])
        out.grades.append({"name": table.text(row, cols["name"]), "min": _grade_min(raw)})
        out.where[f"{path}.name"] = table.where(row, cols["name"])
        out.where[f"{path}.min"] = table.where(row, cols["min"])
        out.where[path] = table.where(row, cols["name"])


def _grade_min(raw: Any) -> Any:
    """A number as the document wants it; "Từ 90 điểm", "≥ 90" give 90; text else kept."""
    if not isinstance(raw, str):
        return raw
    number = parse_decimal(raw)
    if number is None:
        found = _FIRST_NUMBER.search(raw)
        number = parse_decimal(found.group()) if found else None
    return number if number is not None else raw


def _read_vetoes(table: SheetTable, start: int, cols: Mapping[str, int], out: GradesRead) -> None:
    names = {match_key(g["name"]): g["name"] for g in out.grades if isinstance(g["name"], str)}
    for row in _rows(table, start, cols["title"]):
        path = f"vetoes[{len(out.vetoes)}]"
        code = table.text(row, cols.get("code")) or f"K{len(out.vetoes) + 1}"
        cap = table.text(row, cols.get("cap")) or None
        if cap is not None:
            cap = names.get(match_key(cap), cap)
        out.vetoes.append({"code": code, "title": table.text(row, cols["title"]), "cap_grade": cap})
        out.where[path] = table.where(row, cols["title"])
        out.where[f"{path}.title"] = table.where(row, cols["title"])
        out.where[f"{path}.code"] = table.where(row, cols.get("code", cols["title"]))
        out.where[f"{path}.cap_grade"] = table.where(row, cols.get("cap", cols["title"]))


def write_grades_sheet(ws: Worksheet, cs: CriteriaSet) -> None:
    """Grades from row 1, then a blank row, then the vetoes with their codes."""
    bold = Font(bold=True)
    ws.append(["Xếp loại", "Điểm từ"])
    for grade in cs.grades:
        ws.append([grade.name, float(grade.min) if grade.min % 1 else int(grade.min)])
    if cs.vetoes:
        ws.append([])
        ws.append(["Điều kiện khống chế", "Xếp loại tối đa", "Mã"])
        for veto in cs.vetoes:
            ws.append([veto.title, veto.cap_grade, veto.code])
    for row in ws.iter_rows():
        if row[0].value in ("Xếp loại", "Điều kiện khống chế"):
            for cell in row:
                cell.font = bold
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 8
