"""A horizontal header in two rows: a band naming the group over its columns, then each column.

The model gives each section its lines (code, short title, scale) through DisplayRole and its
band through ``GROUP_ROLE`` as ``(key, title)``; neighbouring sections with the same key share
one band. A section without a band uses the full height.
"""

from __future__ import annotations

from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets
from emulation.ui.scoring.roles import GROUP_ROLE

BAND_LINES = 1
SECTION_LINES = 4
PADDING = 3


class TwoRowHeader(QtWidgets.QHeaderView):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def band_height(self) -> int:
        return self.fontMetrics().height() * BAND_LINES + 2 * PADDING

    def total_height(self) -> int:
        return self.band_height() + self.fontMetrics().height() * SECTION_LINES + 2 * PADDING

    def sizeHint(self) -> QtCore.QSize:
        hint = super().sizeHint()
        return QtCore.QSize(hint.width(), self.total_height())

    def sectionSizeFromContents(self, logicalIndex: int) -> QtCore.QSize:
        return QtCore.QSize(self.sectionSize(logicalIndex), self.total_height())

    def paintSection(self, painter: QtGui.QPainter, rect: QtCore.QRect, logicalIndex: int) -> None:
        model = self.model()
        if model is None or not rect.isValid():
            return
        band = model.headerData(logicalIndex, Qt.Orientation.Horizontal, GROUP_ROLE)
        section = QtCore.QRect(rect)
        if band:
            section.setTop(rect.top() + self.band_height())
            self._paint_band(painter, rect, band[0], band[1], logicalIndex)
        text = model.headerData(logicalIndex, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
        self._paint_cell(painter, section, logicalIndex, str(text).split("\n"))

    def _paint_band(self, painter: QtGui.QPainter, rect: QtCore.QRect, key: str, title: str, logical: int) -> None:
        first, last = self._span(key, logical)
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        band = QtCore.QRect(left, rect.top(), right - left, self.band_height())
        painter.save()
        painter.setClipRect(band.intersected(self.viewport().rect()))
        self._frame(painter, band, -1)
        font = QtGui.QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        inner = band.adjusted(PADDING, 0, -PADDING, 0)
        elided = QtGui.QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), elided)
        painter.restore()

    def _span(self, key: str, logical: int) -> tuple[int, int]:
        """The first and last visible sections, in visual order, sharing the band ``key``."""
        model = self.model()
        visual = self.visualIndex(logical)
        first = last = logical
        for step in (-1, 1):
            v = visual + step
            while 0 <= v < self.count():
                other = self.logicalIndex(v)
                if not self.isSectionHidden(other):
                    band = model.headerData(other, Qt.Orientation.Horizontal, GROUP_ROLE)
                    if not band or band[0] != key:
                        break
                    if step < 0:
                        first = other
                    else:
                        last = other
                v += step
        return first, last

    def _paint_cell(self, painter: QtGui.QPainter, rect: QtCore.QRect, logical: int, lines: list[str]) -> None:
        painter.save()
        self._frame(painter, rect, logical)
        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = painter.fontMetrics()
        line_height = metrics.height()
        if len(lines) == 1:
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), lines[0])
        else:
            self._paint_lines(painter, inner, lines, line_height)
        painter.restore()

    def _paint_lines(self, painter: QtGui.QPainter, inner: QtCore.QRect, lines: list[str], line_height: int) -> None:
        code, *middle, scale = lines
        bold = QtGui.QFont(painter.font())
        bold.setBold(True)
        top = QtCore.QRect(inner.left(), inner.top(), inner.width(), line_height)
        painter.setFont(bold)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), _elided(code, top, painter))
        painter.setFont(self.font())
        title_rect = QtCore.QRect(inner.left(), top.bottom() + 1, inner.width(), line_height * (SECTION_LINES - 2))
        title = " ".join(middle)
        painter.drawText(
            title_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), _fit(title, title_rect, painter)
        )
        bottom = QtCore.QRect(inner.left(), inner.bottom() - line_height + 1, inner.width(), line_height)
        painter.setPen(self.palette().color(QtGui.QPalette.ColorRole.PlaceholderText))
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignCenter), _elided(scale, bottom, painter))

    def _frame(self, painter: QtGui.QPainter, rect: QtCore.QRect, logical: int) -> None:
        """The platform's header background and borders, without its text."""
        option = QtWidgets.QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = max(logical, 0)
        option.text = ""
        if logical >= 0 and self.highlightSections() and self.selectionModel() is not None:
            if self.selectionModel().columnIntersectsSelection(logical, self.rootIndex()):
                option.state |= QtWidgets.QStyle.StateFlag.State_On
        self.style().drawControl(QtWidgets.QStyle.ControlElement.CE_HeaderSection, option, painter, self)


def _fit(text: str, rect: QtCore.QRect, painter: QtGui.QPainter) -> str:
    """``text`` wrapped into ``rect``'s lines, the last one elided when it does not fit."""
    metrics = painter.fontMetrics()
    lines: list[str] = []
    words = text.split()
    capacity = max(1, rect.height() // metrics.height())
    while words and len(lines) < capacity:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= rect.width():
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        lines[-1] = metrics.elidedText(f"{lines[-1]} {' '.join(words)}", Qt.TextElideMode.ElideRight, rect.width())
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()) for line in lines)


def _elided(text: str, rect: QtCore.QRect, painter: QtGui.QPainter) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
