"""The records of one type as a table: day, unit, the type's own fields, note."""

from __future__ import annotations

from decimal import Decimal

from emulation.scoring.activity_types import ActivityType, FieldDef
from emulation.services.activity_records import RecordLine
from emulation.text import format_date, format_decimal
from emulation.ui.labels import tr
from emulation.ui.qt import QtCore
from emulation.ui.table_model import LEFT, RIGHT, Column, RowsModel


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
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(record_columns(None), parent)
        self.type: ActivityType | None = None

    def set_records(self, t: ActivityType, rows: list[RecordLine]) -> None:
        """The columns follow the type: the same model shows any type's records."""
        self.beginResetModel()
        self.type = t
        self._columns = record_columns(t)
        self._rows = list(rows)
        self.endResetModel()
