"""Writing report and record tables into workbook cells: text always as text, never a formula."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def put(ws: Any, row: int, col: int, value: str | int | Decimal | date | None) -> None:
    """One cell: numbers and dates as such, text always as text (never a formula)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, Decimal):
        cell.value = int(value) if value == value.to_integral_value() else value
    else:
        cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    if isinstance(value, date):
        cell.number_format = "DD/MM/YYYY"


def header(ws: Any, row: int, titles: list[str], widths: list[int] | None = None) -> None:
    for col, title in enumerate(titles, start=1):
        put(ws, row, col, title)
        cell = ws.cell(row=row, column=col)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if widths:
        from openpyxl.utils import get_column_letter

        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
