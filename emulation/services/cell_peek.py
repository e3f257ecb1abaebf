"""What the cell named by a fault holds, so a person can see the mistake without opening Excel."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from emulation.excel.cell_peek import parse_where, peek_cell
from emulation.excel.safe_open import SEPARATOR, WorkbookRefused
from emulation.text import nfc


@dataclass(frozen=True)
class CellView:
    """One cell of the file: its sheet (None for a CSV file), coordinate and value as text."""

    sheet: str | None
    coordinate: str
    value: str | None


def fault_cell(path: Path, where: str) -> CellView | None:
    """The cell a fault's place ``file › sheet › C7`` names in ``path``, or None.

    None when the place names no cell (a JSON path, an option), names another file, or the
    cell cannot be read (the sheet is gone, the file changed or is refused).
    """
    path = Path(path)
    sheet, coordinate = parse_where(where)
    if coordinate is None or not _same_file(path, where):
        return None
    try:
        value = peek_cell(path, sheet, coordinate)
    except (KeyError, ValueError, WorkbookRefused, OSError):
        return None
    return CellView(sheet, coordinate, value)


def _same_file(path: Path, where: str) -> bool:
    named = where.split(SEPARATOR.strip(), 1)[0].strip()
    return nfc(named) == nfc(path.name)
