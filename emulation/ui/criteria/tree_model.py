"""The criteria tree as a thin item model over a :class:`Draft`: code, title, kind, max.

Indexes carry an integer id standing for a node's path; the paths are listed again after
every change to the tree (``reload``), which for a few dozen criteria costs nothing.
A group's max column shows what its children add up to beside its own max.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from emulation.scoring.criteria import Kind
from emulation.text import format_decimal
from emulation.ui.criteria.draft import Draft, Path, children_sum, kind_of, node_max, number
from emulation.ui.criteria.labels import kind_labels
from emulation.ui.qt import Qt, QtCore, QtGui

PATH_ROLE = int(Qt.ItemDataRole.UserRole) + 1  #: the node's path (tuple of indices)
PROBLEMS_ROLE = int(Qt.ItemDataRole.UserRole) + 2  #: the faults found at the node, as texts
PROBLEM_BACKGROUND = QtGui.QColor("#fde2e0")
MISMATCH_FOREGROUND = QtGui.QColor("#a61b1b")
COLUMNS = ("code", "title", "kind", "max")
Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
_ROOT = QtCore.QModelIndex()


class CriteriaTreeModel(QtCore.QAbstractItemModel):
    def __init__(self, draft: Draft, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        self._paths: list[Path] = []
        self._ids: dict[Path, int] = {}
        self._problems: dict[Path, list[str]] = {}
        self._kinds = kind_labels()
        self._problem_brush = QtGui.QBrush(PROBLEM_BACKGROUND)
        self._mismatch_brush = QtGui.QBrush(MISMATCH_FOREGROUND)
        self._index_paths()

    def reload(self, draft: Draft) -> None:
        self.beginResetModel()
        self._draft = draft
        self._index_paths()
        self.endResetModel()

    def set_problems(self, problems: dict[Path, list[str]]) -> None:
        self._problems = problems
        self.refresh_rows()

    def refresh_rows(self) -> None:
        """Fields changed, not the shape of the tree: repaint every row."""
        for path in self._paths:
            row = self.index_of(path)
            self.dataChanged.emit(row, row.siblingAtColumn(len(COLUMNS) - 1))

    def _index_paths(self) -> None:
        self._paths = list(self._draft.walk())
        self._ids = {p: i for i, p in enumerate(self._paths)}

    # --- the tree ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QtCore.QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QtCore.QModelIndex()
        path = (*self._path(parent), row) if parent.isValid() else (row,)
        return self.createIndex(row, column, self._ids[path])

    def parent(self, child: Index = _ROOT) -> QtCore.QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QtCore.QModelIndex()
        path = self._path(child)
        if len(path) == 1:
            return QtCore.QModelIndex()
        up = path[:-1]
        return self.createIndex(up[-1], 0, self._ids[up])

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        path = self._path(parent) if parent.isValid() else ()
        if path and kind_of(self._draft.node(path)) is not Kind.GROUP:
            return 0
        return len(self._draft.children(path)) if path else len(self._draft.roots())

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(COLUMNS)

    def index_of(self, path: Path, column: int = 0) -> QtCore.QModelIndex:
        if path not in self._ids:
            return QtCore.QModelIndex()
        return self.createIndex(path[-1], column, self._ids[path])

    def _path(self, index: Index) -> Path:
        return self._paths[index.internalId()]

    # --- what a row shows -------------------------------------------------------------------

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        path = self._path(index)
        node = self._draft.node(path)
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == PATH_ROLE:
            return path
        if role == PROBLEMS_ROLE:
            return self._problems.get(path, [])
        if role == Qt.ItemDataRole.BackgroundRole and path in self._problems:
            return self._problem_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self._problems.get(path, [])) or str(node.get("title", ""))
        if role == Qt.ItemDataRole.ForegroundRole and column == "max" and _mismatch(node):
            return self._mismatch_brush
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "max":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, node: dict[str, Any], column: str) -> str:
        kind = kind_of(node)
        if column == "kind":
            return self._kinds[kind]
        if column != "max":
            return str(node.get(column, ""))
        if kind is Kind.GROUP and _adjustments_only(node):
            return _adjustments_text(node)
        if kind is Kind.GROUP:
            own, total = number(node.get("max")), children_sum(node)
            shown_total = format_decimal(total) if total is not None else "?"
            return f"{format_decimal(own)} (∑ {shown_total})" if own is not None else f"∑ {shown_total}"
        points = node_max(node)
        return format_decimal(points) if points is not None else str(node.get("max", ""))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Mã"), self.tr("Tiêu chí"), self.tr("Loại"), self.tr("Tối đa"))
        return titles[section] if 0 <= section < len(titles) else None


def _mismatch(node: dict[str, Any]) -> bool:
    """A group whose stated max is more than its children can give."""
    if kind_of(node) is not Kind.GROUP:
        return False
    own, total = number(node.get("max")), children_sum(node)
    return own is not None and total is not None and total < own


def _adjustments_only(node: dict[str, Any]) -> bool:
    children = node.get("children", [])
    return bool(children) and all(kind_of(c) in (Kind.BONUS, Kind.PENALTY) for c in children)


def _adjustments_text(node: dict[str, Any]) -> str:
    """A group of bonus or penalty criteria: what it can add (+) or take away (−)."""
    parts = []
    for kind, sign in ((Kind.BONUS, "+"), (Kind.PENALTY, "−")):
        values = [number(c.get("max")) for c in node.get("children", []) if kind_of(c) is kind]
        if values:
            total = sum((v for v in values if v is not None), Decimal(0))
            parts.append(f"{sign}{format_decimal(total)}")
    return " ".join(parts)
