"""The "Dân vận khéo" models register as a table."""

from __future__ import annotations

from emulation.scoring.register import STATUS_LABELS
from emulation.services.models_register import ModelLine
from emulation.ui.labels import tr
from emulation.ui.qt import QtCore
from emulation.ui.table_model import RIGHT, Column, RowsModel


def register_columns() -> list[Column[ModelLine]]:
    return [
        Column(tr("Tên mô hình"), lambda m: m.entry.name),
        Column(tr("Đơn vị", "column"), lambda m: m.unit_name, tooltip=lambda m: m.entry.unit_code),
        Column(tr("Lĩnh vực"), lambda m: m.entry.field),
        Column(tr("Năm đăng ký"), lambda m: str(m.entry.year), RIGHT, sort_key=lambda m: m.entry.year),
        Column(tr("Tình trạng"), lambda m: STATUS_LABELS[m.entry.status]),
        Column(tr("Năm dừng"), lambda m: str(m.entry.stopped_year or ""), RIGHT),
        Column(tr("Minh chứng"), lambda m: m.entry.evidence or ""),
    ]


class RegisterModel(RowsModel[ModelLine]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(register_columns(), parent)
