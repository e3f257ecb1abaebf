"""Text the application writes into a workbook stays text; only its own formulas are formulas.

openpyxl turns any string starting with ``=`` into a formula (and ``#N/A`` into an error), so a
unit named ``=HYPERLINK("http://x","click")`` would become a live link in every workbook
written. :func:`own_formula` records the formulas the application writes itself;
:func:`keep_text` (run by :func:`~emulation.excel.safe_open.save_workbook` before every save)
stores every other string as a plain string cell.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from openpyxl.cell.cell import Cell
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

TEXT = "s"
_OWN: WeakKeyDictionary[Worksheet, set[str]] = WeakKeyDictionary()


def own_formula(ws: Worksheet, row: int, column: int, formula: str) -> Cell:
    """Write a formula of the application's own making into ``ws`` at (row, column)."""
    cell = ws.cell(row, column, formula)
    _OWN.setdefault(ws, set()).add(cell.coordinate)
    return cell


def keep_text(wb: Workbook) -> int:
    """Make every string cell that is not an own formula a text cell; returns how many changed."""
    changed = 0
    for ws in wb.worksheets:
        own = _OWN.get(ws, set())
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.data_type != TEXT and cell.coordinate not in own:
                    cell.data_type = TEXT
                    changed += 1
    return changed
