"""The period report's score table: every leaf, total, rank, grade and marks.

When the leaves do not fit the page width, the table is cut into column chunks; each chunk
repeats rank, unit and parent, and the last one ends with total, grade and remarks.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from emulation.reports.document import esc
from emulation.reports.models import ReportLeaf, ReportRow
from emulation.reports.styles import GRID, HEADER_FILL, cell, table_style
from emulation.text import format_decimal

SIZE = 8.5
LEAF_MIN = 11 * mm
LEAF_MAX = 16 * mm
#: Widths of the columns every chunk repeats: rank, unit, parent.
HEAD_WIDTHS = (10 * mm, 42 * mm, 30 * mm)
#: Widths of the columns that end the last chunk: total, grade, remarks.
TAIL_WIDTHS = (15 * mm, 24 * mm, 22 * mm)
INCOMPLETE = "chưa đủ điểm"


def chunk_leaves(leaves: Sequence[ReportLeaf], width: float) -> list[Sequence[ReportLeaf]]:
    """Leaves cut into groups that fit the width, the last leaving room for the tail."""
    room = width - sum(HEAD_WIDTHS)
    last_fits = max(1, int((room - sum(TAIL_WIDTHS)) // LEAF_MIN))
    middle_fits = max(1, int(room // LEAF_MIN))
    chunks: list[Sequence[ReportLeaf]] = []
    rest = list(leaves)
    while len(rest) > last_fits:
        chunks.append(rest[:middle_fits])
        rest = rest[middle_fits:]
    chunks.append(rest)
    return chunks


def remarks(row: ReportRow) -> str:
    marks = list(row.vetoes)
    if row.incomplete:
        marks.append(INCOMPLETE)
    return "; ".join(marks)


def _points(value: Decimal | None) -> str:
    return "–" if value is None else format_decimal(value)


def _header(leaves: Sequence[ReportLeaf], last: bool) -> list[Flowable]:
    bold = cell(SIZE, bold=True, align="center")
    heads = ["Hạng", "Đơn vị", "Thuộc"]
    heads += [f"{esc(leaf.code)}<br/>({format_decimal(leaf.max)})" for leaf in leaves]
    if last:
        heads += ["Tổng", "Xếp loại", "Ghi chú"]
    return [Paragraph(h, bold) for h in heads]


def _line(row: ReportRow, leaves: Sequence[ReportLeaf], last: bool) -> list[Flowable]:
    left, centre = cell(SIZE), cell(SIZE, align="center")
    cells = [Paragraph("" if row.rank is None else str(row.rank), centre), Paragraph(esc(row.name), left),
             Paragraph(esc(row.parent or ""), left)]
    cells += [Paragraph(_points(row.scores.get(leaf.code)), centre) for leaf in leaves]
    if last:
        cells += [Paragraph(format_decimal(row.total), cell(SIZE, bold=True, align="center")),
                  Paragraph(esc(row.grade or ""), left), Paragraph(esc(remarks(row)), left)]
    return cells


def _widths(count: int, last: bool, width: float) -> list[float]:
    tail = list(TAIL_WIDTHS) if last else []
    room = width - sum(HEAD_WIDTHS) - sum(tail)
    leaf = min(LEAF_MAX, room / count) if count else 0
    spare = room - leaf * count
    head = [HEAD_WIDTHS[0], HEAD_WIDTHS[1] + spare * 0.6, HEAD_WIDTHS[2] + spare * 0.4]
    return head + [leaf] * count + tail


def score_tables(leaves: Sequence[ReportLeaf], rows: Sequence[ReportRow],
                 width: float) -> list[Table]:
    """One table per chunk of leaves, header rows repeated on every page."""
    chunks = chunk_leaves(leaves, width)
    tables = []
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        data = [_header(chunk, last), *(_line(row, chunk, last) for row in rows)]
        table = Table(data, colWidths=_widths(len(chunk), last, width), repeatRows=1)
        table.setStyle(table_style(
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ))
        tables.append(table)
    return tables
