"""The per-unit score form villages fill in by hand (DESIGN §6).

One sheet per unit, with ``TT | Tiêu chí | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định``
(header words matched leniently, a two-row header allowed). The unit is the one an
"Đơn vị: …" line above the header names, else the sheet's name, matched by code or by name
(case, spaces, Unicode form and tone placement ignored). Rows are placed by their numbering
exactly as in the criteria table, so ``1.1`` under ``II.1`` is leaf ``II.1.1``. Values on
group rows and the total row are not scores; a formula is read from the value Excel saved
with it. Every fault is reported at once, with its cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from emulation.excel.criteria_table import HEADER_WORDS, is_total_row
from emulation.excel.numbering import CodedRow, NumberedRow, assign_codes
from emulation.excel.safe_open import WorkbookRefused
from emulation.excel.sheet_table import Header, SheetTable, find_header, read_tables
from emulation.excel.unit_lookup import KnownUnit, UnitLookup
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.entries import RawValue, read_entry
from emulation.scoring.problems import Problem, placed, problem
from emulation.scoring.scores import Role

__all__ = ["FORM_WORDS", "HandFormEntry", "KnownUnit", "read_hand_forms"]

FORM_WORDS = {
    "number": HEADER_WORDS["number"],
    "title": HEADER_WORDS["title"],
    Role.SELF.value: ("Điểm tự chấm", "Tự chấm", "Điểm tự đánh giá", "Tự đánh giá",
                      "Đơn vị tự chấm", "Điểm đơn vị tự chấm"),
    Role.OFFICIAL.value: ("Điểm thẩm định", "Thẩm định", "Điểm hội đồng chấm", "Hội đồng chấm",
                          "Điểm HĐ chấm", "Điểm chấm của hội đồng", "Kết quả thẩm định"),
}
ROLES = (Role.SELF, Role.OFFICIAL)


@dataclass(frozen=True, slots=True)
class HandFormEntry:
    """One value read from a form: ``raw`` as :func:`read_entry` gives it (a count for a
    penalty counted per time)."""

    unit_code: str
    leaf_code: str
    role: Role
    raw: RawValue
    where: str


def read_hand_forms(
    path: Path, *, criteria: CriteriaSet, units: Sequence[KnownUnit]
) -> tuple[list[HandFormEntry], list[Problem]]:
    """Every value of every form sheet in the workbook, or the faults that stop the import."""
    path = Path(path)
    try:
        values = read_tables(path, data_only=True)
        formulas = read_tables(path, data_only=False)
    except WorkbookRefused as exc:
        return [], [exc.problem]
    lookup = UnitLookup(units)
    entries: list[HandFormEntry] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    forms = 0
    for table, formula_table in zip(values, formulas, strict=True):
        header = find_header(table, FORM_WORDS, ("number", "title", *ROLES))
        if header is None or header.missing(("number", "title")):
            continue
        forms += 1
        if not any(role.value in header.columns for role in ROLES):
            problems.append(problem(table.where(header.row, 0), "form_no_score_column"))
            continue
        sheet = _FormSheet(table, formula_table, header, criteria)
        unit = _unit_of(sheet, lookup, seen, problems)
        sheet.read(unit or "", problems, entries)
    if not forms:
        problems.append(problem(path.name, "form_no_header", rows=20))
    return ([], problems) if problems else (entries, [])


def _unit_of(
    sheet: _FormSheet, lookup: UnitLookup, seen: dict[str, str], problems: list[Problem]
) -> str | None:
    table = sheet.table
    named = lookup.named_line(table, sheet.header.row)
    unit = lookup.find(named[0]) if named else None
    unit = unit or lookup.find(table.title)
    if unit is None:
        text, where = named if named else (table.title, table.sheet_where)
        fault = "form_unit_unknown" if named else "form_sheet_names_no_unit"
        problems.append(problem(where, fault, text=text))
        return None
    if unit.code in seen:
        problems.append(problem(table.sheet_where, "form_unit_twice", code=unit.code, name=unit.name,
                                sheet=seen[unit.code]))
        return None
    seen[unit.code] = table.title
    return unit.code


@dataclass
class _FormSheet:
    table: SheetTable
    formulas: SheetTable
    header: Header
    criteria: CriteriaSet

    def read(self, unit: str, problems: list[Problem], entries: list[HandFormEntry]) -> None:
        """Entries for ``unit`` (none when it is unknown, but faults are still found)."""
        cols = self.header.columns
        rows = self._rows()
        coded, numbering = assign_codes(
            [NumberedRow(self.table.text(r, cols["number"]), self.table.where(r, cols["number"]))
             for r in rows])
        problems.extend(numbering)
        scored = [(role, cols[role.value]) for role in ROLES if role.value in cols]
        for c in coded:
            row = rows[c.index]
            filled = [(role, col) for role, col in scored
                      if self.table.text(row, col) or self._formula(row, col)]
            if filled:
                self._row(unit, c, row, filled, problems, entries)

    def _row(
        self, unit: str, c: CodedRow, row: int, filled: list[tuple[Role, int]],
        problems: list[Problem], entries: list[HandFormEntry],
    ) -> None:
        """One row's values; a subtotal formula on a group or guidance row is not a score."""
        typed = [col for _, col in filled if not self._formula(row, col)]
        node = self.criteria.node_by_code.get(c.full_code or "") if c.is_node else None
        if not c.is_node or (node is not None and node.is_group):
            if typed:
                where = self.table.where(row, typed[0])
                problems.append(problem(where, "form_group_scored", code=c.full_code or "") if c.is_node
                                else problem(where, "form_value_without_number"))
        elif node is None:
            where = self.table.where(row, self.header.columns["number"])
            problems.append(problem(where, "form_unknown_criterion", code=c.full_code or ""))
        else:
            for role, col in filled:
                self._entry(unit, c.full_code or "", role, row, col, problems, entries)

    def _rows(self) -> list[int]:
        cols = self.header.columns
        rows: list[int] = []
        for row in range(self.header.last_row + 1, len(self.table.rows)):
            number = self.table.text(row, cols["number"])
            title = self.table.text(row, cols["title"])
            if is_total_row(number, title):
                break
            if number or title or any(self.table.value(row, c) is not None for c in cols.values()):
                rows.append(row)
        return rows

    def _formula(self, row: int, col: int) -> bool:
        value = self.formulas.value(row, col)
        return isinstance(value, str) and value.startswith("=")

    def _entry(
        self, unit: str, code: str, role: Role, row: int, col: int,
        problems: list[Problem], entries: list[HandFormEntry],
    ) -> None:
        where = self.table.where(row, col)
        value = self.table.value(row, col)
        if value is None:  # a formula Excel never computed
            problems.append(problem(where, "formula_without_value"))
            return
        leaf = self.criteria.leaf_by_code[code].criterion
        raw, error = read_entry(leaf, value)
        if error is not None:
            problems.append(placed(error, where))
        elif raw is not None and unit:
            entries.append(HandFormEntry(unit, code, role, raw, where))
