"""Record types edited in the application: a field added to a built-in type, a new type; a row
with a fault is named by its row and column, marked, and nothing is saved."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from emulation.scoring.activity_types import FieldKind
from emulation.services.activity_types import list_types
from emulation.ui.context import ViewContext
from emulation.ui.qt import Qt, QtWidgets
from emulation.ui.record_type_dialog import RecordTypeDialog
from emulation.ui.records_view import RecordsView


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> RecordsView:
    widget = RecordsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 560)
    widget.show()
    widget.refresh()
    return widget


def fill(dialog: RecordTypeDialog, row: int, code: str, label: str, kind: FieldKind, choices: str = "") -> None:
    for column, text in ((0, code), (1, label), (3, choices)):
        item = dialog.fields.item(row, column)
        assert item is not None
        item.setText(text)
    combo = dialog.fields.cellWidget(row, 2)
    assert isinstance(combo, QtWidgets.QComboBox)
    combo.setCurrentIndex(combo.findData(kind.value))


def test_a_field_added_to_a_builtin_type(qtbot: QtBot, view: RecordsView, ctx: ViewContext) -> None:
    tab = view.records
    tab.select_type("ra-quan")
    tab.edit_type_button.click()
    dialog = tab.type_dialog
    assert isinstance(dialog, RecordTypeDialog) and dialog.code.isReadOnly()
    assert dialog.fields.rowCount() == 3
    dialog.add_field()
    fill(dialog, 3, "trees", "Số cây xanh trồng mới", FieldKind.COUNT)
    with qtbot.waitSignal(tab.changed):
        dialog.ok_button.click()
    ra_quan = next(t for t in list_types(ctx.workspace) if t.code == "ra-quan")
    assert [f.label for f in ra_quan.fields][-1] == "Số cây xanh trồng mới"
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    assert "Số cây xanh trồng mới" in headers and tab.current_type() == ra_quan


def test_a_new_type_with_faults_names_their_rows(qtbot: QtBot, view: RecordsView, ctx: ViewContext) -> None:
    tab = view.records
    before = list_types(ctx.workspace)
    tab.new_type_button.click()
    dialog = tab.type_dialog
    assert isinstance(dialog, RecordTypeDialog) and not dialog.code.isReadOnly()
    dialog.code.setText("trong-cay")
    dialog.name.setText("Trồng cây")
    dialog.add_field()
    fill(dialog, 0, "trees", "", FieldKind.COUNT)
    dialog.add_field()
    fill(dialog, 1, "kind", "Loại cây", FieldKind.CHOICE)
    dialog.ok_button.click()
    shown = dialog.form.error_text()
    assert "Dòng 1 › Tên cột: " in shown and "Dòng 2 › Các lựa chọn (cách nhau dấu ;): " in shown
    assert dialog.fields.item(0, 1).toolTip()  # the cell is marked with its fault
    assert list_types(ctx.workspace) == before
    fill(dialog, 0, "trees", "Số cây", FieldKind.COUNT)
    fill(dialog, 1, "kind", "Loại cây", FieldKind.CHOICE, "Cây ăn quả; Cây lấy gỗ")
    with qtbot.waitSignal(tab.changed):
        dialog.ok_button.click()
    made = next(t for t in list_types(ctx.workspace) if t.code == "trong-cay")
    assert [(f.label, f.choices) for f in made.fields] == [("Số cây", ()), ("Loại cây", ("Cây ăn quả", "Cây lấy gỗ"))]
