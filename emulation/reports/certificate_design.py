"""The full certificate design on plain paper: border, national title, issuer, "TẶNG",
"GIẤY KHEN", then the fields at the design's own positions."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from emulation.reports.border import INNER, draw_border
from emulation.reports.certificate_fields import draw_fields, draw_qr, field_texts
from emulation.reports.colours import RED
from emulation.reports.fitting import fit_text
from emulation.reports.fonts import BOLD, text_width
from emulation.reports.heading import header_right
from emulation.reports.layout import FieldBox, Orientation, QrBox, default_fields, default_qr, page_size
from emulation.reports.models import CertificateData, Issuer
from emulation.text import nfc

LOGO = 24 * mm


@dataclass(frozen=True)
class Sheet:
    """The page being drawn on and the width its centred texts may take."""

    canvas: Canvas
    width: float
    height: float

    @property
    def text_room(self) -> float:
        return self.width - 2 * INNER - 34 * mm

    def centred(self, text: str, *, y_mm: float, size: float, color: Color = black,
                min_size: float = 10) -> float:
        """A bold centred line at ``y_mm`` from the top; its width in points."""
        fitted = fit_text(nfc(text), BOLD, self.text_room, size=size, min_size=min_size)
        line = " ".join(fitted.lines)
        self.canvas.setFillColor(color)
        self.canvas.setFont(BOLD, fitted.size)
        self.canvas.drawCentredString(self.width / 2, self.height - y_mm * mm, line)
        return text_width(line, BOLD, fitted.size)

    def rule(self, length: float, y_mm: float) -> None:
        y = self.height - y_mm * mm
        self.canvas.setLineWidth(0.7)
        self.canvas.line((self.width - length) / 2, y, (self.width + length) / 2, y)


def _fixed_texts(sheet: Sheet, issuer: Issuer, title: str, orientation: Orientation) -> None:
    top = 25.0 if orientation == "landscape" else 30.0
    first, *rest = header_right(issuer)
    width = sheet.centred(first.text, y_mm=top, size=13.5)
    for line in rest:
        width = sheet.centred(line.text, y_mm=top + 6.5, size=14)
    sheet.rule(width, top + 8.3 if rest else top + 1.8)
    step = 1.0 if orientation == "landscape" else 1.6
    sheet.centred(issuer.awarding_title, y_mm=top + 19 * step, size=17, color=RED)
    sheet.centred("TẶNG", y_mm=top + 29 * step, size=18, color=RED)
    sheet.centred(title, y_mm=top + 46 * step, size=42, color=RED, min_size=24)
    sheet.canvas.setFillColor(black)


def _logo(sheet: Sheet, issuer: Issuer) -> None:
    if issuer.logo_path is None:
        return
    sheet.canvas.drawImage(str(issuer.logo_path), INNER + 8 * mm,
                           sheet.height - INNER - 8 * mm - LOGO, LOGO, LOGO,
                           preserveAspectRatio=True, mask="auto")


def draw_design(canvas: Canvas, issuer: Issuer, title: str, orientation: Orientation) -> None:
    """What every certificate of the full design shares: border, logo, titles."""
    width, height = page_size(orientation)
    sheet = Sheet(canvas, width, height)
    draw_border(canvas, width, height)
    _logo(sheet, issuer)
    _fixed_texts(sheet, issuer, title, orientation)


def design_form(canvas: Canvas, issuer: Issuer, title: str, orientation: Orientation) -> str:
    """The shared design as a form drawn once per document and reused on every page, which
    keeps a thousand-page batch fast and small; its name for ``canvas.doForm``."""
    name = "design-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:12]
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        draw_design(canvas, issuer, title, orientation)
        canvas.endForm()
    return name


def draw_full_page(canvas: Canvas, cert: CertificateData, issuer: Issuer,
                   orientation: Orientation) -> None:
    """One certificate of the full design."""
    width, height = page_size(orientation)
    fields, qr = _design_boxes(orientation)
    canvas.doForm(design_form(canvas, issuer, cert.title, orientation))
    draw_fields(canvas, fields, field_texts(cert, issuer), page_height=height)
    draw_qr(canvas, cert.qr_payload, qr, page_size=(width, height))


@lru_cache(maxsize=2)
def _design_boxes(orientation: Orientation) -> tuple[Mapping[str, FieldBox], QrBox]:
    """The design's own field and QR positions, worked out once per orientation, not per page."""
    return MappingProxyType(default_fields(orientation)), default_qr(orientation)
