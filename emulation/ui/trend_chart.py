"""A unit's totals across periods: a small line chart drawn with QPainter."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from emulation.ui.labels import points
from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets

LINE_COLOUR = "#1565c0"
CURRENT_COLOUR = "#ef8f00"
MARGIN = 28


def short_label(period: str) -> str:
    """ "Tháng 07/2026 – Thôn, tổ dân phố" → "Tháng 07/2026"."""
    return period.split(" – ")[0].split(" - ")[0]


class TrendChart(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[str, Decimal]] = []
        self._ceiling = Decimal(100)
        self._current: str | None = None
        self.setMinimumHeight(130)
        self.setMaximumHeight(160)

    def set_points(self, values: Sequence[tuple[str, Decimal]], ceiling: Decimal, current: str | None = None) -> None:
        self._points = list(values)
        self._ceiling = ceiling if ceiling > 0 else Decimal(100)
        self._current = current
        self.update()

    @property
    def values(self) -> list[tuple[str, Decimal]]:
        return list(self._points)

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(360, 150)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QtGui.QPalette.ColorRole.WindowText)
        area = self.rect().adjusted(MARGIN, MARGIN // 2 + 6, -MARGIN, -MARGIN)
        painter.setPen(QtGui.QPen(QtGui.QColor("#bdbdbd"), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.topLeft(), area.bottomLeft())
        if not self._points:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("Chưa có dữ liệu các kỳ"))
            painter.end()
            return
        area = area.adjusted(MARGIN, 0, -MARGIN, 0)
        step = area.width() / max(len(self._points) - 1, 1)
        spots = [self._spot(area, i, step, value) for i, (_, value) in enumerate(self._points)]
        painter.setPen(QtGui.QPen(QtGui.QColor(LINE_COLOUR), 2))
        painter.drawPolyline(QtGui.QPolygonF(spots))
        for spot, (label, value) in zip(spots, self._points, strict=True):
            current = label == self._current
            colour = QtGui.QColor(CURRENT_COLOUR if current else LINE_COLOUR)
            painter.setBrush(colour)
            painter.setPen(QtGui.QPen(colour, 1))
            painter.drawEllipse(spot, 5 if current else 4, 5 if current else 4)
            painter.setPen(text_colour)
            self._text_at(painter, spot + QtCore.QPointF(0, -14), points(value))
            self._text_at(painter, QtCore.QPointF(spot.x(), area.bottom() + 14), short_label(label))
        painter.end()

    def _spot(self, area: QtCore.QRect, i: int, step: float, value: Decimal) -> QtCore.QPointF:
        x = area.left() + (i * step if len(self._points) > 1 else area.width() / 2)
        share = float(min(max(value / self._ceiling, Decimal(0)), Decimal(1)))
        return QtCore.QPointF(x, area.bottom() - share * area.height())

    def _text_at(self, painter: QtGui.QPainter, centre: QtCore.QPointF, text: str) -> None:
        width = painter.fontMetrics().horizontalAdvance(text) + 4
        left = min(max(centre.x() - width / 2, 0), self.width() - width)
        rect = QtCore.QRectF(left, centre.y() - 9, width, 18)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
