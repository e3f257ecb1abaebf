"""Look-alike certificates a forger can make with a genuine QR code: one page, drawn with
reportlab, with the visible lines given and any text hidden the ways a forger hides it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from emulation.reports.certificate_fields import draw_symbol
from emulation.reports.fonts import REGULAR, register_fonts
from emulation.reports.qr import encode


def forged_page(path: Path, payload: str | None, lines: list[str], *, white_tiny: str = "", off_page: str = "",
                under_box: str = "") -> Path:
    """A page with the genuine payload's QR code (None: none) and ``lines``; ``white_tiny`` is written in 1-pt
    white, ``off_page`` beyond the page's edge, ``under_box`` covered by a white rectangle."""
    register_fonts()
    width, height = landscape(A4)
    canvas = Canvas(str(path), pagesize=(width, height))
    y = height - 40 * mm
    for line in lines:
        canvas.setFont(REGULAR, 16)
        canvas.setFillColor(black)
        canvas.drawString(40 * mm, y, line)
        y -= 12 * mm
    if white_tiny:
        canvas.setFont(REGULAR, 1)
        canvas.setFillColor(white)
        canvas.drawString(40 * mm, 30 * mm, white_tiny)
    if off_page:
        canvas.setFont(REGULAR, 16)
        canvas.setFillColor(black)
        canvas.drawString(width + 20 * mm, 30 * mm, off_page)
    if under_box:
        canvas.setFont(REGULAR, 16)
        canvas.setFillColor(black)
        canvas.drawString(120 * mm, 30 * mm, under_box)
        canvas.setFillColor(white)
        canvas.rect(118 * mm, 25 * mm, 120 * mm, 15 * mm, stroke=0, fill=1)
    if payload is not None:
        draw_symbol(canvas, encode(payload), width - 70 * mm, 20 * mm, 40 * mm)
    canvas.showPage()
    canvas.save()
    return path
