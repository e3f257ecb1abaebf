"""The plumbing every tree model shares: nodes with a parent and children, fixed headers."""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from emulation.ui.qt import Qt, QtCore

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class TreeNode(Protocol):
    @property
    def parent(self) -> Any: ...
    @property
    def children(self) -> Any: ...


N = TypeVar("N", bound=TreeNode)


class NodeTreeModel(QtCore.QAbstractItemModel, Generic[N]):
    """A read-only tree over ``_roots``; subclasses fill ``_roots`` and ``_headers`` and give ``data``."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._roots: list[N] = []

    def _node(self, index: Index) -> N | None:
        return index.internalPointer() if index.isValid() else None

    def _siblings(self, node: N) -> list[N]:
        return node.parent.children if node.parent else self._roots

    def index(self, row: int, column: int, parent: Index = QtCore.QModelIndex()) -> QtCore.QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QtCore.QModelIndex()
        node = self._node(parent)
        return self.createIndex(row, column, (node.children if node else self._roots)[row])

    def parent(self, index: Index = QtCore.QModelIndex()) -> QtCore.QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or node.parent is None:
            return QtCore.QModelIndex()
        return self.createIndex(self._siblings(node.parent).index(node.parent), 0, node.parent)

    def rowCount(self, parent: Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children if node else self._roots)

    def columnCount(self, parent: Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
