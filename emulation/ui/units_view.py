"""Đơn vị: the tree of units; add, edit, move, import and export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from emulation.services.unit_edit import add_unit, edit_unit, move_unit
from emulation.services.units import UnitRow, list_units
from emulation.services.units_export import export_units
from emulation.ui.context import ViewContext
from emulation.ui.form_dialog import save_from
from emulation.ui.import_assistant import ImportAssistant
from emulation.ui.import_entry import import_through_assistant
from emulation.ui.import_plans import ImportKind
from emulation.ui.move_dialog import MoveDialog
from emulation.ui.page_title import page_title
from emulation.ui.qt import QtWidgets, Signal, Slot
from emulation.ui.unit_awards_line import UnitAwardsLine
from emulation.ui.unit_dialog import UnitDialog
from emulation.ui.units_model import UnitsModel

TABLE_FILTER = "Excel (*.xlsx);;CSV (*.csv)"


class UnitsView(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = UnitsModel(self)
        self.tree = QtWidgets.QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.doubleClicked.connect(self.edit_selected)
        self.add_button = QtWidgets.QPushButton(self.tr("Thêm…"))
        self.edit_button = QtWidgets.QPushButton(self.tr("Sửa…"))
        self.move_button = QtWidgets.QPushButton(self.tr("Chuyển cấp trên…"))
        self.import_button = QtWidgets.QPushButton(self.tr("Nhập từ tệp…"))
        self.export_button = QtWidgets.QPushButton(self.tr("Xuất ra tệp…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.summary = QtWidgets.QLabel()
        self.awards = UnitAwardsLine(ctx.workspace)
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.move_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Đơn vị")))
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.awards)
        layout.addWidget(self.summary)
        self.dialog: QtWidgets.QDialog | None = None
        self.assistant: ImportAssistant | None = None
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    @Slot()
    def refresh(self, select: str | None = None) -> None:
        current = self.selected()
        keep = select or (current.code if current else None)
        self.model.set_units(list_units(self._ctx.workspace))
        self.tree.expandAll()
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(self.tr("{count} đơn vị").format(count=len(self.model.units())))
        if keep:
            self.tree.setCurrentIndex(self.model.index_of(keep))
        self._update_buttons()

    def selected(self) -> UnitRow | None:
        return self.model.row_at(self.tree.currentIndex())

    @Slot()
    def _update_buttons(self) -> None:
        current = self.selected()
        chosen = current is not None
        self.awards.show_unit(current.code if current else None, current.name if current else "")
        self.edit_button.setEnabled(chosen)
        self.move_button.setEnabled(chosen)

    def _saved(self, row: UnitRow) -> None:
        self.refresh(select=row.code)
        self.changed.emit()

    @Slot()
    def add(self) -> None:
        dialog = UnitDialog(self.model.units(), None, self)
        current = self.selected()
        if current is not None:
            dialog.choose_parent(current.parent_code or current.code)
        ws = self._ctx.workspace

        def save() -> None:
            v = dialog.values()
            save_from(
                self._ctx,
                dialog,
                lambda: add_unit(ws, v.code, v.name, kind=v.kind, parent_code=v.parent_code, cluster=v.cluster),
                self._saved,
            )

        self._open(dialog, save)

    @Slot()
    def edit_selected(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        dialog = UnitDialog(self.model.units(), unit, self)
        ws = self._ctx.workspace

        def save() -> None:
            v = dialog.values()
            save_from(
                self._ctx,
                dialog,
                lambda: edit_unit(ws, unit.code, name=v.name, kind=v.kind, cluster=v.cluster, new_code=v.code),
                self._saved,
            )

        self._open(dialog, save)

    @Slot()
    def move_selected(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        dialog = MoveDialog(self.model.units(), unit, self)
        ws = self._ctx.workspace

        def save() -> None:
            target = dialog.parent_code()
            save_from(self._ctx, dialog, lambda: move_unit(ws, unit.code, target), self._saved)

        self._open(dialog, save)

    def _open(self, dialog: UnitDialog | MoveDialog, save: Callable[[], None]) -> None:
        dialog.submitted.connect(save)
        self.dialog = dialog
        dialog.open()

    # --- files ---------------------------------------------------------------------------------

    @Slot()
    def choose_import(self) -> None:
        """Through the import assistant, with its preview: nothing is written before "Nhập"."""
        self.assistant = import_through_assistant(self._ctx, self, ImportKind.UNITS, self._assistant_imported)

    def _assistant_imported(self, summary: str) -> None:
        self.refresh()
        self.changed.emit()
        self.summary.setText(summary)

    @Slot()
    def choose_export(self) -> None:
        path = self._ctx.files.save_file(self, self.tr("Xuất danh sách đơn vị"), TABLE_FILTER, "don-vi.xlsx")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        ws = self._ctx.workspace
        op = self._ctx.operation(self, lambda _progress: export_units(ws, path))
        op.success(
            lambda count: self.summary.setText(
                self.tr("Đã xuất {count} đơn vị ra {file}.").format(count=count, file=path.name)
            )
        ).run_in_background()
