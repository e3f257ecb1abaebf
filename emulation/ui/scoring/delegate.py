"""Editors for each kind of criterion, and the check boxes of yes/no criteria and vetoes.

The delegate does not write: it hands what was typed or clicked to the sheet's actions,
which check it, save it through the services and say why when they refuse.
"""

from __future__ import annotations

from typing import Protocol

from emulation.scoring.criteria import Kind
from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets
from emulation.ui.scoring.cell_text import unit_label
from emulation.ui.scoring.columns import Column, ColumnKind
from emulation.ui.scoring.editors import LevelCombo, NumberEdit
from emulation.ui.scoring.header_text import scale_text
from emulation.ui.scoring.plain_cells import PlainCellsDelegate
from emulation.ui.scoring.roles import COLUMN_ROLE, UNIT_CODE_ROLE

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class CellActions(Protocol):
    def edit_cell(self, unit_code: str, leaf_code: str, value: object) -> bool: ...
    def toggle(self, unit_code: str, column: Column) -> bool: ...


class ScoreDelegate(PlainCellsDelegate):
    def __init__(self, actions: CellActions, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.last_refused = False

    def createEditor(
        self, parent: QtWidgets.QWidget, option: QtWidgets.QStyleOptionViewItem, index: Index
    ) -> QtWidgets.QWidget:
        column: Column | None = index.data(COLUMN_ROLE)
        if column is None or column.leaf is None:  # not editable: the model says so
            return super().createEditor(parent, option, index)
        criterion = column.leaf.criterion
        if criterion.kind is Kind.LEVELS:
            return LevelCombo([lv.label for lv in criterion.levels], parent)
        return NumberEdit(unit_label(criterion), scale_text(column.leaf), parent)

    def setEditorData(self, editor: QtWidgets.QWidget, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, LevelCombo):
            editor.set_label(text)
        elif isinstance(editor, QtWidgets.QLineEdit):
            editor.setText(text)
            editor.selectAll()

    def setModelData(self, editor: QtWidgets.QWidget, model: QtCore.QAbstractItemModel, index: Index) -> None:
        column: Column | None = index.data(COLUMN_ROLE)
        if column is None or column.leaf is None:
            return
        if isinstance(editor, LevelCombo):
            text = editor.label()
        elif isinstance(editor, QtWidgets.QLineEdit):
            text = editor.text()
        else:
            return
        accepted = self._actions.edit_cell(index.data(UNIT_CODE_ROLE), column.leaf.code, text)
        self.last_refused = not accepted

    def editorEvent(
        self,
        event: QtCore.QEvent,
        model: QtCore.QAbstractItemModel,
        option: QtWidgets.QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        column: Column | None = index.data(COLUMN_ROLE)
        checkable = bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        if column is None or not checkable or not _has_box(column):
            return super().editorEvent(event, model, option, index)
        kind = event.type()
        if kind == QtCore.QEvent.Type.KeyPress:
            assert isinstance(event, QtGui.QKeyEvent)
            if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                self._actions.toggle(index.data(UNIT_CODE_ROLE), column)
                return True
            return False
        if kind not in (
            QtCore.QEvent.Type.MouseButtonPress,
            QtCore.QEvent.Type.MouseButtonRelease,
            QtCore.QEvent.Type.MouseButtonDblClick,
        ):
            return False
        assert isinstance(event, QtGui.QMouseEvent)
        if event.button() != Qt.MouseButton.LeftButton or not self._box(option, index).contains(
            event.position().toPoint()
        ):
            return False
        if kind == QtCore.QEvent.Type.MouseButtonRelease:
            self._actions.toggle(index.data(UNIT_CODE_ROLE), column)
        return True

    def _box(self, option: QtWidgets.QStyleOptionViewItem, index: Index) -> QtCore.QRect:
        opt = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = option.widget
        style = widget.style() if widget is not None else QtWidgets.QApplication.style()
        return style.subElementRect(QtWidgets.QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)


def _has_box(column: Column) -> bool:
    return column.kind is ColumnKind.VETO or (column.leaf is not None and column.leaf.kind is Kind.CHECK)
