"""A record type's name and fields, edited in the application: one row a field (code, label, kind,
choices). Saved through the same service as ``records type-save``; a fault is shown with the row
and column it concerns, and nothing is saved until all is right."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from emulation.i18n import sentence
from emulation.scoring.activity_types import ActivityType, FieldKind, type_to_doc
from emulation.scoring.problems import Problem
from emulation.ui.field_form import FieldForm
from emulation.ui.form_dialog import FormDialog
from emulation.ui.labels import tr
from emulation.ui.qt import QtGui, QtWidgets, Slot

COLUMNS = ("code", "label", "kind", "choices")
_FIELD_PATH = re.compile(r"^fields\[(\d+)\](?:\.(\w+))?")


def kind_labels() -> dict[FieldKind, str]:
    return {FieldKind.COUNT: tr("Số đếm (số nguyên)"), FieldKind.NUMBER: tr("Số (có thể lẻ)"),
            FieldKind.MONEY: tr("Số tiền (đồng)"), FieldKind.CHOICE: tr("Chọn một trong danh sách"),
            FieldKind.TEXT: tr("Chữ")}


class TypeForm(FieldForm):
    """Names a field's fault by the row and column of the fields table, and marks that cell."""

    def __init__(self, table: QtWidgets.QTableWidget) -> None:
        super().__init__()
        self._table = table

    def field_name(self, key: str) -> str:
        found = self._cell_of(key)
        if found is None:
            return key
        row, column = found
        header = self._table.horizontalHeaderItem(column)
        return self.tr("Dòng {row} › {column}").format(row=row + 1, column=header.text() if header else "")

    def show_problems(self, problems: Sequence[Problem]) -> None:
        super().show_problems(problems)
        for p in problems:
            found = self._cell_of(p.where)
            item = self._table.item(*found) if found else None
            if item is not None:
                item.setBackground(QtGui.QColor("#fde2e1"))
                item.setToolTip(sentence(p))

    def _cell_of(self, where: str) -> tuple[int, int] | None:
        match = _FIELD_PATH.match(where)
        if match is None:
            return None
        key = match.group(2)
        return int(match.group(1)), COLUMNS.index(key) if key in COLUMNS else 0


class RecordTypeDialog(FormDialog):
    """``t`` None: a new type (its code typed once); otherwise the type's name and fields."""

    def __init__(self, t: ActivityType | None, parent: QtWidgets.QWidget | None = None) -> None:
        fields = QtWidgets.QTableWidget(0, len(COLUMNS))
        title = self.tr("Loại ghi nhận mới") if t is None else self.tr("Sửa loại ghi nhận")
        super().__init__(title, self.tr("Lưu loại"), parent, form=TypeForm(fields))
        self.setMinimumWidth(880)
        self.code = QtWidgets.QLineEdit(t.code if t else "")
        self.code.setReadOnly(t is not None)  # records keep their type by its code
        self.name = QtWidgets.QLineEdit(t.name if t else "")
        self.fields = fields
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Mã trường"), self.tr("Tên cột"), self.tr("Kiểu"), self.tr("Các lựa chọn (cách nhau dấu ;)")])
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.horizontalHeader().setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(2, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.fields.verticalHeader().setVisible(False)
        for f in type_to_doc(t)["fields"] if t else []:
            self.add_field(f)
        add = QtWidgets.QPushButton(self.tr("Thêm trường"))
        add.clicked.connect(lambda: self.add_field())
        remove = QtWidgets.QPushButton(self.tr("Xóa trường đang chọn"))
        remove.clicked.connect(self.remove_field)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        table = QtWidgets.QVBoxLayout()
        table.addWidget(self.fields)
        table.addLayout(buttons)
        holder = QtWidgets.QWidget()
        holder.setLayout(table)
        self.form.add_field("code", self.tr("Mã loại"), self.code)
        self.form.add_field("name", self.tr("Tên loại"), self.name)
        self.form.add_field("fields", self.tr("Các trường"), holder)

    def add_field(self, doc: dict[str, Any] | None = None) -> None:
        doc = doc or {"code": "", "label": "", "kind": FieldKind.COUNT.value}
        row = self.fields.rowCount()
        self.fields.insertRow(row)
        self.fields.setItem(row, 0, QtWidgets.QTableWidgetItem(str(doc.get("code", ""))))
        self.fields.setItem(row, 1, QtWidgets.QTableWidgetItem(str(doc.get("label", ""))))
        kind = QtWidgets.QComboBox()
        for value, label in kind_labels().items():
            kind.addItem(label, value.value)
        kind.setCurrentIndex(max(kind.findData(doc.get("kind")), 0))
        self.fields.setCellWidget(row, 2, kind)
        self.fields.setItem(row, 3, QtWidgets.QTableWidgetItem("; ".join(doc.get("choices", []))))
        self.fields.setCurrentCell(row, 0)

    @Slot()
    def remove_field(self) -> None:
        row = self.fields.currentRow()
        if row >= 0:
            self.fields.removeRow(row)

    def document(self) -> dict[str, Any]:
        """The type as the interchange document ``save_type`` reads."""
        fields = []
        for row in range(self.fields.rowCount()):
            kind = self.fields.cellWidget(row, 2)
            item: dict[str, Any] = {
                "code": self._cell(row, 0), "label": self._cell(row, 1),
                "kind": kind.currentData() if isinstance(kind, QtWidgets.QComboBox) else "",
            }
            choices = [c.strip() for c in self._cell(row, 3).split(";") if c.strip()]
            if choices:
                item["choices"] = choices
            fields.append(item)
        return {"code": self.code.text().strip(), "name": self.name.text().strip(), "fields": fields}

    def _cell(self, row: int, column: int) -> str:
        item = self.fields.item(row, column)
        return item.text().strip() if item is not None else ""
