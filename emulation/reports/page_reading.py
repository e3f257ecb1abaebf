"""Reading a printed PDF back as a person sees it: the QR codes decoded from the rendered page
image, and the text that is actually visible.

Text counts as visible when it is drawn on the page, at a readable size (``MIN_SIZE`` points or
more), not in an invisible render mode, in a colour that is not near white, and leaves ink on the
rendered page (text covered by a white box does not). A character that does not count is read as
a space, so hidden text cannot complete a word either.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import zxingcpp
from PIL import Image

DPI = 200
MIN_SIZE = 4.0
#: Render modes that paint nothing: 3 (invisible) and 7 (clip only).
_INVISIBLE_MODES = (3, 7)
_LIGHT = 0.85
_INK = 160


@dataclass(frozen=True)
class PageReading:
    """One page: its number, the QR payloads found in its image and its visible text."""

    number: int
    codes: tuple[str, ...]
    visible_text: str


def read_pages(source: Path | str | BinaryIO) -> Iterator[PageReading]:
    """Every page of a PDF file (raises ``pdfium.PdfiumError`` when it is not a PDF)."""
    pdf = pdfium.PdfDocument(str(source) if isinstance(source, Path | str) else source)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            image = page.render(scale=DPI / 72).to_pil().convert("L")
            codes = tuple(r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode)
            yield PageReading(index + 1, codes, _visible_text(page, image))
    finally:
        pdf.close()


def _visible_text(page: pdfium.PdfPage, image: Image.Image) -> str:
    width, height = page.get_size()
    textpage = page.get_textpage()
    chars = []
    for i in range(textpage.count_chars()):
        char = textpage.get_text_range(i, 1)
        if char.isspace() or not char:
            chars.append(" ")
            continue
        box = textpage.get_charbox(i)
        seen = _drawn(textpage, i) and _on_page(box, width, height) and _inked(image, box, height)
        chars.append(char if seen else " ")
    return "".join(chars)


def _drawn(textpage: pdfium.PdfTextPage, i: int) -> bool:
    if pdfium_c.FPDFText_GetFontSize(textpage.raw, i) < MIN_SIZE:
        return False
    obj = pdfium_c.FPDFText_GetTextObject(textpage.raw, i)
    if obj and pdfium_c.FPDFTextObj_GetTextRenderMode(obj) in _INVISIBLE_MODES:
        return False
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if pdfium_c.FPDFText_GetFillColor(textpage.raw, i, *(ctypes.byref(c) for c in (r, g, b, a))):
        light = (0.299 * r.value + 0.587 * g.value + 0.114 * b.value) / 255
        if a.value == 0 or light > _LIGHT:
            return False
    return True


def _on_page(box: tuple[float, float, float, float], width: float, height: float) -> bool:
    left, bottom, right, top = box
    return left >= 0 and bottom >= 0 and right <= width and top <= height and right > left and top > bottom


def _inked(image: Image.Image, box: tuple[float, float, float, float], height: float) -> bool:
    scale = DPI / 72
    left, bottom, right, top = box
    area = (int(left * scale), int((height - top) * scale), int(right * scale) + 1, int((height - bottom) * scale) + 1)
    extrema = image.crop(area).getextrema()
    darkest = extrema[0] if isinstance(extrema[0], int | float) else 255
    return bool(darkest < _INK)
