"""The period report's score table: every leaf, total, rank, grade and marks.

When the leaves do not fit the page width, the table is cut into column chunks; each chunk
repeats rank, unit and parent, and the last one ends with total, grade and remarks.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from emulation.reports.document import esc
from emulation.reports.fonts import BOLD, REGULAR
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
PADDING = 2.5
#: rows per table: about a page, so that splitting a table across pages stays cheap
ROWS_PER_TABLE = 40


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


def _text(value: str, width: float, style: ParagraphStyle) -> Flowable | str:
    """A cell's text: a plain string when it fits on one line, a wrapping Paragraph otherwise.

    Plain strings cost a table almost nothing; a Paragraph per cell made long reports slow.
    """
    if stringWidth(value, REGULAR, SIZE) <= width - 2 * PADDING:
        return value
    return Paragraph(esc(value), style)


def _line(row: ReportRow, leaves: Sequence[ReportLeaf], last: bool, widths: Sequence[float]) -> list[Flowable | str]:
    left = cell(SIZE)
    cells: list[Flowable | str] = ["" if row.rank is None else str(row.rank), _text(row.name, widths[1], left),
                                   _text(row.parent or "", widths[2], left)]
    cells += [_points(row.scores.get(leaf.code)) for leaf in leaves]
    if last:
        cells += [format_decimal(row.total), _text(row.grade or "", widths[-2], left),
                  _text(remarks(row), widths[-1], left)]
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
    """One table per chunk of leaves and of rows, header rows repeated on every page.

    Rows go in tables of ``ROWS_PER_TABLE``: reportlab splits a long table across pages in
    time that grows faster than its rows, short tables keep the whole report linear.
    """
    chunks = chunk_leaves(leaves, width)
    tables = []
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        widths = _widths(len(chunk), last, width)
        header = _header(chunk, last)
        for start in range(0, max(len(rows), 1), ROWS_PER_TABLE):
            data = [header, *(_line(row, chunk, last, widths) for row in rows[start:start + ROWS_PER_TABLE])]
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(_style(len(chunk), last))
            tables.append(table)
    return tables


def _style(leaves: int, last: bool) -> TableStyle:
    first_leaf = len(HEAD_WIDTHS)
    commands: list[tuple[object, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), SIZE),
        ("LEADING", (0, 0), (-1, -1), SIZE * 1.18),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (first_leaf, 1), (first_leaf + leaves - 1, -1), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if last:
        total = first_leaf + leaves
        commands += [("ALIGN", (total, 1), (total, -1), "CENTER"), ("FONTNAME", (total, 1), (total, -1), BOLD)]
    return table_style(*commands)
