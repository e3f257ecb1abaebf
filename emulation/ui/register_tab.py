"""The "Dân vận khéo" register: the models, counted by field, imported from the units' lists."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from emulation.services.models_register import ModelsImported, import_models, list_models, register_fields
from emulation.ui.context import ViewContext
from emulation.ui.qt import QtWidgets, Signal, Slot
from emulation.ui.register_model import RegisterModel
from emulation.ui.tables import fit_columns, read_only_table

WORKBOOK_FILTER = "Excel (*.xlsx)"


class RegisterTab(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = RegisterModel(self)
        self.table = read_only_table(self.model, stretch_last=True)
        self.import_button = QtWidgets.QPushButton(self.tr("Nhập danh sách mô hình…"))
        self.import_button.clicked.connect(self.choose_import)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        bar = QtWidgets.QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    @Slot()
    def refresh(self) -> None:
        ws = self._ctx.workspace
        lines = list_models(ws)
        self.model.set_rows(lines)
        fit_columns(self.table)
        counts = Counter(m.entry.field for m in lines)
        by_field = "; ".join(f"{field}: {counts.get(field, 0)}" for field in register_fields(ws))
        self.summary.setText(self.tr("{count} mô hình — {by_field}").format(count=len(lines), by_field=by_field))

    @Slot()
    def choose_import(self) -> None:
        path = self._ctx.files.open_file(self, self.tr("Nhập danh sách mô hình"), WORKBOOK_FILTER)
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> None:
        ws = self._ctx.workspace
        op = self._ctx.operation(self, (lambda _progress: import_models(ws, path)))
        op.with_progress(self.tr("Đang nhập {file}…").format(file=path.name), cancellable=False)
        op.success(self._imported).run_in_background()

    def _imported(self, result: ModelsImported) -> None:
        self.refresh()
        self.changed.emit()
