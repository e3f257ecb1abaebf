"""Cell editors of the grid: a line for numbers (with the measure's unit shown at its end)
and a list for levels."""

from __future__ import annotations

from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets


class NumberEdit(QtWidgets.QLineEdit):
    """A line edit that accepts what people type ("8,5", "8.5", "x") and shows a unit suffix."""

    def __init__(self, suffix: str | None, hint: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._suffix = suffix or ""
        self.setFrame(False)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setToolTip(hint)
        if self._suffix:
            margin = self.fontMetrics().horizontalAdvance(f" {self._suffix} ")
            self.setTextMargins(0, 0, margin, 0)

    def suffix(self) -> str:
        return self._suffix

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._suffix:
            return
        painter = QtGui.QPainter(self)
        painter.setPen(self.palette().color(QtGui.QPalette.ColorRole.PlaceholderText))
        area = self.rect().adjusted(0, 0, -3, 0)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self._suffix)
        painter.end()


class LevelCombo(QtWidgets.QComboBox):
    """The levels of a criterion, blank first (not scored); typing a letter picks a level."""

    def __init__(self, labels: list[str], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("")
        self.addItems(labels)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_label(self, label: str) -> None:
        index = self.findText(label, Qt.MatchFlag.MatchFixedString)
        self.setCurrentIndex(max(index, 0))

    def label(self) -> str:
        return self.currentText()

    def sizeHint(self) -> QtCore.QSize:
        hint = super().sizeHint()
        return QtCore.QSize(max(hint.width(), 90), hint.height())
