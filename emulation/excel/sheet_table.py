"""A sheet as a grid of plain values, and finding its header row by the committee's words.

The readers of the criteria table and of the hand-filled forms both look for a header row
near the top of a sheet (titles and merged cells above it are skipped), then read the rows
below it by column. Header words are compared through :func:`emulation.text.match_key`, so
case, spaces, Unicode form and tone placement never make a mismatch.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from emulation.excel.safe_open import cell_where, open_workbook, sheet_rows
from emulation.text import match_key, nfc

#: How far down a sheet a header row is looked for.
HEADER_SEARCH_ROWS = 20

_BRACKETS = re.compile(r"\([^)]*\)")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class SheetTable:
    """The values of one sheet; rows and columns are counted from 0."""

    file_name: str
    title: str
    rows: tuple[tuple[Any, ...], ...]

    def value(self, row: int, col: int | None) -> Any:
        if col is None or row >= len(self.rows) or col >= len(self.rows[row]):
            return None
        return self.rows[row][col]

    def text(self, row: int, col: int | None) -> str:
        return cell_text(self.value(row, col))

    def where(self, row: int, col: int | None = None) -> str:
        """``file › sheet › C14`` (the whole row's first cell when ``col`` is None)."""
        coordinate = f"{get_column_letter((col or 0) + 1)}{row + 1}"
        return cell_where(self.file_name, self.title, coordinate)

    @property
    def sheet_where(self) -> str:
        return cell_where(self.file_name, None, self.title)


def cell_text(value: Any) -> str:
    """A cell as trimmed NFC text; whole floats lose their ``.0``; blank is ``""``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    lines = (_SPACES.sub(" ", line).strip() for line in nfc(str(value)).splitlines())
    return "\n".join(line for line in lines if line)


def read_tables(path: Path, *, data_only: bool = True) -> list[SheetTable]:
    """Every worksheet of an untrusted workbook; raises ``WorkbookRefused``."""
    path = Path(path)
    wb = open_workbook(path, read_only=True, data_only=data_only)
    try:
        return [
            SheetTable(path.name, ws.title, tuple(sheet_rows(ws, path.name)))
            for ws in wb.worksheets
        ]
    finally:
        wb.close()


def header_key(text: str) -> str:
    """The key of a header cell: words in brackets and closing punctuation left out."""
    return match_key(_BRACKETS.sub(" ", text).strip().rstrip(":.*"))


@dataclass(frozen=True)
class Header:
    """A header row (and the row below it, when the header spans two) and its columns."""

    row: int
    columns: Mapping[str, int]
    last_row: int

    def missing(self, fields: Sequence[str]) -> list[str]:
        return [f for f in fields if f not in self.columns]


def _match_row(
    table: SheetTable, row: int, words: Mapping[str, Sequence[str]], skip: Mapping[str, int]
) -> dict[str, int]:
    keys = {f: {header_key(w) for w in variants} for f, variants in words.items() if f not in skip}
    found: dict[str, int] = {}
    for col in range(len(table.rows[row])):
        key = header_key(table.text(row, col))
        for field, variants in keys.items():
            if key in variants and field not in found:
                found[field] = col
                break
    return found


def find_header(
    table: SheetTable, words: Mapping[str, Sequence[str]], required: Sequence[str],
    limit: int = HEADER_SEARCH_ROWS,
) -> Header | None:
    """The first row holding every required column, else the row holding the most of them.

    A row holding fewer than two required columns (one, when one is required) is not a
    header. When the row below the header names more columns, and is blank under the columns
    already found (a two-row header, its first row merged down), they are taken too.
    """
    best: Header | None = None
    best_count = min(2, len(required)) - 1
    for row in range(min(limit, len(table.rows))):
        columns = _match_row(table, row, words, {})
        count = sum(1 for f in required if f in columns)
        if count > best_count:
            best, best_count = Header(row, columns, row), count
        if count == len(required):
            break
    if best is None or best.row + 1 >= len(table.rows):
        return best
    if any(table.text(best.row + 1, col) for col in best.columns.values()):
        return best
    below = _match_row(table, best.row + 1, words, best.columns)
    if not below:
        return best
    return Header(best.row, {**best.columns, **below}, best.row + 1)
