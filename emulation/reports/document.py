"""The parts every administrative document shares (Nghị định 30/2020/NĐ-CP, Phụ lục I).

Two-column header (issuing body left, national title and motto right), the number and the
place-and-date line under them, the signer block, page numbers centred in the top margin
from page 2 on, and building the PDF with its metadata.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table

from emulation.reports.fitting import Fitted, fit_text
from emulation.reports.fonts import REGULAR, font_name, register_fonts, text_width
from emulation.reports.heading import CREATOR as CREATOR
from emulation.reports.heading import MOTTO as MOTTO
from emulation.reports.heading import NATION as NATION
from emulation.reports.heading import PARTY as PARTY
from emulation.reports.heading import Line as Line
from emulation.reports.heading import Output as Output
from emulation.reports.heading import header_right as header_right
from emulation.reports.heading import issuer_lines as issuer_lines
from emulation.reports.heading import number_line as number_line
from emulation.reports.layout import PageLayout
from emulation.reports.models import Issuer
from emulation.reports.styles import table_style
from emulation.text import nfc

#: How far below the baseline a rule under a header line sits, in points.
RULE_DROP = 5.0


def esc(text: str) -> str:
    """Text for a Paragraph: NFC, with markup characters escaped."""
    return escape(nfc(text))


class CentredLines(Flowable):
    """Lines centred in the available width, shrunk or wrapped to fit it."""

    def __init__(self, lines: Sequence[Line]) -> None:
        super().__init__()
        self.lines = [line for line in lines if line.text.strip()]
        self._fitted: list[Fitted] = []

    def _line_height(self, line: Line, fitted: Fitted) -> float:
        rule = RULE_DROP if line.underline else 0.0
        return line.space_before + fitted.leading * len(fitted.lines) + rule

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._fitted = [
            fit_text(nfc(line.text), font_name(bold=line.bold, italic=line.italic), avail_width,
                     size=line.size, min_size=line.min_size, max_lines=line.max_lines)
            for line in self.lines
        ]
        self.height = sum(self._line_height(ln, f) for ln, f in zip(self.lines, self._fitted,
                                                                       strict=True))
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for line, fitted in zip(self.lines, self._fitted, strict=True):
            font = font_name(bold=line.bold, italic=line.italic)
            y -= line.space_before
            canvas.setFillColor(line.color or _BLACK)
            canvas.setFont(font, fitted.size)
            widest = 0.0
            for text in fitted.lines:
                y -= fitted.leading
                canvas.drawCentredString(self.width / 2, y + fitted.size * 0.25, text)
                widest = max(widest, text_width(text, font, fitted.size))
            if line.underline:
                rule_y = y + fitted.size * 0.25 - RULE_DROP
                y -= RULE_DROP
                rule = widest * line.underline
                canvas.setLineWidth(0.6)
                canvas.line((self.width - rule) / 2, rule_y, (self.width + rule) / 2, rule_y)


_BLACK = Color(0, 0, 0)


def national_header(
    issuer: Issuer, width: float, *, number: str | None, date_line: str | None,
    left_share: float = 0.4,
) -> Table:
    """The two-column header, with "Số: …" and the date line under it when given."""
    widths = [width * left_share, width * (1 - left_share)]
    rows: list[list[object]] = [[CentredLines(issuer_lines(issuer)),
                                 CentredLines(header_right(issuer))]]
    below_left = [Line(number_line(issuer, number), size=13, space_before=4)] if number else []
    below_right = [Line(date_line, size=13.5, italic=True, space_before=4)] if date_line else []
    if below_left or below_right:
        rows.append([CentredLines(below_left), CentredLines(below_right)])
    table = Table(rows, colWidths=widths)
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ))
    return table


def signer_lines(issuer: Issuer, *, gap: float = 24 * mm) -> list[Line]:
    """The signer block: authority line, title, room for the signature and seal, name."""
    lines = []
    if issuer.signer_acting:
        lines.append(Line(issuer.signer_acting, size=13.5, bold=True))
    lines.append(Line(issuer.signer_title, size=13.5, bold=True))
    lines.append(Line(issuer.signer_name, size=14, bold=True, space_before=gap))
    return lines


def signer_block(issuer: Issuer, width: float, *, left: Sequence[Line] = ()) -> Table:
    """The signer block at the right half of the width; ``left`` fills the other half."""
    table = Table([[CentredLines(left), CentredLines(signer_lines(issuer))]],
                  colWidths=[width * 0.45, width * 0.55])
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ))
    return table


def page_number(page: PageLayout) -> Callable[[Canvas, SimpleDocTemplate], None]:
    """An onLaterPages callback: the page number centred in the top margin (NĐ 30)."""

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        width, height = page.size
        canvas.saveState()
        canvas.setFont(REGULAR, 13)
        canvas.drawCentredString(
            (page.left * mm + width - page.right * mm) / 2, height - page.top * mm / 2 - 4,
            str(doc.page),
        )
        canvas.restoreState()

    return draw


def no_page_number(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    """A page callback that prints nothing (the first page carries no number)."""


def make_doc(out: Output, page: PageLayout, *, title: str, author: str, subject: str = "",
             invariant: bool = False,
             cls: type[SimpleDocTemplate] = SimpleDocTemplate) -> SimpleDocTemplate:
    """A document template with the layout's margins and the PDF's metadata."""
    register_fonts()
    target = str(out) if isinstance(out, Path) else out
    return cls(
        target, pagesize=page.size, leftMargin=page.left * mm, rightMargin=page.right * mm,
        topMargin=page.top * mm, bottomMargin=page.bottom * mm, title=nfc(title),
        author=nfc(author), subject=nfc(subject), creator=CREATOR, lang="vi-VN",
        invariant=1 if invariant else 0, initialFontName=REGULAR, initialFontSize=13,
    )


def build(doc: SimpleDocTemplate, story: list[Flowable], page: PageLayout,
          on_later: Callable[[Canvas, SimpleDocTemplate], None] | None = None) -> int:
    """Lay the story out; the number of pages written."""
    doc.build(story, onFirstPage=no_page_number, onLaterPages=on_later or page_number(page))
    return int(doc.page)
