"""The calibration page: a millimetre grid with a crosshair at every overlay field.

Printed on a blank (or laid over one against the light), it shows where each field will land,
so the committee can correct the positions or the printer offsets in the settings.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from emulation.reports.colours import RED
from emulation.reports.fonts import BOLD, REGULAR
from emulation.reports.layout import CertificateLayout, FieldBox

FAINT = HexColor("#D6D6D6")
MEDIUM = HexColor("#9A9A9A")
LABEL_GREY = HexColor("#555555")
ARM = 5 * mm

LABELS = {
    "name": "Tên đơn vị",
    "parent": "Đơn vị cấp trên",
    "achievement": "Thành tích",
    "decision": "Quyết định số",
    "serial": "Số vào sổ",
    "place_date": "Địa danh, ngày tháng",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Họ tên người ký",
    "qr": "Mã QR",
}


def _grid(canvas: Canvas, width: float, height: float) -> None:
    canvas.setFont(REGULAR, 6.5)
    for i in range(int(width / mm) + 1):
        major = i % 10 == 0
        canvas.setStrokeColor(MEDIUM if major else FAINT)
        canvas.setLineWidth(0.45 if major else 0.15)
        if major or i % 2 == 0:
            canvas.line(i * mm, 0, i * mm, height)
        if major and 0 < i:
            canvas.setFillColor(LABEL_GREY)
            canvas.drawCentredString(i * mm, height - 4.5 * mm, str(i))
    for j in range(int(height / mm) + 1):
        major = j % 10 == 0
        canvas.setStrokeColor(MEDIUM if major else FAINT)
        canvas.setLineWidth(0.45 if major else 0.15)
        if major or j % 2 == 0:
            canvas.line(0, height - j * mm, width, height - j * mm)
        if major and 0 < j:
            canvas.setFillColor(LABEL_GREY)
            canvas.drawString(1.2 * mm, height - j * mm - 2.5, str(j))


def _label(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
           *, centred: bool = False) -> None:
    """Text on a white patch, readable over the grid."""
    width = stringWidth(text, font, size)
    left = x - width / 2 if centred else x
    canvas.setFillColor(white)
    canvas.rect(left - 1, y - size * 0.3, width + 2, size * 1.2, stroke=0, fill=1)
    canvas.setFillColor(RED)
    canvas.setFont(font, size)
    canvas.drawString(left, y, text)


def _crosshair(canvas: Canvas, x: float, y: float, label: str) -> None:
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(0.6)
    canvas.line(x - ARM, y, x + ARM, y)
    canvas.line(x, y - ARM, x, y + ARM)
    canvas.circle(x, y, 1.2 * mm, stroke=1, fill=0)
    _label(canvas, x + 1.8 * mm, y + 1.4 * mm, label, BOLD, 7)


def _span(canvas: Canvas, box: FieldBox, x: float, y: float) -> None:
    """The width the field may take, as a bracket on its baseline."""
    width = box.width * mm
    left = {"left": x, "center": x - width / 2, "right": x - width}[box.align]
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    canvas.line(left, y, left + width, y)
    canvas.setDash()
    canvas.line(left, y - 1.5 * mm, left, y + 1.5 * mm)
    canvas.line(left + width, y - 1.5 * mm, left + width, y + 1.5 * mm)


def draw_calibration(canvas: Canvas, layout: CertificateLayout) -> None:
    width, height = layout.size
    dx, dy = layout.offset_x, layout.offset_y
    canvas.saveState()
    _grid(canvas, width, height)
    for name, box in layout.fields.items():
        x, y = (box.x + dx) * mm, height - (box.y + dy) * mm
        _span(canvas, box, x, y)
        _crosshair(canvas, x, y, f"{LABELS[name]} ({name}) {box.x:g}; {box.y:g}")
    if layout.qr is not None:
        qr = layout.qr
        left, top = (qr.x + dx) * mm, height - (qr.y + dy) * mm
        canvas.setStrokeColor(RED)
        canvas.setDash(3, 2)
        canvas.rect(left, top - qr.side * mm, qr.side * mm, qr.side * mm, stroke=1, fill=0)
        canvas.setDash()
        _crosshair(canvas, left, top, f"{LABELS['qr']} (qr) {qr.x:g}; {qr.y:g}")
    _label(canvas, width / 2, 10 * mm, "TRANG CANH CHỈNH PHÔI GIẤY KHEN", BOLD, 9, centred=True)
    note = (f"Tọa độ tính bằng mm từ góc trên bên trái tờ giấy; độ lệch máy in: ngang {dx:g} mm, "
            f"dọc {dy:g} mm")
    _label(canvas, width / 2, 6 * mm, note, REGULAR, 8, centred=True)
    canvas.restoreState()
