"""Which sheet the grid shows: period, role, committee member; and which of its units."""

from __future__ import annotations

from collections.abc import Sequence

from emulation.scoring.scores import Role
from emulation.services.periods import PeriodInfo
from emulation.services.score_sheet import SheetUnit
from emulation.text import vn_sorted
from emulation.ui.qt import QtWidgets, Signal

Scope = tuple[str | None, str | None, bool]  # (parent code, cluster, incomplete only)


class SheetSelector(QtWidgets.QWidget):
    sheet_changed = Signal()  #: another period, role or member was chosen
    scope_changed = Signal(object)  #: a :data:`Scope`

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.period_box = QtWidgets.QComboBox(self)
        self.period_box.setMinimumContentsLength(18)
        self.period_box.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role_box = QtWidgets.QComboBox(self)
        for role, label in ((Role.SELF, self.tr("Tự chấm")), (Role.MEMBER, self.tr("Thành viên hội đồng"))):
            self.role_box.addItem(label, role)
        self.role_box.addItem(self.tr("Thẩm định"), Role.OFFICIAL)
        self.role_box.setCurrentIndex(self.role_box.findData(Role.MEMBER))
        self.member_box = QtWidgets.QComboBox(self)
        self.member_box.setEditable(True)
        self.member_box.setMinimumContentsLength(12)
        typed = self.member_box.lineEdit()
        assert typed is not None
        typed.setPlaceholderText(self.tr("Tên thành viên"))
        self.scope_box = QtWidgets.QComboBox(self)
        self.scope_box.setMinimumContentsLength(12)
        self._layout()
        self.period_box.currentIndexChanged.connect(self._sheet_changed)
        self.role_box.currentIndexChanged.connect(self._role_changed)
        self.member_box.activated.connect(self._sheet_changed)
        typed.editingFinished.connect(self._member_typed)
        self.scope_box.currentIndexChanged.connect(lambda _: self.scope_changed.emit(self.current_scope()))
        self._last: tuple[str | None, Role, str] | None = None

    def _layout(self) -> None:
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (self.tr("&Kỳ chấm điểm:"), self.period_box),
            (self.tr("&Người chấm:"), self.role_box),
            (None, self.member_box),
            (self.tr("&Lọc:"), self.scope_box),
        ):
            if label:
                caption = QtWidgets.QLabel(label, self)
                caption.setBuddy(widget)
                layout.addWidget(caption)
            layout.addWidget(widget)
        layout.addStretch(1)

    # --- filling -----------------------------------------------------------------------------

    def set_periods(self, periods: Sequence[PeriodInfo], keep: str | None = None) -> None:
        keep = keep or self.period()
        with _quiet(self.period_box):
            self.period_box.clear()
            newest_first = list(reversed(periods))
            for p in newest_first:
                self.period_box.addItem(p.name + (self.tr(" (đã khóa)") if p.locked else ""), p.name)
            index = self.period_box.findData(keep) if keep else -1
            self.period_box.setCurrentIndex(index if index >= 0 else _default_period(newest_first))

    def select_period(self, name: str) -> None:
        index = self.period_box.findData(name)
        if index >= 0:
            self.period_box.setCurrentIndex(index)

    def set_members(self, names: Sequence[str]) -> None:
        current = self.member_box.currentText().strip()
        with _quiet(self.member_box):
            self.member_box.clear()
            self.member_box.addItems(list(names))
            self.member_box.setEditText(current or (names[0] if names else ""))
        if self.role() is Role.MEMBER and not names and not current and self._last is None:
            with _quiet(self.role_box):
                self.role_box.setCurrentIndex(self.role_box.findData(Role.OFFICIAL))
        self.member_box.setEnabled(self.role() is Role.MEMBER)

    def set_units(self, units: Sequence[SheetUnit]) -> None:
        keep = self.scope_box.currentData()
        with _quiet(self.scope_box):
            self.scope_box.clear()
            self.scope_box.addItem(self.tr("Tất cả đơn vị"), (None, None, False))
            self.scope_box.addItem(self.tr("Chưa chấm đủ"), (None, None, True))
            parents = {u.parent_code: u.parent_name for u in units if u.parent_code}
            for code, name in parents.items():
                self.scope_box.addItem(self.tr("Thuộc: {0}").format(name or code), (code, None, False))
            for cluster in vn_sorted({u.cluster for u in units if u.cluster}):
                self.scope_box.addItem(self.tr("Cụm: {0}").format(cluster), (None, cluster, False))
            index = self.scope_box.findData(keep) if keep is not None else 0
            self.scope_box.setCurrentIndex(max(index, 0))
        self.scope_changed.emit(self.current_scope())

    # --- reading -----------------------------------------------------------------------------

    def period(self) -> str | None:
        return self.period_box.currentData()

    def role(self) -> Role:
        return Role(self.role_box.currentData())

    def scorer(self) -> str:
        return self.member_box.currentText().strip() if self.role() is Role.MEMBER else ""

    def current_scope(self) -> Scope:
        data = self.scope_box.currentData()
        return data if data is not None else (None, None, False)

    def _role_changed(self) -> None:
        self.member_box.setEnabled(self.role() is Role.MEMBER)
        self._sheet_changed()

    def _member_typed(self) -> None:
        if self.role() is Role.MEMBER:
            self._sheet_changed()

    def _sheet_changed(self) -> None:
        choice = (self.period(), self.role(), self.scorer())
        if choice != self._last:
            self._last = choice
            self.sheet_changed.emit()


def _default_period(periods: Sequence[PeriodInfo]) -> int:
    """The latest period that can still be scored, else the latest one (``periods``: newest first)."""
    for i in range(len(periods)):
        if not periods[i].locked and not periods[i].is_summary:
            return i
    return 0


class _quiet:
    """Block a widget's signals while it is refilled."""

    def __init__(self, widget: QtWidgets.QWidget) -> None:
        self._widget = widget

    def __enter__(self) -> None:
        self._old = self._widget.blockSignals(True)

    def __exit__(self, *_: object) -> None:
        self._widget.blockSignals(self._old)
