"""The commendation decision (Quyết định khen thưởng) as PDF, the award list attached (Nghị định 30/2020)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from emulation.reports.award_list import award_table
from emulation.reports.council_values import DecisionText
from emulation.reports.document import (
    CentredLines,
    Line,
    Output,
    build,
    esc,
    make_doc,
    national_header,
    signer_lines,
)
from emulation.reports.layout import PORTRAIT, PageLayout
from emulation.reports.models import Issuer
from emulation.reports.styles import style, table_style
from emulation.text import document_date_line

TITLE = "QUYẾT ĐỊNH"
ORDER = "QUYẾT ĐỊNH:"
RECIPIENTS = "Nơi nhận:"


def render_decision(out: Output, issuer: Issuer, d: DecisionText, *, page: PageLayout = PORTRAIT,
                    invariant: bool = False) -> int:
    doc = make_doc(out, page, title=f"{TITLE} {d.subject}", author=issuer.issuer,
                   subject=f"Quyết định số {d.number}", invariant=invariant)
    width = page.frame_width
    date_line = document_date_line(issuer.place, d.on)
    body = style("decision-body", size=14, leading=19, align="justify", space_after=6)
    basis = style("decision-basis", size=14, italic=True, leading=19, align="justify", space_after=4)
    story: list[Flowable] = [
        national_header(issuer, width, number=d.number, date_line=date_line),
        Spacer(1, 8 * mm),
        CentredLines([Line(TITLE, size=14, bold=True), Line(d.subject, size=14, bold=True, underline=0.35,
                                                             max_lines=3)]),
        Spacer(1, 5 * mm),
        CentredLines([Line(d.authority, size=14, bold=True, max_lines=3)]),
        Spacer(1, 4 * mm),
        *[Paragraph(esc(b), basis) for b in d.bases],
        Spacer(1, 3 * mm),
        CentredLines([Line(ORDER, size=14, bold=True)]),
        Spacer(1, 3 * mm),
        *[Paragraph(f"<b>{esc(head)}</b> {esc(text)}", body) for head, text in d.articles],
        Spacer(1, 6 * mm),
        KeepTogether([_closing(issuer, d, width)]),
        PageBreak(),
        *_attachment(issuer, d, width),
    ]
    return build(doc, story, page)


def _closing(issuer: Issuer, d: DecisionText, width: float) -> Table:
    small = style("decision-recipients", size=11, leading=13)
    left: list[Flowable] = [Paragraph(f"<b><i>{RECIPIENTS}</i></b>", style("decision-nn", size=12, leading=14))]
    left.extend(Paragraph("- " + esc(r), small) for r in d.recipients)
    table = Table([[left, CentredLines(signer_lines(issuer))]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    return table


def _attachment(issuer: Issuer, d: DecisionText, width: float) -> list[Flowable]:
    return [
        national_header(issuer, width, number=None, date_line=None),
        Spacer(1, 6 * mm),
        CentredLines([Line(d.list_title, size=14, bold=True), Line(d.list_subtitle, size=14, bold=True),
                      Line(d.attached, size=13.5, italic=True, max_lines=3)]),
        Spacer(1, 5 * mm),
        award_table(list(d.rows), width),
    ]
