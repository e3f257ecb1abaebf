"""The grid: the unit columns stay in place (a second view on the same model and selection)
while the criteria scroll beside them."""

from __future__ import annotations

from collections.abc import Sequence

from emulation.ui.qt import Qt, QtCore, QtWidgets
from emulation.ui.scoring.columns import FROZEN, Column, ColumnKind
from emulation.ui.scoring.delegate import ScoreDelegate
from emulation.ui.scoring.plain_cells import PlainCellsDelegate
from emulation.ui.scoring.plain_view import PlainCellsView
from emulation.ui.scoring.table import ScoreTable, setup_grid_view

WIDTHS = {
    ColumnKind.CODE: 70,
    ColumnKind.NAME: 200,
    ColumnKind.LEAF: 78,
    ColumnKind.VETO: 62,
    ColumnKind.TOTAL: 62,
    ColumnKind.RANK: 46,
    ColumnKind.GRADE: 84,
}


class ScoreGrid(QtWidgets.QWidget):
    def __init__(self, delegate: ScoreDelegate, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = ScoreTable(delegate, self)
        self.frozen = PlainCellsView(self)
        setup_grid_view(self.frozen)
        frozen_cells = PlainCellsDelegate(self.frozen)
        self.frozen.setItemDelegate(frozen_cells)
        frozen_cells.watch(self.frozen)
        delegate.watch(self.table)
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.clicked.connect(self._frozen_clicked)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.frozen)
        layout.addWidget(self.table, 1)
        ours, theirs = self.table.verticalScrollBar(), self.frozen.verticalScrollBar()
        ours.valueChanged.connect(theirs.setValue)
        theirs.valueChanged.connect(ours.setValue)

    def set_model(self, model: QtCore.QAbstractItemModel) -> None:
        """Both parts show ``model`` and share one selection (the one of the model shown before goes)."""
        old = self.table.selectionModel()
        self.table.setModel(model)
        self.frozen.setModel(model)
        spare = self.frozen.selectionModel()
        self.frozen.setSelectionModel(self.table.selectionModel())
        spare.deleteLater()
        if old is not None:
            old.deleteLater()

    def configure(self, columns: Sequence[Column]) -> None:
        """Show the unit columns on the left only, the rest on the right only, at sensible widths."""
        for i, column in enumerate(columns):
            frozen = i < FROZEN
            self.table.setColumnHidden(i, frozen)
            self.frozen.setColumnHidden(i, not frozen)
            width = WIDTHS[column.kind]
            (self.frozen if frozen else self.table).setColumnWidth(i, width)
        frame = 2 * self.frozen.frameWidth()
        self.frozen.setFixedWidth(sum(WIDTHS[c.kind] for c in columns[:FROZEN]) + frame)

    def first_input_column(self) -> int:
        model = self.table.model()
        for col in range(FROZEN, model.columnCount() if model is not None else 0):
            if not self.table.isColumnHidden(col):
                return col
        return FROZEN

    def _frozen_clicked(self, index: QtCore.QModelIndex) -> None:
        model = self.table.model()
        current = self.table.currentIndex()
        col = current.column() if current.isValid() and current.column() >= FROZEN else self.first_input_column()
        self.table.setCurrentIndex(model.index(index.row(), col))
        self.table.setFocus()
