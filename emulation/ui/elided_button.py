"""A tool button for an action whose text grows ("Hoàn tác Dán 13 ô"): the text is elided to a
fixed width and shown whole in the tooltip, so a toolbar never outgrows the screen."""

from __future__ import annotations

from emulation.ui.qt import Qt, QtGui, QtWidgets, Slot

MAX_WIDTH = 150


class ElidedActionButton(QtWidgets.QToolButton):
    def __init__(self, action: QtGui.QAction, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.setMaximumWidth(MAX_WIDTH)
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    @Slot()
    def _sync(self) -> None:
        try:
            text = self._action.text()
        except RuntimeError:  # the action went first, while its window closes
            return
        room = MAX_WIDTH - 2 * self.fontMetrics().horizontalAdvance("M")
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room))
        self.setToolTip(text)
        self.setEnabled(self._action.isEnabled())

    def full_text(self) -> str:
        return self._action.text()
