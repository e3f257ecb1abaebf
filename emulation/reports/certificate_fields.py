"""Drawing a certificate's variable fields at positions given in millimetres.

Both modes use this: the full design with its own positions, the overlay mode with the
positions a committee measured on its pre-printed blanks.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from emulation.reports.fitting import Fitted, fit_text, wrap_text
from emulation.reports.fonts import REGULAR, font_name
from emulation.reports.layout import FieldBox, QrBox
from emulation.reports.models import CertificateData, Issuer
from emulation.reports.qr import Symbol, encode
from emulation.reports.signing import LABEL
from emulation.text import document_date_line, format_date, nfc

#: Fields printed one under another: extra lines of one push the next ones down.
FLOW = ("name", "parent", "achievement")
MAX_LINES = {"name": 2, "achievement": 3, "parent": 2}
PARAGRAPHS = frozenset({"achievement"})
#: Largest size of a name set on two lines, as a share of its one-line size.
WRAPPED_NAME = 0.75
LABEL_SIZE = 6.5
#: The QR mask of every certificate: any mask makes a valid symbol, and choosing the best of
#: eight for each page cost a third of its encoding; this one has the lowest penalty on
#: average over certificate payloads.
QR_MASK = 2


def field_texts(cert: CertificateData, issuer: Issuer) -> dict[str, tuple[str, ...]]:
    """What each field prints; one entry per separately set line."""
    decision = cert.decision
    title = tuple(t for t in (issuer.signer_acting, issuer.signer_title) if t)
    return {
        "name": (cert.recipient,),
        "parent": (cert.parent_name or "",),
        "achievement": (cert.achievement,),
        "decision": (f"Quyết định số {decision.number} ngày {format_date(decision.date)}",),
        "serial": (f"Số vào sổ: {cert.serial_text}",),
        "place_date": (document_date_line(issuer.place, cert.issued_on),),
        "signer_title": title,
        "signer_name": (issuer.signer_name,),
    }


@lru_cache(maxsize=4096)
def _fit(name: str, text: str, font: str, box: FieldBox) -> Fitted:
    """A paragraph field wraps first; a name shrinks first and wraps only when it must (kept:
    the decision, the date line, the signer and often the achievement repeat on every page)."""
    width, lines = box.width * mm, MAX_LINES.get(name, 1)
    if name in PARAGRAPHS:
        return wrap_text(text, font, width, size=box.size, min_size=box.min_size, max_lines=lines)
    return fit_text(text, font, width, size=box.size, min_size=box.min_size, max_lines=lines,
                    wrap_size=box.size * WRAPPED_NAME)


def draw_text(canvas: Canvas, box: FieldBox, texts: tuple[str, ...], *, name: str,
              page_height: float, dx: float = 0, dy: float = 0) -> float:
    """Draw one field; the height in points it took beyond one line."""
    font = font_name(bold=box.bold, italic=box.italic)
    anchor = (box.x + dx) * mm
    baseline = page_height - (box.y + dy) * mm
    first_leading = 0.0
    used = 0.0
    for text in (nfc(t) for t in texts):
        if not text:
            continue
        fitted = _fit(name, text, font, box)
        canvas.setFont(font, fitted.size)
        for line in fitted.lines:
            y = baseline - used
            if box.align == "center":
                canvas.drawCentredString(anchor, y, line)
            elif box.align == "right":
                canvas.drawRightString(anchor, y, line)
            else:
                canvas.drawString(anchor, y, line)
            first_leading = first_leading or fitted.leading
            used += fitted.leading
    return max(0.0, used - first_leading)


def draw_fields(canvas: Canvas, boxes: Mapping[str, FieldBox], texts: Mapping[str, tuple[str, ...]],
                *, page_height: float, dx: float = 0, dy: float = 0) -> None:
    """Draw every field; extra lines in the flow fields push the following ones down."""
    push = 0.0
    for name, box in boxes.items():
        shift = push / mm if name in FLOW else 0.0
        extra = draw_text(canvas, box, texts.get(name, ()), name=name, page_height=page_height,
                          dx=dx, dy=dy + shift)
        if name in FLOW:
            push += extra


def draw_qr(canvas: Canvas, payload: str, box: QrBox, *, page_size: tuple[float, float],
            dx: float = 0, dy: float = 0) -> None:
    """The QR code with its payload, captioned "Mã xác thực" (the signed payload is too long
    to type: it is read from the code, by a phone or by ``emulation verify FILE.pdf``)."""
    side = box.side * mm
    _, page_height = page_size
    left = (box.x + dx) * mm
    bottom = page_height - (box.y + dy) * mm - side
    draw_symbol(canvas, encode(payload, QR_MASK), left, bottom, side)
    canvas.setFont(REGULAR, LABEL_SIZE)
    canvas.drawCentredString(left + side / 2, bottom - LABEL_SIZE * 1.4, LABEL)


def draw_symbol(canvas: Canvas, symbol: Symbol, left: float, bottom: float, side: float) -> None:
    """The symbol as a one-bit stencil image (an inline image mask, one sample per module,
    never interpolated): a few hundred bytes a page, where a rectangle per run of dark modules
    took ten times as much and most of the time of a large batch."""
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.transform(side, 0, 0, side, left, bottom)
    canvas.addLiteral(f"BI /W {symbol.size} /H {symbol.size} /IM true /BPC 1 /D [1 0] /I false /F /AHx "
                      f"ID {symbol.packed().hex().upper()}> EI")
    canvas.restoreState()
