"""Reading the criteria table a committee publishes (DESIGN §5) into a criteria set.

The sheet and its header row are found by their words (``TT``/``STT``, ``Nội dung``/``Tiêu
chí``, ``Điểm chuẩn``/``Thang điểm``/``Điểm``…); title rows above are skipped, and one of them
names the set. Rows are placed in a tree by their numbering (:mod:`numbering`), turned into
document nodes (:mod:`criteria_tree`), joined by the grades of the ``Xếp loại`` sheet, and
checked by :func:`parse_criteria` exactly as a JSON document is, every fault named by its cell.

What the table cannot say is left at its default: version, unit kind, aggregation, tie
breakers, quotas, awards, and the entry step of each criterion (0,25).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from emulation.excel.criteria_points import Points, read_points
from emulation.excel.criteria_tree import TableItem, TreeBuilder, heading_kind
from emulation.excel.grades_sheet import GradesRead, is_grades_sheet, read_grades_sheet
from emulation.excel.numbering import Mark, NumberedRow, assign_codes
from emulation.excel.safe_open import WorkbookRefused
from emulation.excel.sheet_table import Header, SheetTable, find_header, read_tables
from emulation.scoring.criteria import FORMAT, CriteriaSet
from emulation.scoring.criteria_doc import parse_criteria
from emulation.scoring.numbers import ZERO
from emulation.scoring.problems import Problem
from emulation.text import format_decimal, match_key

HEADER_WORDS = {
    "number": ("TT", "STT", "Số TT", "Số thứ tự", "Thứ tự"),
    "title": ("Nội dung", "Tiêu chí", "Nội dung tiêu chí", "Nội dung đánh giá",
              "Tiêu chí đánh giá", "Nội dung chấm điểm", "Tiêu chí chấm điểm"),
    "points": ("Điểm chuẩn", "Điểm tối đa", "Thang điểm", "Điểm", "Số điểm", "Điểm chuẩn tối đa"),
    "guidance": ("Hướng dẫn chấm", "Cách chấm", "Hướng dẫn chấm điểm", "Cách chấm điểm",
                 "Cách tính điểm", "Hướng dẫn"),
    "note": ("Ghi chú",),
}
REQUIRED = ("number", "title", "points")
_LABELS = {"number": "TT/STT", "title": "Nội dung/Tiêu chí", "points": "Điểm chuẩn/Thang điểm"}
TOTAL_WORDS = ("tổng", "cộng", "tổng cộng", "tổng điểm", "tổng số điểm", "tổng số", "cộng điểm")
NAME_WORDS = ("tiêu chí", "thang điểm", "chấm điểm", "bảng điểm", "đánh giá", "xếp loại")
ISSUER_WORDS = ("ủy ban", "ubnd", "huyện ủy", "tỉnh ủy", "thành ủy", "đảng ủy", "đảng bộ",
                "ban", "hội đồng", "cộng hòa", "độc lập", "chi bộ", "mặt trận", "phòng", "sở")


def read_criteria_table(
    path: Path, *, name: str | None = None
) -> tuple[CriteriaSet | None, list[Problem]]:
    """The criteria set of a committee's table; a set comes back only when there is no fault."""
    path = Path(path)
    try:
        tables = read_tables(path)
    except WorkbookRefused as exc:
        return None, [exc.problem]
    found = _find_table(path.name, tables)
    if isinstance(found, Problem):
        return None, [found]
    table, header = found
    reading = _TableReading(table, header)
    reading.read_rows()
    grades = next((read_grades_sheet(t) for t in tables if t is not table and is_grades_sheet(t)),
                  GradesRead())
    doc = reading.document(name or _title_name(table, header) or path.stem, grades)
    result, doc_problems = parse_criteria(doc)
    where = {**reading.tree.where, **grades.where}
    if reading.tree.unknown:  # sums over unreadable points say nothing more
        doc_problems = [p for p in doc_problems if not _is_sum_fault(p)]
    problems = reading.problems + [_at_cell(p, where, table.sheet_where) for p in doc_problems]
    problems = list(dict.fromkeys(problems))
    return (result, []) if not problems else (None, problems)


def _find_table(file_name: str, tables: list[SheetTable]) -> tuple[SheetTable, Header] | Problem:
    best: tuple[SheetTable, Header] | None = None
    for table in tables:
        if is_grades_sheet(table):
            continue
        header = find_header(table, HEADER_WORDS, REQUIRED)
        if header is not None and not header.missing(REQUIRED):
            return table, header
        if header is not None and (best is None or len(header.columns) > len(best[1].columns)):
            best = table, header
    if best is None:
        return Problem(file_name, "no sheet has a header row with the columns TT/STT, "
                       "Nội dung/Tiêu chí and Điểm chuẩn/Thang điểm in its first 20 rows")
    table, header = best
    missing = ", ".join(_LABELS[f] for f in header.missing(REQUIRED))
    return Problem(table.where(header.row, 0), f"the header row has no column {missing}")


def is_total_row(number: str, title: str) -> bool:
    """A "Tổng điểm"/"Tổng cộng" row: its words in TT, or in the text column with TT blank."""
    key = match_key(number or title).rstrip(":")
    keys = {match_key(w) for w in TOTAL_WORDS}
    return key in keys or key.startswith((match_key("tổng điểm"), match_key("tổng cộng")))


def _title_name(table: SheetTable, header: Header) -> str | None:
    """The title row naming the set: one with words like "tiêu chí", else the first that is
    not the issuing body or a reference in brackets."""
    lines = [t for r in range(header.row) if (t := _row_text(table, r))]
    for line in lines:
        if any(match_key(w) in match_key(line) for w in NAME_WORDS):
            return line
    for line in lines:
        words = match_key(line).split()
        issuer = any(words[: len(w)] == w for w in (match_key(i).split() for i in ISSUER_WORDS))
        if not line.startswith("(") and not issuer:
            return line
    return None


def _row_text(table: SheetTable, row: int) -> str:
    return next((t for c in range(len(table.rows[row])) if (t := table.text(row, c))), "")


def _is_sum_fault(problem: Problem) -> bool:
    return problem.where == "max_total" or (
        problem.where.endswith(".max") and "add up to" in problem.message)


def _at_cell(problem: Problem, where: dict[str, str], fallback: str) -> Problem:
    """A document fault moved to the cell its JSON path came from."""
    path = problem.where
    while path:
        if path in where:
            return Problem(where[path], problem.code, problem.params)
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    if problem.where in ("max_total", "criteria", "bonus_cap", "name"):
        return Problem(fallback, problem.code, problem.params)
    return Problem(fallback, str(problem))


@dataclass
class _TableReading:
    """The rows of the criteria sheet below its header, read once."""

    table: SheetTable
    header: Header
    items: list[TableItem] = field(default_factory=list)
    total: tuple[Points | None, str] | None = None
    problems: list[Problem] = field(default_factory=list)
    tree: TreeBuilder = field(default_factory=TreeBuilder)

    def fault(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def col(self, name: str) -> int | None:
        return self.header.columns.get(name)

    def text(self, row: int, name: str) -> str:
        return self.table.text(row, self.col(name))

    def where(self, row: int, name: str) -> str:
        return self.table.where(row, self.col(name))

    def read_rows(self) -> None:
        rows = self._numbered_rows()
        coded, problems = assign_codes([NumberedRow(self.text(r, "number"), self.where(r, "number"))
                                        for r in rows])
        self.problems.extend(problems)
        by_code: dict[str, TableItem] = {}
        last: TableItem | None = None
        for c in coded:
            row = rows[c.index]
            if c.is_node and c.code is not None and c.full_code is not None:
                last = by_code[c.full_code] = self._item(row, c.code)
                parent = by_code.get(c.parent) if c.parent else None
                (parent.children if parent else self.items).append(last)
            elif c.mark is Mark.GUIDANCE and c.full_code in by_code:
                self._guidance(row, by_code[c.full_code], dash=True)
            elif c.mark is Mark.NONE and last is not None:
                self._guidance(row, last, dash=False)
            elif c.mark is Mark.NONE:
                self.fault(self.where(row, "title"),
                           "this row has no number in TT and no criterion above it")

    def _numbered_rows(self) -> list[int]:
        """Rows below the header up to the total row, without blank rows."""
        rows: list[int] = []
        start = self.header.last_row + 1
        if self._column_numbers(start):
            start += 1
        for row in range(start, len(self.table.rows)):
            fields = [self.text(row, f) for f in ("number", "title", "points", "guidance", "note")]
            if not any(fields):
                continue
            if is_total_row(fields[0], fields[1]):
                value = self.table.value(row, self.col("points"))
                self.total = read_points(value), self.where(row, "points")
                break
            if not fields[0] and heading_kind(fields[1], heading=True):
                self.fault(self.where(row, "number"), f"the heading “{fields[1]}”"
                           " needs a number in TT (e.g. IV)")
                continue
            rows.append(row)
        return rows

    def _column_numbers(self, row: int) -> bool:
        """A row of column numbers under the header: "1 | 2 | 3" or "(1) | (2) | (3)"."""
        if row >= len(self.table.rows):
            return False
        texts = [self.table.text(row, c) for c in self.header.columns.values()]
        return all(t.strip("()").isdigit() for t in texts if t) and sum(1 for t in texts if t) >= 3

    def _item(self, row: int, code: str) -> TableItem:
        cells = {f: self.where(row, f) for f in self.header.columns}
        points = read_points(self.table.value(row, self.col("points")))
        if points is None:
            shown = self.text(row, "points")
            self.fault(cells["points"], f"“{shown}” is not a number of points"
                       " (e.g. 10, 10,0, “Trừ 2 điểm/lần”)")
        title = self.text(row, "title")
        if not title:
            self.fault(cells["title"], "the criterion has no text")
            title = "?"
        item = TableItem(code, title, points, cells)
        self._add_texts(row, item)
        return item

    def _guidance(self, row: int, item: TableItem, *, dash: bool) -> None:
        title = self.text(row, "title").removeprefix("-").strip()
        points = self.text(row, "points")
        if points and not dash:
            self.fault(self.where(row, "number"), "a row with points needs a number in TT")
            return
        if title:
            item.guidance.append(f"{title}: {points} điểm" if points.isdigit() else
                                 f"{title} ({points})" if points else title)
        self._add_texts(row, item)

    def _add_texts(self, row: int, item: TableItem) -> None:
        if guidance := self.text(row, "guidance"):
            item.guidance.append(guidance)
        if note := self.text(row, "note"):
            item.notes.append(note)

    def document(self, name: str, grades: GradesRead) -> dict[str, Any]:
        nodes, base = self.tree.nodes(self.items, "criteria")
        self.problems.extend(self.tree.problems)
        max_total = self._max_total(base)
        self.tree.close_penalties(max_total)
        doc: dict[str, Any] = {"format": FORMAT, "name": name, "max_total": max_total,
                               "criteria": nodes, "grades": grades.grades, "vetoes": grades.vetoes}
        bonus_cap = self.tree.bonus_cap()
        if bonus_cap is not None:
            doc["bonus_cap"] = bonus_cap
        if self.total is not None:
            self.tree.where["max_total"] = self.total[1]
        return doc

    def _max_total(self, base: Decimal) -> Decimal:
        """The total row's points, checked against the criteria; their sum when none is stated."""
        if self.total is None or (self.total[0] is not None and self.total[0].is_blank):
            return base
        points, where = self.total
        stated = points.stated if points is not None and points.per_item is None else None
        if stated is None or stated <= ZERO:
            self.fault(where, "the total is not a number of points")
            return base
        assert points is not None
        if points.value is not None and points.value != base and not self.tree.unknown:
            self.fault(where, f"the total states {format_decimal(points.value)} points"
                       f" but the criteria add up to {format_decimal(base)}")
        return stated
