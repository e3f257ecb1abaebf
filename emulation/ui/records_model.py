"""The records of one type as a table: day, unit, the type's own fields, note.

The fields and the note are edited in place, like scores in the grid: leaving a cell asks for
the change (``edit_requested``), the view saves it through the services and puts the saved
record back (``replace``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from emulation.scoring.activity_types import ActivityType, FieldDef
from emulation.services.activity_records import RecordLine
from emulation.text import format_date, format_decimal
from emulation.ui.labels import tr
from emulation.ui.qt import Qt, QtCore, Signal
from emulation.ui.table_model import LEFT, RIGHT, Column, Index, RowsModel

NOTE = "__note__"


def _value(f: FieldDef, line: RecordLine) -> str:
    text = line.values.get(f.code)
    if text is None:
        return ""
    return format_decimal(Decimal(text)) if f.numeric else text


def _field_column(f: FieldDef) -> Column[RecordLine]:
    return Column(f.label, lambda line: _value(f, line), RIGHT if f.numeric else LEFT,
                  sort_key=(lambda line: Decimal(line.values.get(f.code) or 0)) if f.numeric else None)


def record_columns(t: ActivityType | None) -> list[Column[RecordLine]]:
    fields = [_field_column(f) for f in t.fields] if t else []
    return [
        Column(tr("Ngày"), lambda line: format_date(line.on), sort_key=lambda line: line.on.toordinal()),
        Column(tr("Đơn vị"), lambda line: line.unit_name, tooltip=lambda line: line.unit_code),
        *fields,
        Column(tr("Ghi chú"), lambda line: line.note or ""),
    ]


class RecordsModel(RowsModel[RecordLine]):
    edit_requested = Signal(int, str, str)  # record id, field code (or NOTE), the typed text

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(record_columns(None), parent)
        self.type: ActivityType | None = None
        self._keys: list[str | None] = [None, None, NOTE]
        self.editable = True

    def set_records(self, t: ActivityType, rows: list[RecordLine]) -> None:
        """The columns follow the type: the same model shows any type's records."""
        self.beginResetModel()
        self.type = t
        self._columns = record_columns(t)
        self._keys = [None, None, *(f.code for f in t.fields), NOTE]
        self._rows = list(rows)
        self.endResetModel()

    def key_of(self, column: int) -> str | None:
        return self._keys[column] if 0 <= column < len(self._keys) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and self.key_of(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row, key = self.row_at(index), self.key_of(index.column())
        if role != Qt.ItemDataRole.EditRole or row is None or key is None:
            return False
        text = str(value or "").strip()
        if text != (self.data(index) or ""):
            self.edit_requested.emit(row.id, key, text)
        return False

    def replace(self, line: RecordLine) -> None:
        for i, row in enumerate(self._rows):
            if row.id == line.id:
                self._rows[i] = line
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def extra_data(self, row: RecordLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self._columns[column].text(row)
        return None
