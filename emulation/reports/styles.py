"""Paragraph styles and colours shared by the documents, all in the embedded serif."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from emulation.reports.colours import DARK_RED as DARK_RED
from emulation.reports.colours import GOLD as GOLD
from emulation.reports.colours import GRID as GRID
from emulation.reports.colours import GROUP_FILL as GROUP_FILL
from emulation.reports.colours import HEADER_FILL as HEADER_FILL
from emulation.reports.colours import RED as RED
from emulation.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

BODY_SIZE = 13
TABLE_SIZE = 11


def style(
    name: str, *, size: float = BODY_SIZE, bold: bool = False, italic: bool = False,
    align: str = "left", leading: float | None = None, space_after: float = 0,
) -> ParagraphStyle:
    """A paragraph style in the embedded family."""
    register_fonts()
    font = {(False, False): REGULAR, (True, False): BOLD,
            (False, True): ITALIC, (True, True): BOLD_ITALIC}[(bold, italic)]
    alignment = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}[align]
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or size * 1.2,
        alignment=alignment, spaceAfter=space_after,
    )


def cell(size: float = TABLE_SIZE, *, bold: bool = False, italic: bool = False,
         align: str = "left") -> ParagraphStyle:
    """A table cell's style."""
    return style(f"cell-{size}-{bold}-{italic}-{align}", size=size, bold=bold, italic=italic,
                 align=align, leading=size * 1.18)


def table_style(*commands: tuple[object, ...]) -> TableStyle:
    """A table style whose plain-text cells also use the embedded font."""
    register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])
