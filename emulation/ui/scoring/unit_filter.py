"""Showing only some rows of the grid: the units of one parent, of one cluster, or not yet complete.

The grid shows the units' model itself while nothing is left out (see ``ScoringView``): a proxy
between them costs every drawn cell an index mapping and Qt's per-role ``data()`` calls.
"""

from __future__ import annotations

from collections.abc import Sequence

from emulation.ui.qt import QtCore
from emulation.ui.scoring.plain_cells import PlainCell
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

    def filters(self) -> bool:
        """Whether the scope leaves some rows out (else the grid shows the units' model itself)."""
        return self._parent is not None or self._cluster is not None or self._incomplete_only

    def multiData(self, index: Index, roleDataSpan: QtCore.QModelRoleDataSpan | QtCore.QModelRoleData) -> None:
        """Every role of a drawn cell asked of the units' model in one call."""
        model = self.sourceModel()
        if model is not None and index.isValid():
            model.multiData(self.mapToSource(index), roleDataSpan)

    def plain_cell(self, index: Index) -> PlainCell | None:
        """A drawn cell as the units' model tells it (see :class:`PlainCellsDelegate`)."""
        plain = getattr(self.sourceModel(), "plain_cell", None)
        return plain(self.mapToSource(index)) if plain is not None and index.isValid() else None

    def plain_row(self, row: int, columns: Sequence[int]) -> list[PlainCell | None]:
        """A shown row's cells as the units' model tells them (see :class:`PlainCellsView`)."""
        plain_row = getattr(self.sourceModel(), "plain_row", None)
        if plain_row is None:
            return [None] * len(columns)
        return plain_row(self.mapToSource(self.index(row, 0)).row(), columns)

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
