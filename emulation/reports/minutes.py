"""The minutes of the council's meeting (Biên bản họp Hội đồng): attendance, tallies, percentages, result."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from emulation.reports.council_values import Member, Minutes, VoteLine
from emulation.reports.document import CentredLines, Line, Output, build, esc, make_doc, national_header
from emulation.reports.layout import PORTRAIT, PageLayout
from emulation.reports.models import Issuer
from emulation.reports.styles import GRID, HEADER_FILL, cell, style, table_style
from emulation.text import document_date_line, format_date, format_decimal

TITLE = "BIÊN BẢN"
VOTE_HEADINGS = ("STT", "Tên tập thể", "Hình thức đề nghị", "Đồng ý", "Không đồng ý", "Tỷ lệ đồng ý", "Kết quả")
VOTE_SHARES = (0.08, 0.27, 0.17, 0.1, 0.12, 0.13, 0.13)
MEMBER_HEADINGS = ("STT", "Họ và tên", "Chức vụ", "Có mặt")
MEMBER_SHARES = (0.08, 0.35, 0.42, 0.15)
PASSED, FAILED = "Đạt", "Không đạt"


def percent_text(value: Decimal) -> str:
    """"55,56 %"."""
    return f"{format_decimal(value, 2)} %"


def render_minutes(out: Output, issuer: Issuer, m: Minutes, *, page: PageLayout = PORTRAIT,
                   invariant: bool = False) -> int:
    doc = make_doc(out, page, title=f"Biên bản họp Hội đồng — {m.period}", author=issuer.issuer, invariant=invariant)
    width = page.frame_width
    body = style("minutes-body", size=13, leading=18, align="justify", space_after=3)
    bold = style("minutes-bold", size=13, bold=True, leading=18, space_after=3)
    absent = [x.name for x in m.members if not x.present]
    approved = [v for v in m.votes if v.approved]
    story: list[Flowable] = [
        national_header(issuer, width, number=None, date_line=document_date_line(issuer.place, m.held_on)),
        Spacer(1, 6 * mm),
        CentredLines([Line(TITLE, size=15, bold=True),
                      Line(f"Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng {m.period}", size=13.5,
                           bold=True, max_lines=3)]),
        Spacer(1, 4 * mm),
        Paragraph(f"Thời gian: ngày {format_date(m.held_on)}.", body),
        Paragraph(f"Thành phần: Hội đồng có {len(m.members)} thành viên; có mặt {m.attending} thành viên"
                  + (f", vắng {len(absent)} thành viên ({esc(', '.join(absent))})." if absent else "."), body),
        _members(m.members, width),
        Spacer(1, 3 * mm),
        Paragraph("Ngưỡng biểu quyết: " + esc("; ".join(m.thresholds)) + ".", body),
        *_adjustments(m, body),
        Paragraph("Kết quả biểu quyết:", bold),
        _votes(m.votes, width),
        Spacer(1, 3 * mm),
        Paragraph(f"Hội đồng thống nhất đề nghị khen thưởng {len(approved)} tập thể: "
                  + esc("; ".join(f"{v.name} ({v.award})" for v in approved) or "không có") + ".", body),
        Paragraph("Biên bản được lập xong và thông qua tại cuộc họp, các thành viên có mặt nhất trí.", body),
        Spacer(1, 6 * mm),
        KeepTogether([_signatures(m.secretary, m.chair, width)]),
    ]
    return build(doc, story, page)


def _members(members: Sequence[Member], width: float) -> Table:
    rows = [[Paragraph(h, cell(bold=True, align="center")) for h in MEMBER_HEADINGS]]
    for i, x in enumerate(members, start=1):
        rows.append([Paragraph(str(i), cell(align="center")), Paragraph(esc(x.name), cell()),
                     Paragraph(esc(x.position), cell()), Paragraph("Có mặt" if x.present else "Vắng",
                                                                  cell(align="center"))])
    return _grid(rows, [width * s for s in MEMBER_SHARES])


def _votes(votes: Sequence[VoteLine], width: float) -> Table:
    rows = [[Paragraph(h, cell(bold=True, align="center")) for h in VOTE_HEADINGS]]
    centre = cell(align="center")
    for i, v in enumerate(votes, start=1):
        rows.append([Paragraph(str(i), centre), Paragraph(esc(v.name), cell()), Paragraph(esc(v.award), cell()),
                     Paragraph(str(v.yes), centre), Paragraph(str(v.no), centre),
                     Paragraph(percent_text(v.percent), centre),
                     Paragraph(PASSED if v.approved else FAILED, cell(bold=v.approved, align="center"))])
    return _grid(rows, [width * s for s in VOTE_SHARES])


def _grid(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ))
    return table


def _adjustments(m: Minutes, body: ParagraphStyle) -> list[Flowable]:
    lines = []
    for a in m.adjustments:
        what = "Bổ sung vào danh sách biểu quyết" if a.added else "Không đưa vào danh sách biểu quyết"
        lines.append(Paragraph(f"{what}: {esc(a.name)} ({esc(a.award)}). Lý do: {esc(a.reason)}.", body))
    return lines


def _signatures(secretary: Member | None, chair: Member | None, width: float) -> Table:
    def block(title: str, member: Member | None) -> CentredLines:
        return CentredLines([Line(title, size=13.5, bold=True), Line("(Ký, ghi rõ họ tên)", size=12, italic=True),
                             Line(member.name if member else "", size=14, bold=True, space_before=22 * mm)])

    table = Table([[block("THƯ KÝ", secretary), block("CHỦ TỊCH HỘI ĐỒNG", chair)]],
                  colWidths=[width * 0.5, width * 0.5])
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP")))
    return table
