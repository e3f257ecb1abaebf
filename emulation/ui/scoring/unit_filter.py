"""Showing only some rows of the grid: the units of one parent, of one cluster, or not yet complete."""

from __future__ import annotations

from emulation.ui.qt import QtCore
from emulation.ui.scoring.roles import CLUSTER_ROLE, INCOMPLETE_ROLE, PARENT_ROLE

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class UnitFilter(QtCore.QSortFilterProxyModel):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._parent: str | None = None
        self._cluster: str | None = None
        self._incomplete_only = False

    def set_scope(self, parent: str | None = None, cluster: str | None = None, incomplete_only: bool = False,
                  *, again: bool = False) -> None:
        """Show these rows (``again``: filter anew though the scope is the same, the rows having changed)."""
        if not again and (parent, cluster, incomplete_only) == (self._parent, self._cluster, self._incomplete_only):
            return  # every row asked again for nothing: ten thousand calls on a large sheet
        self.beginFilterChange()
        self._parent, self._cluster, self._incomplete_only = parent, cluster, incomplete_only
        self.endFilterChange(QtCore.QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if model is None:
            return False
        if self._parent is None and self._cluster is None and not self._incomplete_only:
            return True
        index = model.index(source_row, 0, source_parent)
        if self._parent is not None and index.data(PARENT_ROLE) != self._parent:
            return False
        if self._cluster is not None and index.data(CLUSTER_ROLE) != self._cluster:
            return False
        return not self._incomplete_only or bool(index.data(INCOMPLETE_ROLE))
