"""The embedded serif font family (Liberation Serif, metric-compatible with Times New Roman).

Every document uses these names, never reportlab's standard Type 1 fonts, so that each PDF
carries the glyphs it prints and the text read back from it is the exact Vietnamese printed.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from emulation.resources import resource_path

FAMILY = "Serif"
REGULAR = "Serif"
BOLD = "Serif-Bold"
ITALIC = "Serif-Italic"
BOLD_ITALIC = "Serif-BoldItalic"

FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family with reportlab once; safe to call from any thread, any time."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True


def font_name(*, bold: bool = False, italic: bool = False) -> str:
    """The registered name of a face of the family."""
    if bold:
        return BOLD_ITALIC if italic else BOLD
    return ITALIC if italic else REGULAR


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` set in a registered face."""
    register_fonts()
    return pdfmetrics.stringWidth(text, font, size)
