"""The look shared by the read-only tables of the views."""

from __future__ import annotations

from emulation.ui.qt import QtCore, QtWidgets

ROW_PADDING = 8


def read_only_table(model: QtCore.QAbstractItemModel, *, stretch_last: bool = False) -> QtWidgets.QTableView:
    """A table of whole rows, one selected at a time, compact, not editable."""
    view = QtWidgets.QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setHighlightSections(False)
    return view


def fit_columns(view: QtWidgets.QTableView, limit: int = 280) -> None:
    """Columns as wide as their contents, none wider than ``limit`` pixels."""
    view.resizeColumnsToContents()
    model = view.model()
    for column in range(model.columnCount() if model else 0):
        if view.columnWidth(column) > limit:
            view.setColumnWidth(column, limit)
