"""Bộ tiêu chí: list the criteria sets, edit one as a tree with its rules, check it live, save it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path as FilePath
from typing import Any

from emulation.i18n import render_all, sentence
from emulation.scoring.problems import Problem
from emulation.services.criteria import export_criteria, list_criteria
from emulation.services.criteria_edit import duplicate_template, load_criteria, save_criteria
from emulation.services.errors import InputError
from emulation.services.workspace import Workspace
from emulation.ui.context import ViewContext
from emulation.ui.criteria.draft import Draft, Path
from emulation.ui.criteria.draft_editor import DraftEditor
from emulation.ui.criteria.fault_places import describe, sort_faults
from emulation.ui.criteria.node_form import NodeForm
from emulation.ui.criteria.rules_panel import RulesPanel
from emulation.ui.criteria.set_form import SetForm
from emulation.ui.criteria.sets_list import INFO_ROLE, SetsList
from emulation.ui.criteria.tree_panel import TreePanel
from emulation.ui.elided_button import ElidedActionButton
from emulation.ui.file_dialogs import FileDialogs
from emulation.ui.import_assistant import ImportAssistant
from emulation.ui.import_entry import import_through_assistant
from emulation.ui.import_plans import ImportKind
from emulation.ui.labels import tr
from emulation.ui.qt import Qt, QtGui, QtWidgets, Signal
from emulation.ui.scoring.notices import Banner, StatusLine
from emulation.ui.workers import PoolRunner, Runner

FILTERS = "Bộ tiêu chí (*.json *.xlsx);;JSON (*.json);;Excel (*.xlsx)"
Ask = Callable[[QtWidgets.QWidget, str, str], str | None]


def name_dialog(parent: QtWidgets.QWidget, title: str, suggested: str) -> QtWidgets.QInputDialog:
    """Asks for a criteria set's new name, with the buttons in the interface's words."""
    dialog = QtWidgets.QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(tr("Tên bộ tiêu chí mới:"))
    dialog.setTextValue(suggested)
    dialog.setOkButtonText(tr("Đồng ý"))
    dialog.setCancelButtonText(tr("Hủy"))
    return dialog


def ask_name(parent: QtWidgets.QWidget, title: str, suggested: str) -> str | None:
    dialog = name_dialog(parent, title, suggested)
    ok = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
    text = dialog.textValue().strip()
    dialog.deleteLater()
    return text if ok and text else None


class CriteriaView(QtWidgets.QWidget):
    changed = Signal()  #: a criteria set was saved, imported or duplicated

    def __init__(
        self,
        workspace: Workspace,
        parent: QtWidgets.QWidget | None = None,
        *,
        files: FileDialogs | None = None,
        ask: Ask = ask_name,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._files = files or FileDialogs()
        self._runner: Runner = runner or PoolRunner()
        self.assistant: ImportAssistant | None = None
        self._ask = ask
        self._current: str | None = None
        self.undo_stack = QtGui.QUndoStack(self)
        self.editor = DraftEditor(self.undo_stack, self)
        self.sets = SetsList(self)
        self.tree = TreePanel(self.editor, self)
        self.node_form = NodeForm(self)
        self.set_form = SetForm(self)
        self.rules = RulesPanel(self)
        self.tabs = QtWidgets.QTabWidget(self)
        self.banner = Banner(self)
        self.problems = QtWidgets.QListWidget(self)
        self.status = StatusLine(self)
        self._make_buttons()
        self._layout()
        self._connect()
        self.refresh()

    def _make_buttons(self) -> None:
        self.new_button = QtWidgets.QPushButton(self.tr("Bộ mới"), self)
        self.import_button = QtWidgets.QPushButton(self.tr("Nhập từ tệp…"), self)
        self.export_button = QtWidgets.QPushButton(self.tr("Xuất ra tệp…"), self)
        self.duplicate_button = QtWidgets.QPushButton(self.tr("Nhân bản để sửa"), self)
        self.save_button = QtWidgets.QPushButton(self.tr("Lưu bộ tiêu chí"), self)
        self.save_button.setShortcut(QtGui.QKeySequence.StandardKey.Save)
        undo = self.undo_stack.createUndoAction(self, self.tr("Hoàn tác"))
        undo.setShortcuts(QtGui.QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Làm lại"))
        redo.setShortcuts([QtGui.QKeySequence("Ctrl+Y"), QtGui.QKeySequence("Ctrl+Shift+Z")])
        self.undo_buttons = []
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = ElidedActionButton(action, self)
            self.undo_buttons.append(button)

    def _layout(self) -> None:
        left = QtWidgets.QWidget(self)
        side = QtWidgets.QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QtWidgets.QLabel(self.tr("Các bộ tiêu chí"), left))
        side.addWidget(self.sets, 1)
        for button in (self.new_button, self.import_button, self.export_button):
            side.addWidget(button)
        node_page = QtWidgets.QScrollArea(self)
        node_page.setWidgetResizable(True)
        holder = QtWidgets.QWidget(node_page)
        column = QtWidgets.QVBoxLayout(holder)
        column.addWidget(self.node_form)
        column.addStretch(1)
        node_page.setWidget(holder)
        self.tabs.setUsesScrollButtons(False)  # every tab, the award rules too, in sight
        self.tabs.addTab(node_page, self.tr("Tiêu chí"))
        self.tabs.addTab(self.set_form, self.tr("Thông tin chung"))
        self.sets.setWordWrap(True)
        self.sets.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)  # a set's name in two or three lines
        for name, table in self.rules.tables.items():
            self.tabs.addTab(table, self.rules.titles[name])
        split = QtWidgets.QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.tree)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)  # a wider window widens the tree first
        split.setStretchFactor(2, 0)
        split.setSizes([200, 640, 420])
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for widget in (*self.undo_buttons, self.duplicate_button, self.save_button):
            bottom.addWidget(widget)
        self.problems.setMaximumHeight(self.fontMetrics().height() * 6)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.sets.currentItemChanged.connect(lambda *_: self._open_selected())
        self.new_button.clicked.connect(self.new_set)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.duplicate_button.clicked.connect(lambda: self.duplicate())
        self.save_button.clicked.connect(self.save)
        self.editor.reset.connect(self._redraw)
        self.editor.tree_changed.connect(self._tree_changed)
        self.editor.fields_changed.connect(self._fields_changed)
        self.editor.checked.connect(self._show_problems)
        self.tree.selected.connect(self._node_selected)
        self.node_form.edited.connect(self._node_edited)
        self.set_form.edited.connect(self.editor.set_field)
        self.rules.edited.connect(self.editor.set_field)
        self.problems.itemActivated.connect(self._go_to_problem)

    # --- sets ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the sets again; reopen the one shown unless it has unsaved changes."""
        self.sets.set_infos(list_criteria(self._ws), self._current)
        if self.editor.dirty:
            return
        if self.sets.currentItem() is None and self.sets.count():
            self.sets.setCurrentRow(0)
        else:
            self._open_selected()

    def open_set(self, name: str) -> None:
        self.sets.select_name(name)

    def open_award_rules(self, name: str) -> None:
        """Show the set ``name`` at its award rules tab."""
        self.refresh()
        self.open_set(name)
        self.tabs.setCurrentWidget(self.rules.tables["awards"])

    def _open_selected(self) -> None:
        info = self.sets.current_info()
        if info is None:
            return
        try:
            cs = load_criteria(self._ws, info.name)
        except InputError as exc:
            self.status.error("; ".join(render_all(exc.problems)))
            return
        self._current = info.name
        self.editor.load(Draft.of(cs), read_only=info.builtin)

    def new_set(self) -> None:
        names = {self.sets.item(i).data(INFO_ROLE).name for i in range(self.sets.count())}
        name, n = self.tr("Bộ tiêu chí mới"), 2
        while name in names:
            name, n = self.tr("Bộ tiêu chí mới {0}").format(n), n + 1
        self._current = None
        self.sets.clearSelection()
        self.editor.load(Draft.blank(name), read_only=False)
        self.editor.dirty = True
        self.tabs.setCurrentWidget(self.set_form)

    def save(self) -> bool:
        cs = self.editor.criteria
        if self.editor.read_only or cs is None:
            self.status.error(self.tr("Chưa lưu được: còn {0} lỗi cần sửa.").format(len(self.editor.problems)))
            return False
        try:
            info = save_criteria(self._ws, replace(cs))
        except InputError as exc:
            self._refused(exc)
            return False
        self.editor.saved()
        self._current = info.name
        self.status.info(self.tr("Đã lưu «{0}», bản {1}.").format(info.name, info.revision))
        self.sets.set_infos(list_criteria(self._ws), info.name)
        self.changed.emit()
        return True

    def duplicate(self, new_name: str | None = None) -> bool:
        source = self._current
        if source is None:
            return False
        new_name = new_name or self._ask(self, self.tr("Nhân bản để sửa"), self.tr("{0} (bản sao)").format(source))
        if not new_name:
            return False
        try:
            info = duplicate_template(self._ws, source, new_name)
        except InputError as exc:
            self._refused(exc)
            return False
        self._current = info.name
        self.changed.emit()
        self.refresh()
        self.status.info(self.tr("Đã tạo «{0}»: bản này sửa được.").format(info.name))
        return True

    def import_file(self) -> None:
        """Through the import assistant, with its preview: nothing is written before "Nhập"."""
        before = {i.name: i.revision for i in list_criteria(self._ws) if i.stored}
        ctx = ViewContext(self._ws, self._runner, self._files)

        def imported(summary: str) -> None:
            changed = [i.name for i in list_criteria(self._ws) if i.stored and before.get(i.name) != i.revision]
            if changed:
                self._current = changed[0]
                self.editor.dirty = False
            self.changed.emit()
            self.refresh()
            self.status.info(summary)

        self.assistant = import_through_assistant(ctx, self, ImportKind.CRITERIA, imported)

    def export_file(self) -> None:
        if self._current is None or self.editor.dirty:
            self.status.error(self.tr("Hãy lưu bộ tiêu chí trước khi xuất ra tệp."))
            return
        suggested = f"{self._current}.json"
        path = self._files.save_file(self, self.tr("Xuất bộ tiêu chí"), FILTERS, suggested)
        if path is None:
            return
        try:
            export_criteria(self._ws, self._current, FilePath(path))
        except InputError as exc:
            self._refused(exc)
            return
        self.status.info(self.tr("Đã xuất «{0}» ra {1}.").format(self._current, path.name))

    def _refused(self, exc: InputError, *, from_file: bool = False) -> None:
        """A refusal by the services; a file's faults are named by their path in that file."""
        if from_file:
            lines = render_all(exc.problems)
        else:
            lines = [describe(p, self.editor.draft) for p in exc.problems]
        self.status.error("\n".join(lines))

    # --- the draft on screen ------------------------------------------------------------------

    def _redraw(self) -> None:
        editor = self.editor
        self.banner.say(
            self.tr("Đây là mẫu có sẵn, chỉ xem được. Bấm «Nhân bản để sửa» để có bản sửa được.")
            if editor.read_only
            else None
        )
        self.duplicate_button.setVisible(editor.read_only)
        self.tree.set_read_only(editor.read_only)
        self.tree.show_tree(editor, editor.selected)
        self._fields_changed()

    def _tree_changed(self, path: Path | None) -> None:
        self.tree.show_tree(self.editor, path)
        self._fields_changed()

    def _fields_changed(self) -> None:
        editor = self.editor
        self.tree.model.refresh_rows()
        selected = editor.draft.node(editor.selected) if editor.selected else None
        self.node_form.show_node(selected, editor.read_only)
        self.set_form.show_set(editor.draft.doc, editor.read_only)
        self.rules.show_rules(editor.draft.doc, editor.read_only)

    def _node_selected(self, path: Path | None) -> None:
        self.editor.selected = path
        self._fields_changed()
        self._show_problems(self.editor.problems)

    def _node_edited(self, key: str, value: Any) -> None:
        if self.editor.selected is not None:
            self.editor.set_node_field(self.editor.selected, key, value)

    def _show_problems(self, problems: list[Problem]) -> None:
        faults = sort_faults(problems)
        draft = self.editor.draft
        self.tree.model.set_problems({p: [sentence(f) for f in fs] for p, fs in faults.nodes.items()})
        selected = self.editor.selected
        self.node_form.show_node_problems(
            faults.nodes.get(selected, []) if selected else [], faults.node_rows.get(selected, {}) if selected else {}
        )
        self.set_form.show_set_problems(faults.set)
        self.rules.show_rule_problems(faults.tables)
        self.problems.clear()
        for problem in problems:
            item = QtWidgets.QListWidgetItem(describe(problem, draft))
            item.setData(Qt.ItemDataRole.UserRole, problem.where)
            self.problems.addItem(item)
        self.problems.setVisible(bool(problems))
        self.save_button.setEnabled(not problems and not self.editor.read_only)
        if not problems and self.editor.dirty:
            self.status.info(self.tr("Bộ tiêu chí hợp lệ; chưa lưu."))

    def _go_to_problem(self, item: QtWidgets.QListWidgetItem) -> None:
        from emulation.ui.criteria.places import place_of

        place = place_of(item.data(Qt.ItemDataRole.UserRole))
        if place.section == "node":
            self.tree.select(place.node)
            self._node_selected(place.node)
            self.tabs.setCurrentIndex(0)
        elif place.section == "set":
            self.tabs.setCurrentWidget(self.set_form)
        else:
            self.tabs.setCurrentWidget(self.rules.tables[place.section])
