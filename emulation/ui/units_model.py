"""The tree of units as a thin item model over the services' ``UnitRow`` values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from emulation.services.units import UnitRow
from emulation.ui.qt import Qt, QtCore
from emulation.ui.tree_model import NodeTreeModel

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``UnitRow`` behind an item."""
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The unit's code."""


@dataclass(eq=False)
class _Node:
    row: UnitRow
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)


class UnitsModel(NodeTreeModel[_Node]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Mã"),
            self.tr("Tên đơn vị"),
            self.tr("Loại"),
            self.tr("Cụm (riêng)"),
            self.tr("Cụm thi đua"),
        ]
        self._by_code: dict[str, _Node] = {}

    def set_units(self, rows: Sequence[UnitRow]) -> None:
        """``rows`` in tree order (each parent before its children), as ``list_units`` gives them."""
        self.beginResetModel()
        self._roots, self._by_code = [], {}
        for row in rows:
            parent = self._by_code.get(row.parent_code or "")
            node = _Node(row, parent)
            (parent.children if parent else self._roots).append(node)
            self._by_code[row.code] = node
        self.endResetModel()

    def units(self) -> list[UnitRow]:
        return [n.row for n in self._by_code.values()]

    def index_of(self, code: str, column: int = 0) -> QtCore.QModelIndex:
        node = self._by_code.get(code)
        if node is None:
            return QtCore.QModelIndex()
        return self.createIndex(self._siblings(node).index(node), column, node)

    def row_at(self, index: Index) -> UnitRow | None:
        node = self._node(index)
        return node.row if node else None

    # --- Qt ------------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        row = node.row
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.code, row.name, row.kind, row.cluster, row.effective_cluster)
            return values[index.column()] or ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4 and row.effective_cluster and not row.cluster:
            return self.tr("Theo cụm của đơn vị cấp trên")
        if role == ROW_ROLE:
            return row
        if role == CODE_ROLE:
            return row.code
        return None
