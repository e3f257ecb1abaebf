"""The activity records workbook: one sheet a record type, one row a record.

``Mã đơn vị | Tên đơn vị | Ngày | <the type's fields…> | Ghi chú``. A sheet is matched to a
type by its name or code; the unit by code, else by name. Every fault comes back named by
``file › sheet › cell``; records come back only when there is none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from emulation.excel.report_cells import header, put
from emulation.excel.safe_open import save_workbook
from emulation.excel.score_grid import KnownUnit
from emulation.excel.sheet_table import SheetTable, header_key, read_tables
from emulation.excel.unit_lookup import UnitLookup
from emulation.scoring.activity_types import ActivityType, FieldDef, read_value
from emulation.scoring.problems import Problem, problem
from emulation.text import match_key, parse_date

CODE, NAME, DATE, NOTE = "Mã đơn vị", "Tên đơn vị", "Ngày", "Ghi chú"
_FIXED = {
    "code": ("Mã đơn vị", "Mã", "Mã ĐV"),
    "name": ("Tên đơn vị", "Đơn vị", "Tên"),
    "date": ("Ngày", "Ngày thực hiện", "Thời gian"),
    "note": ("Ghi chú", "Nội dung"),
}
_FIXED_KEYS = {header_key(w): f for f, words in _FIXED.items() for w in words}
HEADER_ROWS = 10


@dataclass(frozen=True)
class RecordRow:
    type_code: str
    unit_code: str
    on: date
    values: dict[str, str] = field(default_factory=dict)
    note: str | None = None
    where: str = ""


@dataclass(frozen=True)
class ExportRow:
    unit_code: str
    unit_name: str
    on: date
    values: dict[str, str]
    note: str | None


def read_records(
    path: Path, types: Sequence[ActivityType], units: Sequence[KnownUnit]
) -> tuple[list[RecordRow], list[Problem]]:
    """Read every sheet; raises ``WorkbookRefused`` for a file that is no workbook."""
    lookup = UnitLookup(units)
    rows: list[RecordRow] = []
    faults: list[Problem] = []
    for table in read_tables(path):
        if not any(any(v is not None and str(v).strip() for v in r) for r in table.rows):
            continue
        t = _type_of(table.title, types)
        if t is None:
            faults.append(problem(table.sheet_where, "records_sheet_unknown_type", sheet=table.title,
                                  types=", ".join(x.name for x in types)))
            continue
        _read_sheet(table, t, lookup, rows, faults)
    if not rows and not faults:
        faults.append(problem(Path(path).name, "records_none_in_file"))
    return (rows, []) if not faults else ([], faults)


def _type_of(title: str, types: Sequence[ActivityType]) -> ActivityType | None:
    key = match_key(title)
    return next((t for t in types if key in (match_key(t.name[:31]), match_key(t.code))), None)


def _read_sheet(table: SheetTable, t: ActivityType, lookup: UnitLookup, out: list[RecordRow],
                faults: list[Problem]) -> None:
    found = _header(table, t)
    if found is None:
        faults.append(problem(table.sheet_where, "records_no_header", date=DATE, unit=CODE))
        return
    row_index, fixed, fields, unknown = found
    for col in unknown:
        faults.append(problem(table.where(row_index, col), "records_unknown_column",
                              heading=table.text(row_index, col), type=t.name))
    for r in range(row_index + 1, len(table.rows)):
        if not any(table.text(r, c) for c in range(len(table.rows[r]))):
            continue
        record = _row(table, r, t, fixed, fields, lookup, faults)
        if record is not None:
            out.append(record)


def _header(table: SheetTable, t: ActivityType
            ) -> tuple[int, dict[str, int], dict[int, FieldDef], list[int]] | None:
    for r in range(min(HEADER_ROWS, len(table.rows))):
        fixed: dict[str, int] = {}
        fields: dict[int, FieldDef] = {}
        unknown: list[int] = []
        for c in range(len(table.rows[r])):
            text = table.text(r, c)
            if not text:
                continue
            name = _FIXED_KEYS.get(header_key(text))
            f = t.field_named(text) or t.field_named(header_key(text))
            if name and name not in fixed:
                fixed[name] = c
            elif f is not None:
                fields[c] = f
            else:
                unknown.append(c)
        if "date" in fixed and ("code" in fixed or "name" in fixed):
            return r, fixed, fields, unknown
    return None


def _row(table: SheetTable, r: int, t: ActivityType, fixed: dict[str, int], fields: dict[int, FieldDef],
         lookup: UnitLookup, faults: list[Problem]) -> RecordRow | None:
    before = len(faults)
    unit = _unit(table, r, fixed, lookup, faults)
    on = _date(table, r, fixed["date"], faults)
    values: dict[str, str] = {}
    for c, f in fields.items():
        text, fault = read_value(f, table.value(r, c), table.where(r, c))
        if fault is not None:
            faults.append(fault)
        elif text is not None:
            values[f.code] = text
    note = table.text(r, fixed["note"]) if "note" in fixed else ""
    if len(faults) > before or unit is None or on is None:
        return None
    return RecordRow(t.code, unit, on, values, note or None, table.where(r))


def _unit(table: SheetTable, r: int, fixed: dict[str, int], lookup: UnitLookup,
          faults: list[Problem]) -> str | None:
    for key in ("code", "name"):
        text = table.text(r, fixed.get(key))
        if text:
            unit = lookup.find(text)
            if unit is not None:
                return unit.code
            faults.append(problem(table.where(r, fixed[key]), "records_unknown_unit", unit=text))
            return None
    col = fixed.get("code", fixed.get("name"))
    faults.append(problem(table.where(r, col), "records_unit_required"))
    return None


def _date(table: SheetTable, r: int, col: int, faults: list[Problem]) -> date | None:
    value: Any = table.value(r, col)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = table.text(r, col)
    parsed = parse_date(text) if text else None
    if parsed is None:
        code = "records_date_required" if not text else "records_not_a_date"
        faults.append(problem(table.where(r, col), code, value=text))
    return parsed


def write_records(path: Path, sheets: Sequence[tuple[ActivityType, Sequence[ExportRow]]]) -> None:
    """The workbook import reads: one sheet a type, its records below the header."""
    wb = Workbook()
    first = wb.active
    if first is not None:
        wb.remove(first)
    for t, rows in sheets:
        ws = wb.create_sheet(t.name[:31])
        header(ws, 1, [CODE, NAME, DATE, *(f.label for f in t.fields), NOTE],
               [14, 30, 13, *(18 for _ in t.fields), 30])
        for i, row in enumerate(rows, start=2):
            put(ws, i, 1, row.unit_code)
            put(ws, i, 2, row.unit_name)
            put(ws, i, 3, row.on)
            for j, f in enumerate(t.fields, start=4):
                put(ws, i, j, _cell(f, row.values.get(f.code)))
            put(ws, i, 4 + len(t.fields), row.note)
        ws.freeze_panes = "D2"
    save_workbook(wb, path)


def _cell(f: FieldDef, text: str | None) -> str | Any:
    if text is None:
        return None
    if f.numeric:
        from decimal import Decimal

        return Decimal(text)
    return text
