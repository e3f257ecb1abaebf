"""Ballot papers (phiếu biểu quyết): one page per attending member, "Đồng ý / Không đồng ý" boxes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from emulation.reports.council_values import BallotLine, Member
from emulation.reports.document import CentredLines, Line, Output, build, esc, make_doc, national_header, no_page_number
from emulation.reports.layout import PORTRAIT, PageLayout
from emulation.reports.models import Issuer
from emulation.reports.styles import GRID, HEADER_FILL, cell, style, table_style
from emulation.text import document_date_line

TITLE = "PHIẾU BIỂU QUYẾT"
HEADINGS = ("STT", "Tên tập thể", "Thuộc", "Hình thức đề nghị", "Đồng ý", "Không đồng ý")
SHARES = (0.08, 0.29, 0.21, 0.16, 0.13, 0.13)
BOX = 5 * mm


def render_ballots(
    out: Output, issuer: Issuer, period: str, held_on: date, members: Sequence[Member],
    candidates: Sequence[BallotLine], *, page: PageLayout = PORTRAIT, invariant: bool = False,
) -> int:
    """One ballot a page for each member; the number of pages."""
    doc = make_doc(out, page, title=f"{TITLE} — {period}", author=issuer.issuer, invariant=invariant)
    story: list[Flowable] = []
    for i, member in enumerate(members):
        if i:
            story.append(PageBreak())
        story.extend(_ballot(issuer, period, held_on, member, candidates, page.frame_width))
    return build(doc, story, page, on_later=no_page_number)


def _ballot(
    issuer: Issuer, period: str, held_on: date, member: Member, candidates: Sequence[BallotLine], width: float
) -> list[Flowable]:
    body = style("ballot-body", size=13, leading=17)
    note = style("ballot-note", size=12, italic=True, leading=15)
    who = f"Thành viên Hội đồng: <b>{esc(member.name)}</b>" + (f" — {esc(member.position)}" if member.position else "")
    return [
        national_header(issuer, width, number=None, date_line=document_date_line(issuer.place, held_on)),
        Spacer(1, 8 * mm),
        CentredLines([Line(TITLE, size=15, bold=True),
                      Line(f"Xét khen thưởng — {period}", size=13.5, bold=True, max_lines=3)]),
        Spacer(1, 5 * mm),
        Paragraph(who, body),
        Spacer(1, 2 * mm),
        Paragraph("Đánh dấu (X) vào một trong hai ô “Đồng ý” hoặc “Không đồng ý” ở mỗi dòng. "
                  "Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào ở một dòng thì dòng đó không hợp lệ.", note),
        Spacer(1, 4 * mm),
        _table(candidates, width),
        Spacer(1, 10 * mm),
        CentredLines([Line("NGƯỜI BIỂU QUYẾT", size=13, bold=True),
                      Line("(Ký, ghi rõ họ tên)", size=12, italic=True)]),
    ]


def _table(candidates: Sequence[BallotLine], width: float) -> Table:
    head = [Paragraph(h, cell(bold=True, align="center")) for h in HEADINGS]
    body = [[Paragraph(str(i), cell(align="center")), Paragraph(esc(c.name), cell()),
             Paragraph(esc(c.parent), cell()), Paragraph(esc(c.award), cell()), "", ""]
            for i, c in enumerate(candidates, start=1)]
    table = Table([head, *body], colWidths=[width * s for s in SHARES], repeatRows=1,
                  rowHeights=[None] + [max(BOX + 4 * mm, 9 * mm)] * len(body))
    table.setStyle(table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ))
    return table
