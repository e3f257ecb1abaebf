"""A unit's awards by year, in one line under the units tree: "2025: Giấy khen · 2024: Giấy khen"."""

from __future__ import annotations

from emulation.services.history import HistoryEntry, unit_history
from emulation.services.workspace import Workspace
from emulation.ui.qt import QtWidgets


def by_year(entries: list[HistoryEntry]) -> str:
    years: dict[int, list[str]] = {}
    for e in entries:
        years.setdefault(e.year, []).extend(x for x in (e.award, e.grade) if x)
    return " · ".join(f"{year}: {', '.join(dict.fromkeys(what))}" for year, what in years.items())


class UnitAwardsLine(QtWidgets.QLabel):
    def __init__(self, workspace: Workspace, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWordWrap(True)

    def show_unit(self, code: str | None, name: str = "") -> None:
        if not code:
            self.clear()
            return
        entries = unit_history(self._workspace, code)
        text = by_year(entries) if entries else self.tr("chưa có")
        self.setText(self.tr("Khen thưởng các năm của {name}: {awards}").format(name=name, awards=text))
