"""Run something once a widget has been drawn (or at once when it is not on screen).

Ranking a large period in a worker thread competes with drawing for Python's interpreter
lock, so the grid draws its rows first and ranks right after.
"""

from __future__ import annotations

from collections.abc import Callable

from emulation.ui.qt import QtCore, QtWidgets


class AfterFirstPaint(QtCore.QObject):
    def __init__(self, widget: QtWidgets.QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        if widget.isVisible():
            widget.installEventFilter(self)
        else:
            QtCore.QTimer.singleShot(0, self, self._run)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QtCore.QTimer.singleShot(0, self, self._run)  # after this paint is done
        return False

    def _run(self) -> None:
        self._then()
        self.deleteLater()
