"""The criteria table of a score form: every group and leaf, with blank score columns."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from emulation.reports.document import esc
from emulation.reports.fonts import ITALIC
from emulation.reports.styles import GRID, GROUP_FILL, HEADER_FILL, cell, style, table_style
from emulation.scoring.criteria import ADJUSTMENTS, CriteriaSet, Criterion, Kind
from emulation.scoring.numbers import ZERO
from emulation.text import format_decimal

HEADINGS = ("TT", "Tiêu chí", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định")
SIZE = 11.5
HINT_SIZE = 9.5
#: Widths of the columns around the title, which takes the rest.
CODE_WIDTH, MAX_WIDTH, SCORE_WIDTH = 12 * mm, 27 * mm, 23 * mm


def _adjustments(node: Criterion) -> Iterator[Criterion]:
    for child in node.children:
        if child.is_group:
            yield from _adjustments(child)
        else:
            yield child


def _group_standard(node: Criterion) -> str:
    """A group of bonus or penalty leaves only shows what they add or take away in all."""
    leaves = list(_adjustments(node))
    kinds = {leaf.kind for leaf in leaves}
    if node.max is not None or not kinds <= ADJUSTMENTS or len(kinds) != 1:
        return format_decimal(node.max_points)
    most = sum((leaf.max_points for leaf in leaves), ZERO)
    if kinds == {Kind.BONUS}:
        return format_decimal(most)
    return f"Trừ tối đa {format_decimal(most)}" if most else ""


def standard(node: Criterion) -> str:
    """The "Điểm chuẩn" cell: "10", "2,5", or for a penalty "Trừ 2 điểm/lần"."""
    if node.is_group:
        return _group_standard(node)
    if node.kind is Kind.PENALTY:
        if node.per_item is not None:
            text = f"Trừ {format_decimal(node.per_item)} điểm/{node.unit or 'lần'}"
            return text + (f" (tối đa {format_decimal(node.max)})" if node.max else "")
        return f"Trừ tối đa {format_decimal(node.max_points)}"
    return format_decimal(node.max_points)


def _bands(node: Criterion) -> str:
    unit = f" {node.unit}" if node.unit else ""
    parts = []
    for band in node.bands:
        when = "còn lại" if band.min == 0 else f"từ {format_decimal(band.min)}{unit}"
        parts.append(f"{when}: {format_decimal(band.points)} điểm")
    return "; ".join(parts)


def hint(node: Criterion) -> str:
    """How a leaf is scored, in a few words, for the person scoring on paper."""
    parts = []
    if node.kind is Kind.BANDS:
        parts.append(_bands(node))
    elif node.kind is Kind.LEVELS:
        levels = (f"{lv.label}: {format_decimal(lv.points)} điểm" for lv in node.levels)
        parts.append("; ".join(levels))
    elif node.kind is Kind.RATIO and node.target is not None:
        unit = node.unit or ""
        parts.append(f"đạt {format_decimal(node.target)}{unit} trở lên: "
                     f"{format_decimal(node.max_points)} điểm; thấp hơn tính theo tỷ lệ")
    elif node.kind is Kind.CHECK:
        parts.append(f"có: {format_decimal(node.max_points)} điểm; không: 0 điểm")
    if node.guidance:
        parts.append(node.guidance)
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _walk(nodes: tuple[Criterion, ...], depth: int = 0) -> Iterator[tuple[Criterion, int]]:
    for node in nodes:
        yield node, depth
        yield from _walk(node.children, depth + 1)


def _row(node: Criterion, depth: int) -> list[Flowable]:
    bold = node.is_group
    title = esc(node.title)
    note = hint(node)
    if note:
        title += f'<br/><font name="{ITALIC}" size="{HINT_SIZE}">{esc(note)}</font>'
    title_style = style(f"form-title-{depth}-{bold}", size=SIZE, bold=bold, leading=SIZE * 1.2)
    title_style.leftIndent = max(0, depth - 1) * 10
    return [Paragraph(esc(node.code), cell(SIZE, bold=bold, align="center")),
            Paragraph(title, title_style),
            Paragraph(esc(standard(node)), cell(SIZE, bold=bold, align="center")), "", ""]


def criteria_table(criteria: CriteriaSet, width: float) -> Table:
    """TT | Tiêu chí | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định, with a total row."""
    head = [Paragraph(h, cell(SIZE, bold=True, align="center")) for h in HEADINGS]
    walked = list(_walk(criteria.criteria))
    body = [_row(node, depth) for node, depth in walked]
    total = [Paragraph("", cell(SIZE)), Paragraph("Tổng cộng", cell(SIZE, bold=True)),
             Paragraph(format_decimal(criteria.max_total), cell(SIZE, bold=True, align="center")),
             "", ""]
    title_width = width - CODE_WIDTH - MAX_WIDTH - 2 * SCORE_WIDTH
    table = Table([head, *body, total], repeatRows=1,
                  colWidths=[CODE_WIDTH, title_width, MAX_WIDTH, SCORE_WIDTH, SCORE_WIDTH])
    groups = [("BACKGROUND", (0, i), (-1, i), GROUP_FILL)
              for i, (node, _) in enumerate(walked, start=1) if node.is_group]
    table.setStyle(table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        *groups,
    ))
    return table
