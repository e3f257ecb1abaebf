"""Lists of past years' awards (.xlsx or .csv): Năm | Mã | Tên | Hình thức | Xếp loại | Số quyết định."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from emulation.excel.sheet_table import SheetTable, find_header, read_tables
from emulation.excel.units_file import _csv_rows
from emulation.scoring.problems import Problem, problem

WORDS = {
    "year": ("Năm", "Năm khen thưởng"),
    "code": ("Mã", "Mã đơn vị"),
    "name": ("Tên", "Tên đơn vị", "Tên tập thể", "Đơn vị"),
    "award": ("Hình thức", "Hình thức khen thưởng", "Danh hiệu"),
    "grade": ("Xếp loại",),
    "decision": ("Số quyết định", "Quyết định", "Số QĐ"),
}
FIRST_YEAR, LAST_YEAR = 1945, 2100


@dataclass(frozen=True)
class HistoryLine:
    """A row of the list, with the cell it came from."""

    where: str
    year: int
    code: str
    name: str
    award: str | None
    grade: str | None
    decision: str


def read_history(path: Path) -> tuple[list[HistoryLine], list[Problem]]:
    """Every row of every sheet that has the columns; every fault with its cell."""
    if path.suffix.lower() == ".csv":
        rows = tuple(tuple(r) for _, r in _csv_rows(path))
        tables = [SheetTable(path.name, "CSV", rows)]
    else:
        tables = read_tables(path)
    lines: list[HistoryLine] = []
    problems: list[Problem] = []
    found = False
    for table in tables:
        header = find_header(table, WORDS, ("year", "code", "award"))
        if header is None or "year" not in header.columns or not (
            {"code", "name"} & set(header.columns) and {"award", "grade"} & set(header.columns)
        ):
            continue
        found = True
        for row in range(header.last_row + 1, len(table.rows)):
            _read_row(table, row, header.columns, lines, problems)
    if not found:
        problems.append(problem(path.name, "history_no_header"))
    return lines, problems


def _read_row(
    table: SheetTable, row: int, cols: Mapping[str, int], lines: list[HistoryLine], problems: list[Problem]
) -> None:
    text = {field: table.text(row, cols.get(field)) for field in WORDS}
    if not any(text.values()):
        return
    year = int(text["year"]) if text["year"].isdigit() else None
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        problems.append(problem(table.where(row, cols["year"]), "history_bad_year", value=text["year"]))
        return
    if not text["code"] and not text["name"]:
        problems.append(problem(table.where(row, cols.get("code", cols.get("name"))), "history_no_unit"))
        return
    if not text["award"] and not text["grade"]:
        problems.append(problem(table.where(row, cols.get("award", cols.get("grade"))), "history_no_award"))
        return
    lines.append(HistoryLine(table.where(row), year, text["code"], text["name"], text["award"] or None,
                             text["grade"] or None, text["decision"]))
