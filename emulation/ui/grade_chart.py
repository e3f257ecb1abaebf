"""How many units got each grade: horizontal bars drawn with QPainter."""

from __future__ import annotations

from collections.abc import Sequence

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.standings import RankedRow
from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets

GRADE_COLOURS = ("#2e7d32", "#1565c0", "#ef8f00", "#c62828", "#6d4c41", "#546e7a")
NO_GRADE_COLOUR = "#9e9e9e"
ROW_HEIGHT = 26


def grade_colour(index: int | None) -> QtGui.QColor:
    """The colour of the grade at ``index`` (0 = best); grey for no grade."""
    if index is None or index < 0:
        return QtGui.QColor(NO_GRADE_COLOUR)
    return QtGui.QColor(GRADE_COLOURS[min(index, len(GRADE_COLOURS) - 1)])


Bar = tuple[str, int, int | None]
"""A grade's name, how many units got it, and its position (0 = best; None: no grade)."""


def grade_counts(criteria: CriteriaSet, rows: Sequence[RankedRow], no_grade: str) -> list[Bar]:
    """Units per grade, best first; units without a grade last, only when there are some."""
    bars: list[Bar] = [(g.name, sum(1 for r in rows if r.grade == g.name), i) for i, g in enumerate(criteria.grades)]
    missing = sum(1 for r in rows if r.grade is None)
    if missing:
        bars.append((no_grade, missing, None))
    return bars


class GradeChart(QtWidgets.QWidget):
    """Bars of (grade, count), best grade on top; the highlighted grade's label is bold."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: list[Bar] = []
        self._highlight: str | None = None
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: Sequence[Bar], highlight: str | None = None) -> None:
        self._counts = list(counts)
        self._highlight = highlight
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    @property
    def counts(self) -> list[tuple[str, int]]:
        return [(name, count) for name, count, _ in self._counts]

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(320, 8 + ROW_HEIGHT * max(len(self._counts), 1))

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = max((metrics.horizontalAdvance(name) for name, _, _ in self._counts), default=0) + 12
        count_width = metrics.horizontalAdvance("000") + 10
        track = max(self.width() - label_width - count_width - 8, 10)
        top = max((count for _, count, _ in self._counts), default=0) or 1
        for row, (name, count, index) in enumerate(self._counts):
            y = 4 + row * ROW_HEIGHT
            font = painter.font()
            font.setBold(name == self._highlight)
            painter.setFont(font)
            painter.setPen(self.palette().color(QtGui.QPalette.ColorRole.WindowText))
            text_rect = QtCore.QRect(0, y, label_width - 8, ROW_HEIGHT - 4)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), name)
            length = round(track * count / top)
            colour = grade_colour(index)
            painter.fillRect(QtCore.QRect(label_width, y + 3, max(length, 2) if count else 0, ROW_HEIGHT - 10), colour)
            count_rect = QtCore.QRect(label_width + length + 6, y, count_width, ROW_HEIGHT - 4)
            painter.drawText(count_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(count))
        painter.end()
