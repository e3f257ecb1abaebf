"""The audit log as a table, newest first."""

from __future__ import annotations

from emulation.i18n.audit import detail_text
from emulation.services.audit import AuditLine
from emulation.ui.labels import audit_action, audit_entity, audit_field, audit_value, local_time
from emulation.ui.qt import QtCore
from emulation.ui.table_model import LEFT, Column, RowsModel


class AuditModel(RowsModel[AuditLine]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Thời gian"), lambda e: local_time(e.at), LEFT, sort_key=lambda e: e.at),
                Column(self.tr("Người thực hiện"), lambda e: e.who, LEFT),
                Column(self.tr("Thao tác"), lambda e: audit_action(e.action), LEFT),
                Column(self.tr("Đối tượng"), lambda e: audit_entity(e.entity), LEFT),
                Column(self.tr("Kỳ"), lambda e: e.period or "", LEFT),
                Column(self.tr("Đơn vị"), lambda e: e.unit or "", LEFT),
                Column(self.tr("Mục"), lambda e: audit_field(e.field), LEFT),
                Column(self.tr("Giá trị cũ"), lambda e: audit_value(e.old), LEFT, lambda e: e.old),
                Column(self.tr("Giá trị mới"), lambda e: audit_value(e.new), LEFT, lambda e: e.new),
                Column(self.tr("Ghi chú"), lambda e: detail_text(e.detail), LEFT, lambda e: detail_text(e.detail)),
            ],
            parent,
        )

    def set_lines(self, lines: list[AuditLine]) -> None:
        self.set_rows(list(reversed(lines)))
