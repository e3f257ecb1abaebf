"""The period report's summaries: grade distribution (table and bar chart), per-parent table."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from emulation.reports.document import esc
from emulation.reports.fonts import BOLD, REGULAR
from emulation.reports.models import ReportRow
from emulation.reports.styles import DARK_RED, GRID, HEADER_FILL, cell, table_style
from emulation.scoring.numbers import round2
from emulation.text import format_decimal, sort_key

UNGRADED = "Chưa xếp loại"
NO_PARENT = "(không thuộc đơn vị nào)"
SIZE = 10


def grade_columns(rows: Sequence[ReportRow], grade_names: Sequence[str]) -> list[str]:
    """The grades to count, best first, with "Chưa xếp loại" when some unit has none."""
    names = list(grade_names)
    extra = sorted({r.grade for r in rows if r.grade and r.grade not in names}, key=sort_key)
    if any(r.grade is None for r in rows):
        extra.append(UNGRADED)
    return names + extra


def grade_counts(rows: Sequence[ReportRow], columns: Sequence[str]) -> dict[str, int]:
    counts = Counter(r.grade or UNGRADED for r in rows)
    return {name: counts.get(name, 0) for name in columns}


def _percent(part: int, whole: int) -> str:
    if not whole:
        return "0"
    return format_decimal(Decimal(part * 100) / whole, places=1)


def _grid_style(header_rows: int = 1) -> list[tuple[object, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]


def distribution_table(counts: dict[str, int]) -> Table:
    total = sum(counts.values())
    head = [Paragraph(h, cell(SIZE, bold=True, align="center"))
            for h in ("Xếp loại", "Số đơn vị", "Tỷ lệ (%)")]
    centre = cell(SIZE, align="center")
    body = [[Paragraph(esc(name), cell(SIZE)), Paragraph(str(n), centre),
             Paragraph(_percent(n, total), centre)] for name, n in counts.items()]
    bold = cell(SIZE, bold=True, align="center")
    body.append([Paragraph("Cộng", cell(SIZE, bold=True)), Paragraph(str(total), bold),
                 Paragraph(_percent(total, total), bold)])
    table = Table([head, *body], colWidths=[42 * mm, 22 * mm, 22 * mm])
    table.setStyle(table_style(*_grid_style()))
    return table


def distribution_chart(counts: dict[str, int], width: float = 125 * mm,
                       height: float = 62 * mm) -> Drawing:
    """A bar per grade with its count on top, labelled in the embedded font."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = width - 16 * mm, height - 21 * mm
    chart.data = [list(counts.values())]
    chart.categoryAxis.categoryNames = list(counts)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8.5
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    top = max(counts.values(), default=0)
    step = max(1, -(-top // 5))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step * 5, step * -(-top // step) + step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = DARK_RED
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 8.5
    chart.barLabels.nudge = 7
    chart.barLabelFormat = "%d"
    drawing.add(chart)
    drawing.add(String(2 * mm, height - 3 * mm, "Số đơn vị", fontName=REGULAR, fontSize=8.5))
    return drawing


def parent_table(rows: Sequence[ReportRow], columns: Sequence[str], width: float) -> Table:
    """Per parent unit: number of units, mean total and the count in each grade."""
    groups: dict[str, list[ReportRow]] = defaultdict(list)
    for row in rows:
        groups[row.parent or NO_PARENT].append(row)
    bold = cell(SIZE - 0.5, bold=True, align="center")
    head = [Paragraph(h, bold) for h in ("Đơn vị cấp trên", "Số đơn vị", "Điểm bình quân")]
    head += [Paragraph(esc(name), bold) for name in columns]
    centre = cell(SIZE, align="center")
    body: list[list[Flowable]] = []
    for parent in sorted(groups, key=sort_key):
        members = groups[parent]
        mean = round2(sum((r.total for r in members), Decimal(0)) / len(members))
        counts = grade_counts(members, columns)
        body.append([Paragraph(esc(parent), cell(SIZE)), Paragraph(str(len(members)), centre),
                     Paragraph(format_decimal(mean, places=2), centre),
                     *(Paragraph(str(counts[c]), centre) for c in columns)])
    first = 60 * mm
    rest = (width - first) / (len(columns) + 2)
    table = Table([head, *body], colWidths=[first] + [min(rest, 30 * mm)] * (len(columns) + 2),
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(*_grid_style()))
    return table
