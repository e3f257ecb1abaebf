"""The certificate's decorative border, drawn as vectors: a double frame with corner ornaments."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from emulation.reports.colours import DARK_RED, GOLD

OUTER = 7 * mm
MIDDLE = 9.2 * mm
INNER = 12 * mm
NOTCH = 8 * mm


def _notched_frame(canvas: Canvas, x0: float, y0: float, x1: float, y1: float, r: float) -> None:
    """A rectangle whose corners are cut by quarter circles centred on them."""
    path = canvas.beginPath()
    path.moveTo(x0 + r, y0)
    path.lineTo(x1 - r, y0)
    path.arcTo(x1 - r, y0 - r, x1 + r, y0 + r, 180, -90)
    path.lineTo(x1, y1 - r)
    path.arcTo(x1 - r, y1 - r, x1 + r, y1 + r, 270, -90)
    path.lineTo(x0 + r, y1)
    path.arcTo(x0 - r, y1 - r, x0 + r, y1 + r, 0, -90)
    path.lineTo(x0, y0 + r)
    path.arcTo(x0 - r, y0 - r, x0 + r, y0 + r, 90, -90)
    path.close()
    canvas.drawPath(path, stroke=1, fill=0)


def _diamond(canvas: Canvas, cx: float, cy: float, half: float) -> None:
    path = canvas.beginPath()
    path.moveTo(cx, cy - half)
    path.lineTo(cx + half, cy)
    path.lineTo(cx, cy + half)
    path.lineTo(cx - half, cy)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _corner(canvas: Canvas, cx: float, cy: float, sx: int, sy: int) -> None:
    """The ornament at one corner; ``sx``/``sy`` point from the corner into the page."""
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    for radius in (NOTCH - 2.2 * mm, NOTCH - 3.6 * mm):
        start = {(1, 1): 0, (-1, 1): 90, (-1, -1): 180, (1, -1): 270}[(sx, sy)]
        canvas.arc(cx - radius, cy - radius, cx + radius, cy + radius, start, 90)
    canvas.setFillColor(DARK_RED)
    _diamond(canvas, cx, cy, 2.6 * mm)
    canvas.setFillColor(GOLD)
    _diamond(canvas, cx, cy, 1.2 * mm)
    dot = NOTCH + 3 * mm
    canvas.circle(cx + sx * dot, cy + sy * dot, 0.9 * mm, stroke=0, fill=1)


def draw_border(canvas: Canvas, width: float, height: float) -> None:
    """The border of a full-design certificate on a ``width`` × ``height`` page."""
    canvas.saveState()
    canvas.setStrokeColor(DARK_RED)
    canvas.setLineWidth(2.4)
    canvas.rect(OUTER, OUTER, width - 2 * OUTER, height - 2 * OUTER, stroke=1, fill=0)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.7)
    canvas.rect(MIDDLE, MIDDLE, width - 2 * MIDDLE, height - 2 * MIDDLE, stroke=1, fill=0)
    canvas.setStrokeColor(DARK_RED)
    canvas.setLineWidth(1.1)
    _notched_frame(canvas, INNER, INNER, width - INNER, height - INNER, NOTCH)
    for cx, cy, sx, sy in (
        (INNER, INNER, 1, 1), (width - INNER, INNER, -1, 1),
        (width - INNER, height - INNER, -1, -1), (INNER, height - INNER, 1, -1),
    ):
        _corner(canvas, cx, cy, sx, sy)
    canvas.restoreState()
