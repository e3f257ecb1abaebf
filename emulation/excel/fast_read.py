"""Reading a workbook's cell values fast (python-calamine), for large score workbooks.

The file passes the same guards as :func:`emulation.excel.safe_open.open_workbook` first
(size, archive, zip bomb). Values are the cached ones, as ``data_only`` gives: a formula
without a computed value reads as blank (see :mod:`emulation.excel.formula_scan`).
Rows keep their sheet coordinates (row 1 first, column A first); blank cells are None.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from emulation.excel.safe_open import MAX_ROWS, WorkbookRefused, check_archive, check_file_size

Rows = list[tuple[Any, ...]]


def read_sheets(path: Path) -> dict[str, Rows]:
    """Every sheet's values by title; raises WorkbookRefused for what is not a sound workbook."""
    check_file_size(path)
    check_archive(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        return {name: _rows(workbook, name, path.name) for name in workbook.sheet_names}
    except (CalamineError, ValueError, OSError) as exc:
        raise WorkbookRefused(path.name, "file_not_readable_workbook", detail=exc.__class__.__name__) from None


def sheet_names(path: Path) -> list[str]:
    """The titles of the workbook's sheets, hidden ones too; raises WorkbookRefused as :func:`read_sheets`."""
    check_file_size(path)
    check_archive(path)
    try:
        return list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except (CalamineError, ValueError, OSError) as exc:
        raise WorkbookRefused(path.name, "file_not_readable_workbook", detail=exc.__class__.__name__) from None


def _rows(workbook: CalamineWorkbook, name: str, file_name: str) -> Rows:
    sheet = workbook.get_sheet_by_name(name)
    if sheet.height > MAX_ROWS:
        raise WorkbookRefused(file_name, "sheet_over_row_limit", sheet=name, limit=MAX_ROWS)
    return [tuple(None if v == "" else v for v in row) for row in sheet.to_python(skip_empty_area=False)]
