"""Moving a unit under another parent."""

from __future__ import annotations

from collections.abc import Sequence

from emulation.services.units import UnitRow
from emulation.ui.form_dialog import FormDialog
from emulation.ui.qt import QtWidgets


def below(units: Sequence[UnitRow], code: str) -> set[str]:
    """The unit and every unit under it."""
    found = {code}
    for unit in units:  # tree order: parents come first
        if unit.parent_code in found:
            found.add(unit.code)
    return found


class MoveDialog(FormDialog):
    def __init__(self, units: Sequence[UnitRow], unit: UnitRow, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Chuyển đơn vị"), self.tr("Chuyển"), parent)
        self.unit = unit
        self.target = QtWidgets.QComboBox()
        self.target.addItem(self.tr("(Không thuộc đơn vị nào)"), "")
        inside = below(units, unit.code)
        for u in units:
            if u.code not in inside:
                self.target.addItem("    " * u.depth + f"{u.name} ({u.code})", u.code)
        self.target.setCurrentIndex(max(self.target.findData(unit.parent_code or ""), 0))
        self.form.add_row(self.tr("Đơn vị"), QtWidgets.QLabel(f"{unit.name} ({unit.code})"))
        self.form.add_field("parent", self.tr("Chuyển về thuộc"), self.target)

    def parent_code(self) -> str | None:
        return self.target.currentData() or None

    def choose(self, code: str) -> None:
        self.target.setCurrentIndex(max(self.target.findData(code), 0))
