"""Adding or editing one unit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from emulation.services.units import UnitRow
from emulation.ui.form_dialog import FormDialog
from emulation.ui.qt import QtWidgets


@dataclass(frozen=True)
class UnitForm:
    code: str
    name: str
    kind: str
    parent_code: str | None
    cluster: str


def editable_combo(choices: Sequence[str], current: str = "", placeholder: str = "") -> QtWidgets.QComboBox:
    combo = QtWidgets.QComboBox()
    combo.setEditable(True)
    combo.addItems(sorted({c for c in choices if c}))
    combo.setCurrentText(current)
    line = combo.lineEdit()
    if placeholder and line is not None:
        line.setPlaceholderText(placeholder)
    return combo


class UnitDialog(FormDialog):
    """``unit`` None: a new unit (its parent is chosen here); else that unit's fields."""

    def __init__(
        self, units: Sequence[UnitRow], unit: UnitRow | None = None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        title = self.tr("Thêm đơn vị") if unit is None else self.tr("Sửa đơn vị")
        super().__init__(title, self.tr("Lưu"), parent)
        self.code = QtWidgets.QLineEdit(unit.code if unit else "")
        self.name = QtWidgets.QLineEdit(unit.name if unit else "")
        self.kind = editable_combo([u.kind or "" for u in units], unit.kind or "" if unit else "")
        self.cluster = editable_combo(
            [u.cluster or "" for u in units],
            unit.cluster or "" if unit else "",
            self.tr("Để trống: theo cụm của đơn vị cấp trên"),
        )
        self.parent_choice = QtWidgets.QComboBox()
        self.parent_choice.addItem(self.tr("(Không thuộc đơn vị nào)"), "")
        for u in units:
            self.parent_choice.addItem("    " * u.depth + f"{u.name} ({u.code})", u.code)
        self.form.add_field("code", self.tr("Mã"), self.code)
        self.form.add_field("name", self.tr("Tên đơn vị"), self.name)
        self.form.add_field("kind", self.tr("Loại"), self.kind)
        if unit is None:
            self.form.add_field("parent", self.tr("Thuộc"), self.parent_choice)
        self.form.add_field("cluster", self.tr("Cụm thi đua"), self.cluster)

    def values(self) -> UnitForm:
        parent = self.parent_choice.currentData()
        return UnitForm(
            self.code.text(), self.name.text(), self.kind.currentText(), parent or None, self.cluster.currentText()
        )

    def choose_parent(self, code: str) -> None:
        self.parent_choice.setCurrentIndex(max(self.parent_choice.findData(code), 0))
