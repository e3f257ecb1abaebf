"""Ghi nhận: the activity records of each type, the "Dân vận khéo" register, and the report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from emulation.scoring.activity_types import ActivityType
from emulation.services.activity_records import (
    RecordLine,
    RecordsImported,
    add_record,
    delete_record,
    export_records,
    import_records,
    list_records,
    update_record,
)
from emulation.services.activity_types import list_types, save_type
from emulation.services.units import list_units
from emulation.ui.context import ViewContext
from emulation.ui.form_dialog import save_from
from emulation.ui.indicators_tab import IndicatorsTab
from emulation.ui.qt import QtWidgets, Signal, Slot
from emulation.ui.record_dialog import RecordDialog
from emulation.ui.record_type_dialog import RecordTypeDialog
from emulation.ui.records_model import NOTE, RecordsModel
from emulation.ui.register_tab import RegisterTab
from emulation.ui.report_bar import ReportBar
from emulation.ui.tables import fit_columns, read_only_table

WORKBOOK_FILTER = "Excel (*.xlsx)"
EDIT_TRIGGERS = (
    QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
    | QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
    | QtWidgets.QAbstractItemView.EditTrigger.AnyKeyPressed
)


class RecordsTab(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.types: list[ActivityType] = []
        self.type_choice = QtWidgets.QComboBox()
        self.type_choice.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type_choice.currentIndexChanged.connect(self.load)
        self.model = RecordsModel(self)
        self.model.edit_requested.connect(self.save_cell)
        self.table = read_only_table(self.model, stretch_last=True)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.add_button = QtWidgets.QPushButton(self.tr("Thêm…"))
        self.delete_button = QtWidgets.QPushButton(self.tr("Xóa"))
        self.import_button = QtWidgets.QPushButton(self.tr("Nhập từ tệp…"))
        self.export_button = QtWidgets.QPushButton(self.tr("Xuất ra tệp…"))
        self.edit_type_button = QtWidgets.QPushButton(self.tr("Sửa loại…"))
        self.new_type_button = QtWidgets.QPushButton(self.tr("Loại mới…"))
        self.edit_type_button.clicked.connect(lambda: self.edit_type(self.current_type()))
        self.new_type_button.clicked.connect(lambda: self.edit_type(None))
        self.type_dialog: RecordTypeDialog | None = None
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.summary = QtWidgets.QLabel()
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(QtWidgets.QLabel(self.tr("Loại:")))
        bar.addWidget(self.type_choice)
        bar.addWidget(self.edit_type_button)
        bar.addWidget(self.new_type_button)
        bar.addSpacing(12)
        for button in (self.add_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.dialog: RecordDialog | None = None

    def current_type(self) -> ActivityType | None:
        index = self.type_choice.currentIndex()
        return self.types[index] if 0 <= index < len(self.types) else None

    @Slot()
    def refresh(self) -> None:
        keep = self.type_choice.currentIndex()
        self.types = list_types(self._ctx.workspace)
        self.type_choice.blockSignals(True)
        self.type_choice.clear()
        self.type_choice.addItems([t.name for t in self.types])
        self.type_choice.setCurrentIndex(max(keep, 0))
        self.type_choice.blockSignals(False)
        self.load()

    @Slot()
    def load(self) -> None:
        t = self.current_type()
        if t is None:
            return
        rows = list_records(self._ctx.workspace, type_name=t.code)
        self.model.set_records(t, rows)
        fit_columns(self.table)
        self.summary.setText(self.tr("{count} ghi nhận").format(count=len(rows)))

    def edit_type(self, t: ActivityType | None) -> None:
        """A type's name and fields (``t``), or a new type (None), in a dialog; saved when right."""
        dialog = RecordTypeDialog(t, self)
        ws = self._ctx.workspace

        def saved(done: ActivityType) -> None:
            self.refresh()
            self.select_type(done.code)
            self.changed.emit()

        dialog.submitted.connect(lambda: save_from(self._ctx, dialog, lambda: save_type(ws, dialog.document()), saved))
        self.type_dialog = dialog
        dialog.open()

    def select_type(self, code: str) -> None:
        self.type_choice.setCurrentIndex(next(i for i, t in enumerate(self.types) if t.code == code))

    @Slot()
    def add(self) -> None:
        t = self.current_type()
        if t is None:
            return
        dialog = RecordDialog(t, list_units(self._ctx.workspace), date.today(), self)
        ws = self._ctx.workspace

        def save() -> None:
            on, unit, values, note = dialog.chosen_day(), dialog.unit.currentData(), dialog.values(), dialog.note.text()
            save_from(self._ctx, dialog, lambda: add_record(ws, t.code, unit, on, values, note or None),
                      lambda _id: self._saved())

        dialog.submitted.connect(save)
        self.dialog = dialog
        dialog.open()

    def _saved(self) -> None:
        self.load()
        self.changed.emit()

    @Slot(int, str, str)
    def save_cell(self, record_id: int, key: str, text: str) -> None:
        """A cell left after typing: saved at once (a fault is shown and the cell keeps its value)."""
        ws = self._ctx.workspace
        fields: dict[str, object] = {} if key == NOTE else {key: text}
        note = text if key == NOTE else None
        op = self._ctx.operation(self, lambda _progress: update_record(ws, record_id, fields, note=note))
        op.success(self._cell_saved).run_in_background()

    def _cell_saved(self, line: RecordLine) -> None:
        self.model.replace(line)
        self.changed.emit()

    @Slot()
    def delete_selected(self) -> None:
        line = self.model.row_at(self.table.currentIndex())
        if line is None:
            return
        ws = self._ctx.workspace
        self._ctx.operation(self, (lambda _progress: delete_record(ws, line.id))).success(
            lambda _r: self._saved()
        ).run_in_background()

    @Slot()
    def choose_import(self) -> None:
        path = self._ctx.files.open_file(self, self.tr("Nhập ghi nhận hoạt động"), WORKBOOK_FILTER)
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> None:
        ws = self._ctx.workspace
        op = self._ctx.operation(self, (lambda _progress: import_records(ws, path)))
        op.with_progress(self.tr("Đang nhập {file}…").format(file=path.name), cancellable=False)
        op.success(self._imported).run_in_background()

    def _imported(self, result: RecordsImported) -> None:
        self._saved()
        text = self.tr("Đã nhập: {added} ghi nhận mới, {same} ghi nhận đã có.")
        self.summary.setText(text.format(added=result.added, same=result.unchanged))

    @Slot()
    def choose_export(self) -> None:
        path = self._ctx.files.save_file(self, self.tr("Xuất ghi nhận hoạt động"), WORKBOOK_FILTER, "ghi-nhan.xlsx")
        if path is not None:
            ws = self._ctx.workspace
            op = self._ctx.operation(self, lambda _progress: export_records(ws, path))
            op.success(
                lambda n: self.summary.setText(
                    self.tr("Đã xuất {count} ghi nhận ra {file}.").format(count=n, file=path.name)
                )
            ).run_in_background()


class RecordsView(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = RecordsTab(ctx)
        self.register = RegisterTab(ctx)
        self.indicators = IndicatorsTab(ctx)
        self.report = ReportBar(ctx)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self.records, self.tr("Ghi nhận hoạt động"))
        self.tabs.addTab(self.register, self.tr("Sổ mô hình “Dân vận khéo”"))
        self.tabs.addTab(self.indicators, self.tr("Chỉ tiêu"))
        for tab in (self.records, self.register, self.indicators):
            tab.changed.connect(self.changed)
        layout = QtWidgets.QVBoxLayout(self)
        heading = self.tr("Ghi nhận")
        layout.addWidget(QtWidgets.QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.report)

    @Slot()
    def refresh(self) -> None:
        self.records.refresh()
        self.register.refresh()
        self.indicators.refresh()
