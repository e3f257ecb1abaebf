"""Adding one activity record: the day, the unit, and the fields of its type."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from emulation.scoring.activity_types import ActivityType, FieldDef, FieldKind
from emulation.services.units import UnitRow
from emulation.ui.form_dialog import FormDialog
from emulation.ui.qdates import day_of, qdate
from emulation.ui.qt import QtCore, QtWidgets


def field_widget(f: FieldDef) -> QtWidgets.QWidget:
    if f.kind is FieldKind.CHOICE:
        combo = QtWidgets.QComboBox()
        combo.addItem("", "")
        for choice in f.choices:
            combo.addItem(choice, choice)
        return combo
    line = QtWidgets.QLineEdit()
    if f.numeric:
        line.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
    return line


def widget_text(widget: QtWidgets.QWidget) -> str:
    if isinstance(widget, QtWidgets.QComboBox):
        return str(widget.currentData() or "")
    assert isinstance(widget, QtWidgets.QLineEdit)
    return widget.text()


class RecordDialog(FormDialog):
    def __init__(self, t: ActivityType, units: Sequence[UnitRow], on: date,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Thêm ghi nhận: {type}").format(type=t.name), self.tr("Lưu"), parent)
        self.type = t
        self.day = QtWidgets.QDateEdit(qdate(on))
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.unit = QtWidgets.QComboBox()
        for u in units:
            self.unit.addItem("    " * u.depth + f"{u.name} ({u.code})", u.code)
        self.form.add_field("date", self.tr("Ngày"), self.day)
        self.form.add_field("unit", self.tr("Đơn vị"), self.unit)
        self.fields: dict[str, QtWidgets.QWidget] = {}
        for f in t.fields:
            self.fields[f.code] = field_widget(f)
            self.form.add_field(f.code, f.label, self.fields[f.code], aliases=(f.label,))
        self.note = QtWidgets.QLineEdit()
        self.form.add_field("note", self.tr("Ghi chú"), self.note)

    def chosen_day(self) -> date:
        return day_of(self.day.date())

    def values(self) -> dict[str, object]:
        return {code: text for code, w in self.fields.items() if (text := widget_text(w).strip())}
