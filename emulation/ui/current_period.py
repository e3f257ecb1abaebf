"""The one period the pages are about: choosing a period on any page makes it current on all."""

from __future__ import annotations

from emulation.ui.qt import QtCore, Signal


class CurrentPeriod(QtCore.QObject):
    """Holds the name of the current period; ``changed`` tells the pages when another is chosen."""

    changed = Signal(str)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._name = ""

    @property
    def name(self) -> str:
        return self._name

    def set(self, name: str) -> None:
        if name and name != self._name:
            self._name = name
            self.changed.emit(name)
