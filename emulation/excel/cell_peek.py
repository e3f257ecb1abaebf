"""One cell of a workbook (or a CSV file), as text: what a fault's place ``file › sheet › C7`` holds.

Nothing is ever evaluated. A workbook is opened read-only through the guarded
:func:`~emulation.excel.safe_open.open_workbook`; when a cell has no cached value (a workbook
saved by a program that does not compute formulas), its formula text is shown instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from emulation.excel.safe_open import MAX_ROWS, SEPARATOR, open_workbook
from emulation.excel.units_file import Row, _csv_rows
from emulation.text import format_date, nfc

_COORDINATE = re.compile(r"^\$?[A-Za-z]{1,3}\$?[0-9]{1,7}$")


def is_coordinate(text: str) -> bool:
    """Whether ``text`` names one cell: ``C7``, ``$AB$12``."""
    return bool(_COORDINATE.match(text.strip()))


def parse_where(where: str) -> tuple[str | None, str | None]:
    """``file › sheet › C7`` → ``("sheet", "C7")``; ``file › A3`` (CSV) → ``(None, "A3")``.

    A place that does not end in a cell (a JSON path, a file name, an option) gives ``(None, None)``.
    """
    parts = [p.strip() for p in where.split(SEPARATOR.strip())]
    if len(parts) < 2 or not is_coordinate(parts[-1]):
        return None, None
    coordinate = parts[-1].replace("$", "").upper()
    sheet = SEPARATOR.join(parts[1:-1]) or None
    return sheet, coordinate


def cell_position(coordinate: str) -> tuple[int, int]:
    """``"C7"`` → ``(7, 3)`` (row, column); ValueError for anything else or a row past the limit."""
    if not is_coordinate(coordinate):
        raise ValueError(f"{coordinate!r} is not a cell")
    letters, row = coordinate_from_string(coordinate.replace("$", "").upper())
    if not 1 <= row <= MAX_ROWS:
        raise ValueError(f"{coordinate!r} is outside the rows that are read")
    return row, column_index_from_string(letters)


def peek_cell(path: Path, sheet: str | None, coordinate: str) -> str | None:
    """The value of one cell as text, or None when it is blank.

    ``sheet`` None means the first sheet (and is the only choice for a ``.csv`` file).
    Raises ValueError for a bad coordinate, KeyError for a sheet the workbook does not have,
    and :class:`~emulation.excel.safe_open.WorkbookRefused` for a file that is not read.
    """
    path = Path(path)
    row, column = cell_position(coordinate)
    if path.suffix.lower() == ".csv":
        return _csv_cell(_csv_rows(path), row, column)
    value = _workbook_cell(path, sheet, row, column, data_only=True)
    if value is None:
        value = _workbook_cell(path, sheet, row, column, data_only=False)
    return value_text(value)


def _workbook_cell(path: Path, sheet: str | None, row: int, column: int, *, data_only: bool) -> Any:
    wb = open_workbook(path, read_only=True, data_only=data_only)
    try:
        ws = wb[_sheet_name(wb.sheetnames, sheet)] if sheet else wb.worksheets[0]
        if not hasattr(ws, "iter_rows"):
            raise KeyError(sheet)
        for values in ws.iter_rows(min_row=row, max_row=row, min_col=column, max_col=column, values_only=True):
            return values[0] if values else None
        return None
    finally:
        wb.close()


def _sheet_name(names: list[str], wanted: str) -> str:
    if wanted in names:
        return wanted
    for name in names:
        if nfc(name).strip() == nfc(wanted).strip():
            return name
    raise KeyError(wanted)


def _csv_cell(rows: Iterator[Row], row: int, column: int) -> str | None:
    for index, values in rows:
        if index == row:
            text = values[column - 1] if column <= len(values) else ""
            return text if text != "" else None
    return None


def value_text(value: object) -> str | None:
    """A cell value as a person reads it; a formula keeps its text (``=SUM(C5:C9)``)."""
    if value is None:
        return None
    text = getattr(value, "text", None)  # array formulas
    if isinstance(text, str):
        return text
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        clock = f" {value:%H:%M}" if value.time() != time() else ""
        return format_date(value.date()) + clock
    if isinstance(value, date):
        return format_date(value)
    text = str(value)
    return text if text != "" else None
