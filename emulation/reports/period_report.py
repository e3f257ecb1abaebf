"""The period report (báo cáo kết quả chấm điểm), A4 landscape: the full score table with a
legend of criterion codes, the grade distribution with a chart, and a per-parent summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from emulation.reports.award_list import attached_line
from emulation.reports.document import (
    CentredLines,
    Line,
    Output,
    build,
    esc,
    make_doc,
    national_header,
    signer_block,
)
from emulation.reports.layout import LANDSCAPE, PageLayout
from emulation.reports.models import Decision, Issuer, ReportLeaf, ReportRow
from emulation.reports.report_scores import INCOMPLETE, score_tables
from emulation.reports.report_summary import (
    distribution_chart,
    distribution_table,
    grade_columns,
    grade_counts,
    parent_table,
)
from emulation.reports.styles import GRID, cell, style, table_style
from emulation.text import document_date_line, format_decimal

LEGEND_SIZE = 9


def _section(title: str) -> Paragraph:
    return Paragraph(esc(title), style("section", size=13, bold=True, space_after=4))


def legend(leaves: Sequence[ReportLeaf], width: float) -> Table:
    """Criterion codes and titles in two column pairs, with the marks used in the table."""
    small, bold = cell(LEGEND_SIZE), cell(LEGEND_SIZE, bold=True)
    items = [(Paragraph(esc(leaf.code), bold),
              Paragraph(f"{esc(leaf.title)} (tối đa {format_decimal(leaf.max)})", small))
             for leaf in leaves]
    half = (len(items) + 1) // 2
    left, right = items[:half], items[half:]
    blank = (Paragraph("", small), Paragraph("", small))
    data = [[*a, *(right[i] if i < len(right) else blank)] for i, a in enumerate(left)]
    code_width = 14 * mm
    text_width = width / 2 - code_width
    table = Table(data or [["", "", "", ""]],
                  colWidths=[code_width, text_width, code_width, text_width])
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ))
    return table


def _heading(title: str, period_name: str, decision: Decision | None) -> CentredLines:
    lines = [Line(title, size=14, bold=True, space_before=6),
             Line(f"Kỳ chấm điểm: {period_name}", size=13.5, bold=True)]
    if decision is not None:
        lines.append(Line(attached_line(decision), size=13, italic=True, max_lines=3))
    return CentredLines(lines)


def _distribution(rows: Sequence[ReportRow], grade_names: Sequence[str]) -> Table:
    counts = grade_counts(rows, grade_columns(rows, grade_names))
    side = Table([[distribution_table(counts), distribution_chart(counts)]],
                 colWidths=[95 * mm, 135 * mm], hAlign="LEFT")
    side.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP")))
    return side


def render_period_report(
    out: Output, *, title: str, period_name: str, leaves: Sequence[ReportLeaf],
    rows: Sequence[ReportRow], grade_names: Sequence[str], issuer: Issuer,
    decision_or_none: Decision | None, generated_on: date, page: PageLayout = LANDSCAPE,
    invariant: bool = False,
) -> int:
    """Write the report; the number of pages. ``rows`` are printed in the order given."""
    doc = make_doc(out, page, title=f"{title} — {period_name}", author=issuer.issuer,
                   subject=period_name, invariant=invariant)
    width = page.frame_width
    number = decision_or_none.number if decision_or_none else None
    date_line = document_date_line(issuer.place, generated_on)
    marks = (f"Ký hiệu: “–” chưa có điểm; “{INCOMPLETE}”: có tiêu chí không ai chấm; "
             "mã điều kiện khống chế (nếu có) ở cột Ghi chú.")
    story: list[Flowable] = [
        national_header(issuer, width, number=number, date_line=date_line, left_share=0.42),
        Spacer(1, 4 * mm),
        _heading(title, period_name, decision_or_none),
        Spacer(1, 4 * mm),
        _section("I. Bảng điểm"),
    ]
    for table in score_tables(leaves, rows, width):
        story += [table, Spacer(1, 4 * mm)]
    story += [
        Paragraph(esc(marks), style("marks", size=LEGEND_SIZE, italic=True, space_after=3)),
        KeepTogether([_section("Ký hiệu tiêu chí"), legend(leaves, width)]),
        CondPageBreak(80 * mm),
        _section("II. Phân bố xếp loại"),
        _distribution(rows, grade_names),
        Spacer(1, 5 * mm),
        KeepTogether([_section("III. Tổng hợp theo đơn vị cấp trên"),
                      parent_table(rows, grade_columns(rows, grade_names), width)]),
        Spacer(1, 6 * mm),
        KeepTogether([signer_block(issuer, width)]),
    ]
    return build(doc, story, page)
