"""An editable table of small records (grades, vetoes, quotas, awards, levels, bands).

Cells hold text as typed; a column with choices edits through a list and keeps the chosen
value beside its label. Faults are shown on their cell (red, with the reason as tooltip)
and listed under the table.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
VALUE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
PROBLEM_BACKGROUND = QtGui.QColor("#fde2e0")
TITLE_LINE = 10  #: a column title of a ``fit_width`` table wraps at words past this many letters
Choices = Callable[[], Sequence[tuple[str, Any]]]
Row = dict[str, Any]


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    title: str
    choices: Choices | None = None


class ChoiceDelegate(QtWidgets.QStyledItemDelegate):
    def __init__(self, columns: Sequence[ColumnSpec], parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = columns

    def createEditor(
        self, parent: QtWidgets.QWidget, option: QtWidgets.QStyleOptionViewItem, index: Index
    ) -> QtWidgets.QWidget:
        spec = self._columns[index.column()]
        if spec.choices is None:
            return super().createEditor(parent, option, index)
        combo = QtWidgets.QComboBox(parent)
        for label, value in spec.choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QtWidgets.QWidget, index: Index) -> None:
        if isinstance(editor, QtWidgets.QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(VALUE_ROLE)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QtWidgets.QWidget, model: QtCore.QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QtWidgets.QComboBox):
            model.setData(index, editor.currentData(), VALUE_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class RowsTable(QtWidgets.QWidget):
    edited = Signal(list)  #: the rows after a change, as dicts by column key

    def __init__(
        self, columns: Sequence[ColumnSpec], parent: QtWidgets.QWidget | None = None, *, fit_width: bool = False
    ) -> None:
        """``fit_width``: the columns share the table's width, titles and cells wrapping onto more
        lines, so that a table of many columns needs no sideways scrolling on a laptop's screen."""
        super().__init__(parent)
        self._columns = tuple(columns)
        self._fit_width = fit_width
        self.table = QtWidgets.QTableWidget(0, len(columns), self)
        header = self.table.horizontalHeader()
        if fit_width:
            self.table.setHorizontalHeaderLabels(["\n".join(textwrap.wrap(c.title, TITLE_LINE)) for c in columns])
            header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
            self.table.setWordWrap(True)
            header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        else:
            self.table.setHorizontalHeaderLabels([c.title for c in columns])
            header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setItemDelegate(ChoiceDelegate(self._columns, self.table))
        self.add_button = QtWidgets.QPushButton(self.tr("Thêm dòng"), self)
        self.remove_button = QtWidgets.QPushButton(self.tr("Xóa dòng"), self)
        self.errors = QtWidgets.QLabel(self)
        self.errors.setStyleSheet("color: #b00020")
        self.errors.setWordWrap(True)
        self.errors.hide()
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.errors)
        self.table.itemChanged.connect(self._changed)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)

    def rows(self) -> list[Row]:
        return [self._row(r) for r in range(self.table.rowCount())]

    def set_rows(self, rows: Sequence[Row]) -> None:
        if list(rows) == self.rows():
            return
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, spec in enumerate(self._columns):
                self.table.setItem(r, c, self._item(spec, row.get(spec.key)))
        if self._fit_width:
            self.table.resizeRowsToContents()
        else:
            self.table.resizeColumnsToContents()
        self.table.blockSignals(blocked)

    def set_read_only(self, read_only: bool) -> None:
        triggers = QtWidgets.QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.NoEditTriggers if read_only else triggers.AllEditTriggers)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def set_problems(self, problems: dict[tuple[int, str], str], general: Sequence[str] = ()) -> None:
        """Faults by (row, column key); a key that is no column marks the whole row."""
        blocked = self.table.blockSignals(True)
        keys = [c.key for c in self._columns]
        for r in range(self.table.rowCount()):
            for c, key in enumerate(keys):
                item = self.table.item(r, c)
                if item is None:
                    continue
                found = problems.get((r, key)) or next(
                    (m for (pr, k), m in problems.items() if pr == r and k not in keys), None
                )
                item.setBackground(QtGui.QBrush(PROBLEM_BACKGROUND) if found else QtGui.QBrush())
                item.setToolTip(found or "")
        self.table.blockSignals(blocked)
        lines = [*general, *(self.tr("Dòng {0}: {1}").format(r + 1, m) for (r, _), m in sorted(problems.items()))]
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

    def add_row(self) -> None:
        rows = self.rows()
        rows.append({c.key: _first_choice(c) for c in self._columns})
        self.set_rows(rows)
        self.table.setCurrentCell(len(rows) - 1, 0)
        self.edited.emit(self.rows())

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        rows = self.rows()
        del rows[row]
        self.set_rows(rows)
        self.edited.emit(self.rows())

    def _changed(self, item: QtWidgets.QTableWidgetItem) -> None:
        if self._fit_width:
            self.table.resizeRowToContents(item.row())
        self.edited.emit(self.rows())

    def _row(self, r: int) -> Row:
        row: Row = {}
        for c, spec in enumerate(self._columns):
            item = self.table.item(r, c)
            if spec.choices is not None:
                row[spec.key] = item.data(VALUE_ROLE) if item is not None else None
            else:
                row[spec.key] = item.text() if item is not None else ""
        return row

    def _item(self, spec: ColumnSpec, value: Any) -> QtWidgets.QTableWidgetItem:
        if spec.choices is None:
            return QtWidgets.QTableWidgetItem("" if value is None else str(value))
        label = next((lbl for lbl, v in spec.choices() if v == value), "" if value is None else str(value))
        item = QtWidgets.QTableWidgetItem(label)
        item.setData(VALUE_ROLE, value)
        return item


def _first_choice(spec: ColumnSpec) -> Any:
    if spec.choices is None:
        return ""
    choices = list(spec.choices())
    return choices[0][1] if choices else None
