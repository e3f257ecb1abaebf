"""Bộ tiêu chí as a secretary uses it: build a set, see faults appear and go, save, duplicate, import."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from emulation.services.criteria import builtin_templates, list_criteria
from emulation.services.criteria_edit import load_criteria
from emulation.services.workspace import Workspace
from emulation.ui.criteria.rows_table import VALUE_ROLE
from emulation.ui.criteria.view import CriteriaView
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets
from emulation.ui.workers import SyncRunner
from tests.data import SAMPLES
from tests.ui.conftest import close_boxes

CTRL = Qt.KeyboardModifier.ControlModifier


def make_view(qtbot: QtBot, ws: Workspace, files: AnsweringFileDialogs | None = None) -> CriteriaView:
    view = CriteriaView(ws, files=files or AnsweringFileDialogs(), ask=lambda *_: None, runner=SyncRunner())
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def retype(qtbot: QtBot, line: QtWidgets.QLineEdit, text: str) -> None:
    """Select the field's text and type over it, key by key (Vietnamese letters too)."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    for char in text:
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            event = QtGui.QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QtWidgets.QApplication.sendEvent(line, event)


def click(qtbot: QtBot, button: QtWidgets.QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_kind(view: CriteriaView, kind: str) -> None:
    combo = view.node_form.kind
    combo.setCurrentIndex(combo.findData(kind))
    combo.activated.emit(combo.currentIndex())


def select_node(view: CriteriaView, *path: int) -> None:
    view.tree.tree.setCurrentIndex(view.tree.model.index_of(path))


def fill_row(table: QtWidgets.QTableWidget, row: int, *texts: str) -> None:
    for column, text in enumerate(texts):
        table.item(row, column).setText(text)


def test_building_a_set_in_the_editor(qtbot: QtBot, empty_ws: Workspace, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, empty_ws)
    click(qtbot, view.new_button)
    retype(qtbot, view.set_form.fields["name"], "Chấm thử nghiệm")
    retype(qtbot, view.set_form.fields["max_total"], "15")
    click(qtbot, view.tree.buttons["group"])
    assert any("nhóm cần ít nhất một tiêu chí" in view.problems.item(i).text() for i in range(view.problems.count()))

    click(qtbot, view.tree.buttons["leaf"])  # inside the new group
    retype(qtbot, view.node_form.fields["title"], "Đường làng sạch")
    click(qtbot, view.tree.buttons["leaf"])  # after it
    retype(qtbot, view.node_form.fields["title"], "Có điểm thu gom rác")
    choose_kind(view, "check")
    retype(qtbot, view.node_form.fields["max"], "5")
    assert view.editor.draft.full_code((0, 1)) == "I.2"

    select_node(view, 0)
    retype(qtbot, view.node_form.fields["max"], "20")
    assert "các tiêu chí con cộng lại được 15, ít hơn 20" in view.node_form.error_text("max")
    assert view.tree.model.index_of((0,)).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not view.save_button.isEnabled()
    retype(qtbot, view.node_form.fields["max"], "15")
    assert view.node_form.error_text("max") == ""
    assert "15 (∑ 15)" in view.tree.model.index_of((0,), 3).data()

    grades = view.rules.tables["grades"]
    click(qtbot, grades.add_button)
    click(qtbot, grades.add_button)
    fill_row(grades.table, 0, "Tốt", "12")
    fill_row(grades.table, 1, "Chưa đạt", "0")
    assert view.problems.count() == 0
    assert view.save_button.isEnabled()
    qtmodeltester.check(view.tree.model)

    click(qtbot, view.save_button)
    saved = next(i for i in list_criteria(empty_ws) if i.name == "Chấm thử nghiệm")
    assert (saved.revision, saved.leaves, saved.max_total) == (1, 2, "15")
    cs = load_criteria(empty_ws, "Chấm thử nghiệm")
    assert [g.name for g in cs.grades] == ["Tốt", "Chưa đạt"]
    assert [leaf.kind.value for leaf in cs.leaves] == ["points", "check"]
    assert "bản 1" in view.status.message.text()


def test_typing_is_undone_and_redone(qtbot: QtBot, empty_ws: Workspace) -> None:
    view = make_view(qtbot, empty_ws)
    click(qtbot, view.new_button)
    click(qtbot, view.tree.buttons["leaf"])
    retype(qtbot, view.node_form.fields["max"], "8")
    assert view.editor.draft.node((0,))["max"] == "8"
    view.undo_stack.undo()
    assert view.editor.draft.node((0,))["max"] == "10"
    assert view.node_form.fields["max"].text() == "10"
    view.undo_stack.undo()
    assert view.editor.draft.roots() == []
    view.undo_stack.redo()
    view.undo_stack.redo()
    assert view.editor.draft.node((0,))["max"] == "8"


def test_undo_labels_name_what_changed_in_the_interface_language(qtbot: QtBot, empty_ws: Workspace) -> None:
    from emulation.i18n import set_language

    view = make_view(qtbot, empty_ws)
    click(qtbot, view.new_button)
    click(qtbot, view.tree.buttons["leaf"])
    view.editor.set_field("movement", "Dân vận khéo")
    view.editor.set_field("awards", [{"name": "Giấy khen", "rule": {"top": 1}}])
    assert view.undo_stack.undoText() == "Sửa hình thức khen thưởng"
    assert view.undo_stack.text(view.undo_stack.count() - 2) == "Sửa phong trào"
    assert view.undo_stack.text(0) in ("Thêm tiêu chí", "Tạo bộ tiêu chí")
    set_language("en")
    view.editor.set_field("movement", "Thi đua")
    assert view.undo_stack.undoText() == "Edit movement"


def test_indent_outdent_and_move(qtbot: QtBot, empty_ws: Workspace) -> None:
    view = make_view(qtbot, empty_ws)
    click(qtbot, view.new_button)
    for _ in range(3):
        click(qtbot, view.tree.buttons["leaf"])
    assert [n["code"] for n in view.editor.draft.roots()] == ["1", "2", "3"]
    click(qtbot, view.tree.buttons["indent"])  # 3 into 2, which becomes a group
    assert view.editor.draft.full_code(view.editor.selected or ()) == "2.3"
    assert "children" in view.editor.draft.node((1,))
    click(qtbot, view.tree.buttons["outdent"])
    assert view.editor.selected == (2,)
    click(qtbot, view.tree.buttons["up"])
    assert [n["code"] for n in view.editor.draft.roots()] == ["1", "3", "2"]
    click(qtbot, view.tree.buttons["remove"])
    assert [n["code"] for n in view.editor.draft.roots()] == ["1", "2"]


def test_a_built_in_template_is_read_only_until_duplicated(qtbot: QtBot, empty_ws: Workspace) -> None:
    view = make_view(qtbot, empty_ws)
    template = builtin_templates()[0]
    view.open_set(template.name)
    assert view.editor.read_only and view.banner.isVisible()
    assert not view.tree.buttons["group"].isEnabled() and not view.save_button.isEnabled()
    assert view.node_form.fields["title"].isReadOnly()
    assert view.duplicate("Bản của xã")
    assert not view.editor.read_only and not view.banner.isVisible()
    assert view.sets.current_info().name == "Bản của xã"  # type: ignore[union-attr]
    retype(qtbot, view.set_form.fields["version"], "2027")
    click(qtbot, view.save_button)
    assert load_criteria(empty_ws, "Bản của xã").version == "2027"
    assert load_criteria(empty_ws, template.name) == template


def test_import_and_export_through_the_file_dialogs(qtbot: QtBot, empty_ws: Workspace, tmp_path: Path) -> None:
    sample = SAMPLES / "tieu-chi-thon-10-phut.json"
    out = tmp_path / "xuat.json"
    files = AnsweringFileDialogs(sample, out)
    view = make_view(qtbot, empty_ws, files)
    click(qtbot, view.import_button)
    assert view.assistant is not None and view.assistant.import_button.isEnabled()  # previewed, not written
    assert not any(i.stored for i in list_criteria(empty_ws))
    view.assistant.import_button.click()
    close_boxes(view)
    name = json.loads(sample.read_text(encoding="utf-8"))["name"]
    assert view.sets.current_info().name == name  # type: ignore[union-attr]
    assert not view.editor.read_only
    click(qtbot, view.export_button)
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == name


def test_a_bad_file_is_refused_with_its_faults(qtbot: QtBot, empty_ws: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "sai.json"
    bad.write_text('{"format": "emulation-criteria/1", "name": "Sai", "max_total": 0, "criteria": []}', "utf-8")
    view = make_view(qtbot, empty_ws, AnsweringFileDialogs(bad))
    click(qtbot, view.import_button)
    assert view.assistant is not None and not view.assistant.import_button.isEnabled()
    assert "max_total" in view.assistant.status.text() or view.assistant.panel.faults.model.rowCount()
    view.assistant.close()
    assert not any(i.name == "Sai" for i in list_criteria(empty_ws))


def test_a_history_rule_is_set_in_the_award_table(qtbot: QtBot, empty_ws: Workspace) -> None:
    view = make_view(qtbot, empty_ws)
    click(qtbot, view.new_button)
    retype(qtbot, view.set_form.fields["name"], "Chấm có lịch sử")
    retype(qtbot, view.set_form.fields["max_total"], "10")
    click(qtbot, view.tree.buttons["leaf"])
    retype(qtbot, view.node_form.fields["title"], "Đường làng sạch")
    retype(qtbot, view.node_form.fields["max"], "10")
    grades = view.rules.tables["grades"]
    click(qtbot, grades.add_button)
    fill_row(grades.table, 0, "Tốt", "0")
    awards = view.rules.tables["awards"]
    click(qtbot, awards.add_button)
    click(qtbot, awards.add_button)
    fill_row(awards.table, 0, "Giấy khen", "", "1")
    fill_row(awards.table, 1, "Bằng khen", "", "1")
    # the titles wrap onto lines of their own so that every column fits the table's width
    keys = [" ".join(awards.table.horizontalHeaderItem(c).text().split()) for c in range(awards.table.columnCount())]
    assert keys[-2:] == ["Điều kiện các năm trước", "Số năm liền trước"]
    view.rules.show_rules(view.editor.draft.document(), False)  # the choices now know "Giấy khen"
    history = awards.table.item(1, 5)
    choices = dict((label, value) for label, value in view.rules._history_choices())
    history.setData(VALUE_ROLE, choices["Được «Giấy khen» mỗi năm"])
    history.setText("Được «Giấy khen» mỗi năm")
    awards.table.item(1, 6).setText("0")
    assert awards.table.item(1, 6).toolTip()  # 0 years is refused, at its cell
    assert "Dòng 2" in awards.errors.text() and not view.save_button.isEnabled()
    awards.table.item(1, 6).setText("2")
    assert view.problems.count() == 0
    click(qtbot, view.save_button)
    cs = load_criteria(empty_ws, "Chấm có lịch sử")
    need = cs.awards[1].rule.need
    assert (need.award, need.years) == ("Giấy khen", 2)
