"""A period chooser for the views that show one period at a time."""

from __future__ import annotations

from collections.abc import Sequence

from emulation.services.periods import PeriodInfo
from emulation.ui.current_period import CurrentPeriod
from emulation.ui.qt import QtGui, QtWidgets, Signal, Slot


class PeriodPicker(QtWidgets.QComboBox):
    """Lists periods newest first; keeps the chosen one across refreshes when it still exists.

    ``set_periods`` emits nothing: the view reloads after it anyway.
    """

    period_changed = Signal(str)

    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        *,
        include_all: bool = False,
        current: CurrentPeriod | None = None,
    ) -> None:
        super().__init__(parent)
        self._include_all = include_all
        self._current = current
        if current is not None:
            current.changed.connect(self._follow)
        self.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(28)
        self.currentIndexChanged.connect(self._changed)

    def set_periods(self, periods: Sequence[PeriodInfo], prefer: str | None = None) -> None:
        shared = self._current.name if self._current is not None else ""
        wanted = prefer or shared or self.current_name()
        self.blockSignals(True)
        self.clear()
        if self._include_all:
            self.addItem(self.tr("Tất cả các kỳ"), "")
        for p in reversed(periods):
            label = p.name + (self.tr(" (đã khóa)") if p.locked else "")
            self.addItem(label, p.name)
        found = self.findData(wanted) if wanted else -1
        self.setCurrentIndex(found if found >= 0 else 0)
        self.blockSignals(False)

    def current_name(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def select(self, name: str) -> None:
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)

    @Slot(int)
    def _changed(self, _index: int) -> None:
        name = self.current_name()
        if self._current is not None and name:
            self._current.set(name)
        self.period_changed.emit(name)

    @Slot(str)
    def _follow(self, name: str) -> None:
        """Another page chose ``name``: show it too, now when visible, else when next shown."""
        if self.isVisible() and name != self.current_name():
            self.select(name)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        if self._current is not None and self._current.name and self._current.name != self.current_name():
            self.select(self._current.name)
