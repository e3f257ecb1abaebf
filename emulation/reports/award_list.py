"""The award list attached to a commendation decision (danh sách khen thưởng), A4 portrait."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

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
from emulation.reports.layout import PORTRAIT, PageLayout
from emulation.reports.models import AwardListRow, Decision, Issuer
from emulation.reports.styles import GRID, HEADER_FILL, cell, table_style
from emulation.text import document_date_line, format_date, format_decimal, format_thousands

HEADINGS = ("STT", "Tên tập thể", "Thuộc", "Điểm", "Xếp hạng", "Hình thức", "Số tiền (đ)")
#: Column widths as shares of the frame width.
SHARES = (0.075, 0.25, 0.19, 0.095, 0.09, 0.15, 0.15)


def attached_line(decision: Decision) -> str:
    """"(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/11/2026 của …)"."""
    by = f" của {decision.by}" if decision.by else ""
    return f"(Kèm theo Quyết định số {decision.number} ngày {format_date(decision.date)}{by})"


def _row(index: int, row: AwardListRow) -> list[Flowable]:
    left, centre, right = cell(), cell(align="center"), cell(align="right")
    return [
        Paragraph(str(index), centre),
        Paragraph(esc(row.name), left),
        Paragraph(esc(row.parent or ""), left),
        Paragraph(format_decimal(row.total), centre),
        Paragraph("" if row.rank is None else str(row.rank), centre),
        Paragraph(esc(row.award), left),
        Paragraph(format_thousands(row.amount_vnd), right),
    ]


def award_table(rows: Sequence[AwardListRow], width: float) -> Table:
    """The list with a header row repeated on every page and the total at the end."""
    head = [Paragraph(h, cell(bold=True, align="center")) for h in HEADINGS]
    body = [_row(i, row) for i, row in enumerate(rows, start=1)]
    total = sum(row.amount_vnd for row in rows)
    last = [Paragraph(f"Tổng cộng ({len(rows)} tập thể)", cell(bold=True)), "", "", "", "", "",
            Paragraph(format_thousands(total), cell(bold=True, align="right"))]
    table = Table([head, *body, last], colWidths=[width * s for s in SHARES], repeatRows=1)
    end = len(body) + 1
    table.setStyle(table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, end), (5, end)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ))
    return table


def render_award_list(
    out: Output, rows: Sequence[AwardListRow], issuer: Issuer, decision: Decision, title: str,
    subtitle: str | None = None, *, page: PageLayout = PORTRAIT, invariant: bool = False,
) -> int:
    """Write the award list; the number of pages."""
    doc = make_doc(out, page, title=title, author=issuer.issuer,
                   subject=f"Quyết định số {decision.number}", invariant=invariant)
    width = page.frame_width
    date_line = document_date_line(issuer.place, decision.date)
    heading = [Line(title, size=14, bold=True, space_before=8)]
    if subtitle:
        heading.append(Line(subtitle, size=14, bold=True))
    heading.append(Line(attached_line(decision), size=13.5, italic=True, max_lines=3))
    story: list[Flowable] = [
        national_header(issuer, width, number=decision.number, date_line=date_line),
        Spacer(1, 6 * mm),
        CentredLines(heading),
        Spacer(1, 5 * mm),
        award_table(rows, width),
        Spacer(1, 6 * mm),
        KeepTogether([signer_block(issuer, width)]),
    ]
    return build(doc, story, page)
