"""The scrolling part of the grid: keyboard first, as in a spreadsheet.

Typing on a cell starts editing and replaces its value; Enter saves and moves down, Tab
saves and moves right; Delete clears; copy, paste, undo and redo are asked of the view.
"""

from __future__ import annotations

from emulation.ui.qt import Qt, QtGui, QtWidgets, Signal
from emulation.ui.scoring.delegate import ScoreDelegate
from emulation.ui.scoring.header import TwoRowHeader
from emulation.ui.scoring.plain_view import PlainCellsView

Trigger = QtWidgets.QAbstractItemView.EditTrigger
Cursor = QtWidgets.QAbstractItemView.CursorAction
Hint = QtWidgets.QAbstractItemDelegate.EndEditHint
ROW_HEIGHT_LINES = 1.6


def setup_grid_view(view: QtWidgets.QTableView) -> None:
    """What the frozen and the scrolling part share, so that their rows line up."""
    view.setHorizontalHeader(TwoRowHeader(view))
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(int(view.fontMetrics().height() * ROW_HEIGHT_LINES))
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    view.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)


class ScoreTable(PlainCellsView):
    copy_requested = Signal()
    paste_requested = Signal()
    clear_requested = Signal()
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, delegate: ScoreDelegate, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        setup_grid_view(self)
        self._delegate = delegate
        self.setItemDelegate(delegate)
        self.setEditTriggers(Trigger.AnyKeyPressed | Trigger.DoubleClicked | Trigger.EditKeyPressed)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if self.state() != QtWidgets.QAbstractItemView.State.EditingState and self._command(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _command(self, event: QtGui.QKeyEvent) -> bool:
        keys = QtGui.QKeySequence.StandardKey
        signals = (
            (keys.Copy, self.copy_requested),
            (keys.Paste, self.paste_requested),
            (keys.Undo, self.undo_requested),
            (keys.Redo, self.redo_requested),
        )
        for key, signal in signals:
            if event.matches(key):
                signal.emit()
                return True
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step(Cursor.MoveDown)
            return True
        return False

    def closeEditor(self, editor: QtWidgets.QWidget, hint: Hint) -> None:
        super().closeEditor(editor, Hint.NoHint)
        if self._delegate.last_refused:
            self._delegate.last_refused = False
            return
        moves = {Hint.SubmitModelCache: Cursor.MoveDown, Hint.EditNextItem: Cursor.MoveNext}
        moves[Hint.EditPreviousItem] = Cursor.MovePrevious
        if hint in moves:
            self.step(moves[hint])

    def step(self, action: Cursor) -> None:
        index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if index.isValid():
            self.setCurrentIndex(index)
