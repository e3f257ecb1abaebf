"""The criteria tree with the buttons that shape it."""

from __future__ import annotations

from emulation.ui.criteria.draft import Path
from emulation.ui.criteria.draft_editor import DraftEditor
from emulation.ui.criteria.tree_model import PATH_ROLE, CriteriaTreeModel
from emulation.ui.qt import QtCore, QtWidgets, Signal


class TreePanel(QtWidgets.QWidget):
    selected = Signal(object)  #: the path of the node the user selected, or None

    def __init__(self, editor: DraftEditor, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CriteriaTreeModel(editor.draft, self)
        self.tree = QtWidgets.QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        header = self.tree.header()
        header.setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)  # the titles get the room
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        row = QtWidgets.QGridLayout()  # two rows of buttons: the page fits a 1280-pixel screen
        for i, (key, label, action) in enumerate((
            ("group", self.tr("Thêm nhóm"), lambda: editor.add(group=True)),
            ("leaf", self.tr("Thêm tiêu chí"), lambda: editor.add(group=False)),
            ("remove", self.tr("Xóa"), editor.remove),
            ("indent", self.tr("Thụt vào →"), editor.indent),
            ("outdent", self.tr("← Lùi ra"), editor.outdent),
            ("up", self.tr("Lên ↑"), lambda: editor.move(-1)),
            ("down", self.tr("Xuống ↓"), lambda: editor.move(1)),
        )):
            button = QtWidgets.QPushButton(label, self)
            button.clicked.connect(action)
            row.addWidget(button, i // 4, i % 4)
            self.buttons[key] = button
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)

    def show_tree(self, editor: DraftEditor, select: Path | None) -> None:
        self.model.reload(editor.draft)
        self.tree.expandAll()
        self.select(select)

    def select(self, path: Path | None) -> None:
        index = self.model.index_of(path) if path else QtCore.QModelIndex()
        blocked = self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(blocked)
        self.tree.viewport().update()

    def _current_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        self.selected.emit(current.data(PATH_ROLE) if current.isValid() else None)
