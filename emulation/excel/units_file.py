"""The list of units (đơn vị) as a table: ``Mã | Tên | Loại | Thuộc | Cụm``, in .xlsx or .csv.

A parent code that is not in the file is not a fault here: the unit may already be known,
and the caller checks. Every fault found is returned; records come back only when there are
none, so a caller never imports half a file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emulation.csv_text import csv_field, from_csv_field
from emulation.excel.coordinates import column_letter
from emulation.excel.csv_read import csv_rows, decode
from emulation.excel.safe_open import (
    MAX_ROWS,
    WorkbookRefused,
    cell_text,
    cell_where,
    check_file_size,
    open_workbook,
    save_workbook,
    sheet_rows,
)
from emulation.limits import MAX_CODE_LENGTH, MAX_NAME_LENGTH
from emulation.scoring.clean_text import clean_text
from emulation.scoring.problems import Problem, placed, problem
from emulation.text import match_key

if TYPE_CHECKING:  # openpyxl is loaded to write a list of units, not to read a CSV
    from openpyxl import Workbook

FIELDS = ("code", "name", "kind", "parent", "cluster")
_MAX_LENGTH = {"code": MAX_CODE_LENGTH, "parent": MAX_CODE_LENGTH, "name": MAX_NAME_LENGTH,
               "kind": MAX_NAME_LENGTH, "cluster": MAX_NAME_LENGTH}
HEADINGS = ("Mã", "Tên", "Loại", "Thuộc", "Cụm")
SHEET_TITLE = "Đơn vị"
HEADER_SEARCH_ROWS = 10
_ALIASES = {
    "code": ("Mã", "Mã đơn vị", "Mã ĐV", "Mã số", "code"),
    "name": ("Tên", "Tên đơn vị", "Đơn vị", "name"),
    "kind": ("Loại", "Loại đơn vị", "kind"),
    "parent": ("Thuộc", "Đơn vị cấp trên", "Mã cấp trên", "Cấp trên", "Mã đơn vị cấp trên",
               "parent"),
    "cluster": ("Cụm", "Cụm thi đua", "Khối", "Khối thi đua", "Cụm, khối thi đua", "cluster"),
}


def heading_key(value: object) -> str:
    """The matching key of a header cell, ignoring a trailing ``:`` or ``*``."""
    text = cell_text(value) or ""
    return match_key(text.strip(" :*."))


_FIELD_BY_KEY = {heading_key(alias): f for f, aliases in _ALIASES.items() for alias in aliases}


def heading_field(value: object) -> str | None:
    """Which column a header cell names: ``code``, ``name``, ``kind``, ``parent``, ``cluster``."""
    return _FIELD_BY_KEY.get(heading_key(value))


@dataclass(frozen=True, slots=True)
class UnitRecord:
    code: str
    name: str
    kind: str | None = None
    parent_code: str | None = None
    cluster: str | None = None
    where: str = ""


Row = tuple[int, Sequence[Any]]


def read_units(path: Path) -> tuple[list[UnitRecord], list[Problem]]:
    """Read a units table; raises :class:`WorkbookRefused` for a file that is no table at all."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        tables = [(None, _csv_rows(path))]
        return _read_tables(path.name, tables)
    wb = open_workbook(path)
    try:
        tables = [(ws.title, _numbered(sheet_rows(ws, path.name))) for ws in wb.worksheets]
        return _read_tables(path.name, tables)
    finally:
        wb.close()


def _numbered(rows: Iterable[Sequence[Any]]) -> Iterator[Row]:
    return enumerate(rows, start=1)


def _csv_rows(path: Path) -> Iterator[Row]:
    check_file_size(path)
    text = decode(path.read_bytes(), path.name)
    for index, (_, row) in enumerate(csv_rows(text, path.name, _delimiter(text)), start=1):
        if index > MAX_ROWS:
            raise WorkbookRefused(path.name, "file_over_row_limit", limit=MAX_ROWS)
        yield index, [from_csv_field(value) for value in row]


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    counts = {d: sample.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _read_tables(
    file_name: str, tables: Iterable[tuple[str | None, Iterator[Row]]]
) -> tuple[list[UnitRecord], list[Problem]]:
    reader = _TableReader(file_name)
    for sheet_title, rows in tables:
        reader.read(sheet_title, rows)
    return reader.finish()


class _TableReader:
    """Collects records and faults from one or more tables of one file."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.records: list[UnitRecord] = []
        self.problems: list[Problem] = []
        self.parent_where: dict[str, str] = {}
        self.tables_found = 0

    def where(self, sheet: str | None, column: int, row: int) -> str:
        return cell_where(self.file_name, sheet, f"{column_letter(column + 1)}{row}")

    def read(self, sheet: str | None, rows: Iterator[Row]) -> None:
        columns: dict[str, int] | None = None
        for index, values in rows:
            if columns is None:
                if index > HEADER_SEARCH_ROWS:
                    return
                columns = _header_columns(values)
                continue
            self._row(sheet, columns, index, values)
        if columns is not None:
            self.tables_found += 1

    def _row(
        self, sheet: str | None, columns: dict[str, int], index: int, values: Sequence[Any]
    ) -> None:
        width = len(values)
        cells = {f: cell_text(values[c]) if c < width else None for f, c in columns.items()}
        if not any(cells.values()):
            return
        for field, value in cells.items():
            if value is not None:
                cells[field], fault = clean_text(value, "", _MAX_LENGTH[field])
                if fault is not None:  # placed only when there is one: a province is thousands of cells
                    self.problems.append(placed(fault, self.where(sheet, columns[field], index)))
        code, name = cells.get("code"), cells.get("name")
        for field, value, missing in (("code", code, "unit_code_missing"), ("name", name, "unit_name_missing")):
            if value is None:
                self.problems.append(problem(self.where(sheet, columns[field], index), missing))
        if code is None or name is None:
            return
        record = UnitRecord(code, name, cells.get("kind"), cells.get("parent"),
                            cells.get("cluster"), self.where(sheet, columns["code"], index))
        if record.parent_code is not None:
            self.parent_where[code] = self.where(sheet, columns["parent"], index)
        self.records.append(record)

    def finish(self) -> tuple[list[UnitRecord], list[Problem]]:
        if not self.tables_found:
            self.problems.append(problem(self.file_name, "units_no_header", rows=HEADER_SEARCH_ROWS))
        elif not self.records and not self.problems:
            self.problems.append(problem(self.file_name, "units_none_listed"))
        self.problems.extend(_duplicates(self.records))
        self.problems.extend(_parent_faults(self.records, self.parent_where))
        return ([] if self.problems else self.records), self.problems


def _header_columns(values: Sequence[Any]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, value in enumerate(values):
        field = heading_field(value)
        if field is not None and field not in columns:
            columns[field] = index
    return columns if "code" in columns and "name" in columns else None


def _duplicates(records: Sequence[UnitRecord]) -> Iterator[Problem]:
    first: dict[str, UnitRecord] = {}
    for record in records:
        earlier = first.setdefault(record.code, record)
        if earlier is not record:
            yield problem(record.where, "unit_code_twice", code=record.code, also=earlier.where)


def _parent_faults(
    records: Sequence[UnitRecord], parent_where: dict[str, str]
) -> Iterator[Problem]:
    parent_of = {r.code: r.parent_code for r in records if r.parent_code is not None}
    for record in records:
        if record.parent_code == record.code:
            yield problem(parent_where[record.code], "unit_own_parent")
    reported: set[str] = set()
    for record in records:
        cycle = _cycle_from(record.code, parent_of)
        if cycle and not reported.intersection(cycle):
            reported.update(cycle)
            chain = " → ".join([*cycle, cycle[0]])
            yield problem(parent_where[record.code], "units_in_circle", chain=chain)


def _cycle_from(code: str, parent_of: Mapping[str, str]) -> list[str]:
    """The cycle that ``code`` starts, as codes in order, or [] (a self-parent is not one)."""
    path = [code]
    current = parent_of.get(code)
    while current is not None and current not in path:
        path.append(current)
        current = parent_of.get(current)
    if current == code and len(path) > 1:
        return path
    return []


def write_units(path: Path, records: Sequence[UnitRecord]) -> None:
    """Write the same table: ``.csv`` (UTF-8 with BOM, for Excel) or ``.xlsx``."""
    path = Path(path)
    rows = [[r.code, r.name, r.kind or "", r.parent_code or "", r.cluster or ""] for r in records]
    if path.suffix.lower() == ".csv":
        buffer = io.StringIO(newline="")
        csv.writer(buffer).writerows([list(HEADINGS), *([csv_field(v) for v in row] for row in rows)])
        path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
        return
    save_workbook(_units_workbook(rows), path)


def _units_workbook(rows: list[list[str]]) -> Workbook:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET_TITLE
    ws.append(list(HEADINGS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for row in rows:
        ws.append(row)
    for column, width in zip("ABCDE", (14, 40, 14, 14, 14), strict=True):
        ws.column_dimensions[column].width = width
        for cell in ws[column][1:]:
            cell.number_format = "@"
    ws.freeze_panes = "A2"
    return wb
