"""Đơn vị: add, edit and move through the dialogs; import and export through the file dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.audit import audit_log
from emulation.services.units import list_units
from emulation.ui.context import ViewContext
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.import_assistant import ImportAssistant
from emulation.ui.import_plans import ImportKind
from emulation.ui.move_dialog import MoveDialog
from emulation.ui.qt import Qt
from emulation.ui.unit_dialog import UnitDialog
from emulation.ui.units_view import UnitsView


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> UnitsView:
    widget = UnitsView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def select(view: UnitsView, code: str) -> None:
    view.tree.setCurrentIndex(view.model.index_of(code))


def units(ctx: ViewContext) -> dict[str, tuple[str, str | None, str | None]]:
    return {u.code: (u.name, u.parent_code, u.cluster) for u in list_units(ctx.workspace)}


def test_the_tree_shows_every_unit_under_its_parent(view: UnitsView, ctx: ViewContext) -> None:
    assert view.model.rowCount() == 3
    nd = view.model.index_of("ND")
    assert view.model.rowCount(nd) == len([u for u in list_units(ctx.workspace) if u.parent_code == "ND"])
    assert view.summary.text() == "34 đơn vị"
    assert not view.edit_button.isEnabled()


def test_add_a_unit_under_the_selected_parent(qtbot: QtBot, view: UnitsView, ctx: ViewContext) -> None:
    select(view, "ND-T1")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, UnitDialog)
    assert dialog.parent_choice.currentData() == "ND"
    dialog.code.setText("ND-T9")
    dialog.name.setText("Thôn Nà Hu")
    dialog.kind.setCurrentText("thôn")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert units(ctx)["ND-T9"] == ("Thôn Nà Hu", "ND", None)
    chosen = view.selected()
    assert chosen is not None and chosen.code == "ND-T9"
    assert audit_log(ctx.workspace, unit="ND-T9")[-1].action == "add"


def test_a_duplicate_code_is_shown_beside_the_field_and_nothing_is_written(
    qtbot: QtBot, view: UnitsView, ctx: ViewContext
) -> None:
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, UnitDialog)
    dialog.code.setText("ND-T1")
    dialog.name.setText("Trùng mã")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "ND-T1" in dialog.form.error_text("code")
    assert len(list_units(ctx.workspace)) == 34
    dialog.reject()


def test_edit_the_selected_unit(qtbot: QtBot, view: UnitsView, ctx: ViewContext) -> None:
    select(view, "ND-T1")
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, UnitDialog)
    assert dialog.name.text() == "Thôn Bản Hốc"
    dialog.name.setText("Thôn Bản Hốc Mới")
    dialog.cluster.setCurrentText("Cụm 2")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert units(ctx)["ND-T1"] == ("Thôn Bản Hốc Mới", "ND", "Cụm 2")
    assert view.model.index_of("ND-T1", 4).data() == "Cụm 2"


def test_move_offers_no_place_inside_the_unit_itself(qtbot: QtBot, view: UnitsView, ctx: ViewContext) -> None:
    select(view, "ND")
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, MoveDialog)
    offered = [dialog.target.itemData(i) for i in range(dialog.target.count())]
    assert "ND-T1" not in offered and "ND" not in offered and "PR" in offered
    dialog.reject()
    select(view, "ND-T1")
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, MoveDialog)
    dialog.choose("VY")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert units(ctx)["ND-T1"][1] == "VY"
    assert view.model.parent(view.model.index_of("ND-T1")).data() == "VY"


def test_import_from_a_csv_file(
    qtbot: QtBot, view: UnitsView, ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    table = tmp_path / "don-vi.csv"
    table.write_text("Mã,Tên,Loại,Thuộc,Cụm\nND-T6,Thôn Khuổi Vèng,thôn,ND,\nND-T1,Thôn Bản Hốc,thôn,ND,\n", "utf-8")
    files.answers.append(table)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assistant = view.assistant
    assert isinstance(assistant, ImportAssistant)  # the assistant, on the file, previewed
    assert assistant.options.current_kind() is ImportKind.UNITS
    assert "ND-T6" not in units(ctx)  # nothing written before "Nhập"
    with qtbot.waitSignal(view.changed):
        assistant.import_button.click()
    assert units(ctx)["ND-T6"] == ("Thôn Khuổi Vèng", "ND", None)
    assert "1" in view.summary.text()
    assistant.close()


def test_a_faulty_import_shows_its_faults(
    qtbot: QtBot, view: UnitsView, ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    table = tmp_path / "don-vi.csv"
    table.write_text("Mã,Tên\nX1,\n", "utf-8")
    files.answers.append(table)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assistant = view.assistant
    assert isinstance(assistant, ImportAssistant)
    assert not assistant.import_button.isEnabled()
    faults = assistant.panel.faults.model
    assert any("B2" in str(faults.index(r, c).data()) for r in range(faults.rowCount()) for c in range(3))
    assistant.close()
    assert len(list_units(ctx.workspace)) == 34


def test_export_writes_the_chosen_file(
    qtbot: QtBot, view: UnitsView, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "xuat.xlsx"
    files.answers.append(target)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert view.summary.text() == "Đã xuất 34 đơn vị ra xuat.xlsx."
