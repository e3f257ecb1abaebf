"""A list of units to tick, with a search box that narrows it by name or code."""

from __future__ import annotations

from collections.abc import Sequence

from emulation.text import match_key
from emulation.ui.qt import Qt, QtWidgets


class UnitChecklist(QtWidgets.QWidget):
    """``entries``: (code, label shown) in display order; ``chosen``: the codes ticked at first."""

    def __init__(
        self, entries: Sequence[tuple[str, str]], chosen: Sequence[str] = (), parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên hoặc mã…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QtWidgets.QListWidget()
        self.list.setMinimumHeight(220)
        for code, label in entries:
            item = QtWidgets.QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, code: str, checked: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def shown(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if not i.isHidden()]

    def _filter(self, text: str) -> None:
        needle = match_key(text.strip())
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in match_key(item.text()))
