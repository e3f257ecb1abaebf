"""Certificates (giấy khen): one page per awardee, full design or overlay on blanks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from emulation.reports.calibration import draw_calibration
from emulation.reports.certificate_design import draw_full_page
from emulation.reports.certificate_fields import draw_fields, draw_qr, field_texts
from emulation.reports.fonts import REGULAR, register_fonts
from emulation.reports.heading import CREATOR, Output
from emulation.reports.layout import CertificateLayout, Mode
from emulation.reports.models import CertificateData, Issuer
from emulation.text import nfc


def open_canvas(out: Output, layout: CertificateLayout, *, title: str, author: str,
                invariant: bool) -> Canvas:
    """A canvas for certificate pages, with the PDF's metadata set."""
    register_fonts()
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=layout.size, invariant=1 if invariant else 0,
                    initialFontName=REGULAR, initialFontSize=12, lang="vi-VN")
    canvas.setTitle(nfc(title))
    canvas.setAuthor(nfc(author))
    canvas.setCreator(CREATOR)
    canvas.setSubject("Giấy khen")
    return canvas


def draw_overlay_page(canvas: Canvas, cert: CertificateData, issuer: Issuer,
                      layout: CertificateLayout) -> None:
    """Only the fields, at the layout's positions, for a pre-printed blank."""
    height = layout.size[1]
    shift = {"dx": layout.offset_x, "dy": layout.offset_y}
    draw_fields(canvas, layout.fields, field_texts(cert, issuer), page_height=height, **shift)
    if layout.qr is not None:
        draw_qr(canvas, cert.qr_payload, layout.qr, page_size=layout.size, **shift)


def render_certificates(
    out: Output, certs: Sequence[CertificateData], issuer: Issuer, layout: CertificateLayout,
    *, mode: Mode | None = None, invariant: bool = False,
) -> int:
    """Write one page per certificate; the number of pages. ``mode`` overrides the layout's."""
    mode = mode or layout.mode
    if mode not in ("full", "overlay"):
        raise ValueError(f"mode must be full or overlay, not {mode!r}")
    if not certs:
        raise ValueError("no certificate to print")
    canvas = open_canvas(out, layout, title=f"Giấy khen ({len(certs)})", author=issuer.issuer,
                         invariant=invariant)
    for cert in certs:
        if mode == "full":
            draw_full_page(canvas, cert, issuer, layout.orientation)
        else:
            draw_overlay_page(canvas, cert, issuer, layout)
        canvas.showPage()
    canvas.save()
    return len(certs)


def render_calibration_page(out: Output, layout: CertificateLayout, *,
                            invariant: bool = False) -> int:
    """Write the calibration page for aligning pre-printed blanks; the number of pages (1)."""
    canvas = open_canvas(out, layout, title="Trang canh chỉnh phôi giấy khen", author="",
                         invariant=invariant)
    draw_calibration(canvas, layout)
    canvas.showPage()
    canvas.save()
    return 1
