"""The council's members: add one, let one go, and tick who attends the next meeting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emulation.services.council_members import MemberInfo, list_members, remove_member, set_member
from emulation.ui.context import ViewContext
from emulation.ui.council_widgets import row_of, run_shown
from emulation.ui.qt import Qt, QtWidgets, Signal, Slot


class MembersBox(QtWidgets.QGroupBox):
    """Members in order; the check box of each says whether that member attends."""

    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Thành viên Hội đồng (đánh dấu người có mặt)"))
        self._ctx = ctx
        self._attending: set[str] | None = None
        self.attendance = QtWidgets.QListWidget()
        self.name = QtWidgets.QLineEdit()
        self.name.setPlaceholderText(self.tr("Họ và tên"))
        self.position = QtWidgets.QLineEdit()
        self.position.setPlaceholderText(self.tr("Chức vụ"))
        self.add_button = QtWidgets.QPushButton(self.tr("Thêm thành viên"))
        self.remove_button = QtWidgets.QPushButton(self.tr("Thôi là thành viên"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        form = row_of(self.name, self.position, self.add_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.attendance, 1)
        layout.addLayout(form)
        layout.addWidget(self.remove_button)

    @Slot()
    def refresh(self) -> None:
        self._run(lambda: list_members(self._ctx.workspace), self._show)

    def _show(self, members: list[MemberInfo]) -> None:
        self.attendance.clear()
        for m in members:
            item = QtWidgets.QListWidgetItem(f"{m.name} — {m.position}" if m.position else m.name)
            item.setData(Qt.ItemDataRole.UserRole, m.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.attendance.addItem(item)
        self.show_attendance(self._attending)

    def show_attendance(self, attending: set[str] | None) -> None:
        """With a meeting open, its attendance as recorded (fixed); else every member ticked, to choose from."""
        self._attending = attending
        for i in range(self.attendance.count()):
            item = self.attendance.item(i)
            name = item.data(Qt.ItemDataRole.UserRole)
            ticked = attending is None or name in attending
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags if attending is None else flags & ~Qt.ItemFlag.ItemIsUserCheckable)

    def present(self) -> list[str]:
        items = [self.attendance.item(i) for i in range(self.attendance.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    @Slot()
    def add(self) -> None:
        name, position = self.name.text(), self.position.text()
        self._run(lambda: set_member(self._ctx.workspace, name, position), self._saved)

    @Slot()
    def remove_selected(self) -> None:
        item = self.attendance.currentItem()
        if item is not None:
            name = item.data(Qt.ItemDataRole.UserRole)
            self._run(lambda: remove_member(self._ctx.workspace, name), self._saved)

    def _saved(self, _result: object) -> None:
        self.name.clear()
        self.position.clear()
        self.refresh()
        self.changed.emit()

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        run_shown(self._ctx, self, work, done)
