"""The colours the documents share (reportlab colours, nothing else: the certificates import them
without the page-layout machinery)."""

from __future__ import annotations

from reportlab.lib import colors

RED = colors.HexColor("#C8102E")
DARK_RED = colors.HexColor("#9E1B1B")
GOLD = colors.HexColor("#B8860B")
GRID = colors.HexColor("#444444")
HEADER_FILL = colors.HexColor("#E8E8E8")
GROUP_FILL = colors.HexColor("#F3F3F3")
