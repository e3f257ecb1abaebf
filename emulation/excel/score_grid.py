"""Reading a filled score workbook: units as rows, leaf criteria as columns (DESIGN §6).

The header row is found by its cells that equal leaf codes, so the template written by
:mod:`emulation.excel.score_template` reads back, and so does a sheet someone laid out by
hand. Every fault in the file is returned; entries come back only when there are none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emulation.excel.coordinates import column_letter
from emulation.excel.fast_read import read_sheets
from emulation.excel.formula_scan import uncached_formulas
from emulation.excel.safe_open import cell_text, cell_where, sheet_rows
from emulation.excel.score_meta import FORMAT, META_SHEET
from emulation.excel.units_file import heading_field
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.entries import RawValue, read_entry
from emulation.scoring.problems import Param, Problem, placed, problem
from emulation.text import match_key

HEADER_SEARCH_ROWS = 30
_TOTAL_NAMES = frozenset(
    match_key(w) for w in ("Tổng", "Tổng cộng", "Cộng", "Tổng số", "Tổng điểm")
)
_META_MISSING = {"format": "grid_format_missing", "period": "grid_period_missing",
                 "fingerprint": "grid_fingerprint_missing"}


@dataclass(frozen=True, slots=True)
class KnownUnit:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class GridEntry:
    unit_code: str
    leaf_code: str
    raw: RawValue
    where: str


def read_score_grid(
    path: Path, *, period_name: str, criteria: CriteriaSet, fingerprint: str,
    units: Sequence[KnownUnit],
) -> tuple[list[GridEntry], list[Problem]]:
    """Read every sheet with leaf-code headers; raises ``WorkbookRefused`` for a non-workbook."""
    path = Path(path)
    sheets = read_sheets(path)
    formulas = uncached_formulas(path)
    reader = _GridReader(path.name, criteria, units)
    if META_SHEET in sheets:
        reader.check_meta(sheets[META_SHEET], period_name, fingerprint)
    for title, rows in sheets.items():
        if not title.startswith("_"):
            reader.read_sheet(title, rows, formulas.get(title, set()))
    return reader.finish()


def _rows(ws: Any, file_name: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in sheet_rows(ws, file_name)]


def _at(row: Sequence[Any], col: int) -> Any:
    return row[col] if col < len(row) else None


def _blank(row: Sequence[Any], columns: dict[int, str]) -> bool:
    return all(cell_text(_at(row, col)) is None for col in columns)


def _letter(col: int) -> str:
    return column_letter(col + 1)


class _UnitIndex:
    """Known units by code, then by name (case, spacing, Unicode form, tone placement ignored)."""

    def __init__(self, units: Sequence[KnownUnit]) -> None:
        self.units = units
        self.by_code = {u.code: u for u in units}
        self.by_code_key: dict[str, list[KnownUnit]] = {}
        self.by_name_key: dict[str, list[KnownUnit]] = {}

    def _keys(self) -> None:
        """The matching keys, worked out the first time a row does not give a code as it is stored."""
        if self.by_code_key or not self.units:
            return
        for u in self.units:
            self.by_code_key.setdefault(match_key(u.code), []).append(u)
            self.by_name_key.setdefault(match_key(u.name), []).append(u)

    def find(self, code: str | None, name: str | None) -> tuple[KnownUnit | None, Problem | None]:
        """The unit a row names, or None with the fault (its place left for the caller)."""
        if code is not None and (unit := self.by_code.get(code)) is not None:
            return unit, None
        self._keys()
        if code is not None:
            similar = self.by_code_key.get(match_key(code), [])
            if len(similar) == 1:
                return similar[0], None
        if name is not None:
            named = self.by_name_key.get(match_key(name), [])
            if len(named) == 1:
                return named[0], None
            if named:
                return None, problem("", "grid_unit_name_ambiguous", name=name)
        if code is not None and name is not None:
            return None, problem("", "grid_unit_unknown_named", code=code, name=name)
        return None, problem("", "grid_unit_unknown", unit=code or name or "")


class _GridReader:
    def __init__(self, file_name: str, criteria: CriteriaSet, units: Sequence[KnownUnit]) -> None:
        self.file_name = file_name
        self.criteria = criteria
        self.units = _UnitIndex(units)
        self.leaf_codes = {leaf.code: leaf.code for leaf in criteria.leaves}
        for leaf in criteria.leaves:
            self.leaf_codes.setdefault(leaf.code.casefold(), leaf.code)
        self.entries: list[GridEntry] = []
        self.problems: list[Problem] = []
        self.seen: dict[str, str] = {}
        #: (leaf, the cell value's type, the value) → what it reads as: a sheet repeats few values
        self.read: dict[tuple[str, type, Any], tuple[RawValue | None, Problem | None]] = {}
        self.sheets_read = 0

    def where(self, sheet: str, row: int, col: int) -> str:
        return cell_where(self.file_name, sheet, f"{_letter(col)}{row}")

    def fault(self, sheet: str, row: int, col: int, code: str, /, **params: Param) -> None:
        self.problems.append(problem(self.where(sheet, row, col), code, **params))

    def check_meta(self, rows: list[tuple[Any, ...]], period_name: str, fingerprint: str) -> None:
        found = {cell_text(_at(r, 0)): (cell_text(_at(r, 1)), i) for i, r in enumerate(rows, 1)}
        expected = (("format", FORMAT), ("period", period_name), ("fingerprint", fingerprint))
        for key, wanted in expected:
            value, row = found.get(key, (None, 0))
            if value is None:
                where = cell_where(self.file_name, None, META_SHEET)
                self.problems.append(problem(where, _META_MISSING[key]))
            elif match_key(value) != match_key(wanted):
                self.problems.append(placed(_meta_fault(key, value, wanted), self.where(META_SHEET, row, 1)))

    def leaf_code(self, text: str | None) -> str | None:
        if text is None:
            return None
        return self.leaf_codes.get(text) or self.leaf_codes.get(text.casefold())

    def leaf_columns(self, rows: list[tuple[Any, ...]]) -> tuple[int, dict[int, str]]:
        """The header row (1-based; 0 when none) and the leaf code of each column in it."""
        best_row, best = 0, dict[int, str]()
        for index, row in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
            columns: dict[int, str] = {}
            for col, value in enumerate(row):
                code = self.leaf_code(cell_text(value))
                if code is not None:
                    columns[col] = code
            if len(columns) > len(best):
                best_row, best = index, columns
        if len(best) < min(2, len(self.leaf_codes)):
            return 0, {}
        return best_row, best

    def read_sheet(self, sheet: str, rows: list[tuple[Any, ...]], uncached: set[tuple[int, int]]) -> None:
        """Read one sheet; ``uncached`` holds its formula cells that have no computed value."""
        header, columns = self.leaf_columns(rows)
        if not header:
            return
        self.sheets_read += 1
        self._duplicate_columns(sheet, header, columns)
        code_col, name_col = _unit_columns(rows, header, columns)
        formulas = {(r, c) for r, c in uncached if r > header and c in columns}
        #: each leaf column, its code and its cells' place but the row number: ``file › sheet › D``
        places = [(col, code, self.where(sheet, 1, col)[:-1]) for col, code in sorted(columns.items())]
        in_header = True
        for index in range(header + 1, len(rows) + 1):
            row = rows[index - 1]
            code, name = cell_text(_at(row, code_col)), cell_text(_at(row, name_col))
            if code is None and name is None:
                if not in_header:
                    self._orphan_values(sheet, index, row, columns)
                continue
            in_header = False
            if code is None and (match_key(name or "") in _TOTAL_NAMES or _blank(row, columns)):
                continue  # a total row, or a note under the table
            unit = self._unit(sheet, index, code_col if code else name_col, code, name)
            if unit is not None:
                self._values(sheet, index, row, unit, places, formulas)

    def _duplicate_columns(self, sheet: str, header: int, columns: dict[int, str]) -> None:
        first: dict[str, int] = {}
        for col, code in sorted(columns.items()):
            if code in first:
                also = self.where(sheet, header, first[code])
                self.fault(sheet, header, col, "grid_column_twice", code=code, also=also)
                del columns[col]
            first.setdefault(code, col)

    def _orphan_values(
        self, sheet: str, index: int, row: tuple[Any, ...], columns: dict[int, str]
    ) -> None:
        filled = [col for col in sorted(columns) if cell_text(_at(row, col)) is not None]
        if filled:
            self.fault(sheet, index, filled[0], "grid_values_without_unit")

    def _unit(
        self, sheet: str, index: int, col: int, code: str | None, name: str | None
    ) -> KnownUnit | None:
        unit, fault = self.units.find(code, name)
        where = self.where(sheet, index, col)
        if unit is None:
            self.problems.append(placed(fault or problem("", "grid_unit_unknown", unit=""), where))
            return None
        earlier = self.seen.setdefault(unit.code, where)
        if earlier != where:
            self.problems.append(problem(where, "grid_unit_twice", code=unit.code, also=earlier))
            return None
        return unit

    def _values(
        self, sheet: str, index: int, row: tuple[Any, ...], unit: KnownUnit,
        places: list[tuple[int, str, str]], formulas: set[tuple[int, int]],
    ) -> None:
        width, number, add, known = len(row), str(index), self.entries.append, self.read
        for col, code, place in places:
            value = row[col] if col < width else None
            if value is None:  # blank: not scored, unless it is a formula nobody computed
                if formulas and (index, col) in formulas:
                    self.fault(sheet, index, col, "formula_without_value")
                continue
            try:
                raw, error = known[(code, value.__class__, value)]
            except (KeyError, TypeError):
                raw, error = self._read(code, value)
            if error is not None:
                self.problems.append(placed(error, self.where(sheet, index, col)))
            elif raw is not None:
                add(GridEntry(unit.code, code, raw, place + number))

    def _read(self, code: str, value: Any) -> tuple[RawValue | None, Problem | None]:
        key = (code, value.__class__, value)
        try:
            return self.read[key]
        except KeyError:
            found = self.read[key] = read_entry(self.criteria.leaf_by_code[code].criterion, value)
            return found
        except TypeError:  # a value that cannot be a key is read each time
            return read_entry(self.criteria.leaf_by_code[code].criterion, value)

    def finish(self) -> tuple[list[GridEntry], list[Problem]]:
        if not self.sheets_read:
            examples = ", ".join(list(self.criteria.leaf_by_code)[:2])
            self.problems.append(problem(self.file_name, "grid_no_criteria_columns", examples=examples))
        return ([] if self.problems else self.entries), self.problems


def _meta_fault(key: str, found: str, wanted: str) -> Problem:
    if key == "period":
        return problem("", "grid_other_period", found=found, wanted=wanted)
    if key == "fingerprint":
        return problem("", "grid_criteria_changed")
    return problem("", "grid_foreign_format", found=found)


def _unit_columns(
    rows: list[tuple[Any, ...]], header: int, columns: dict[int, str]
) -> tuple[int, int]:
    """The code and name columns: by their header words near the header row, else A and B."""
    found: dict[str, int] = {}
    for row in rows[max(header - 2, 0): header + 2]:
        for col, value in enumerate(row):
            field = heading_field(value)
            if field in ("code", "name") and col not in columns:
                found.setdefault(field, col)
    code_col = found.get("code", 0)
    return code_col, found.get("name", 1 if code_col != 1 else 2)
