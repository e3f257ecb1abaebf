"""One unit's points per criterion against the maximum, as a tree over the criteria set."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from emulation.scoring.criteria import ADJUSTMENTS, CriteriaSet, Criterion, Kind, full_code
from emulation.scoring.numbers import ZERO
from emulation.scoring.standings import Standing
from emulation.ui.labels import points
from emulation.ui.qt import Qt, QtCore, QtGui
from emulation.ui.tree_model import NodeTreeModel

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The criterion's full code."""
POINTS_ROLE = Qt.ItemDataRole.UserRole + 2
"""The unit's points for the node (Decimal), signed for bonus (+) and penalty (−)."""
LOST_COLOUR = "#b00020"


@dataclass(eq=False)
class _Node:
    code: str
    criterion: Criterion
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)

    @property
    def adjustments_only(self) -> bool:
        leaves = _leaves(self)
        return bool(leaves) and all(n.criterion.kind in ADJUSTMENTS for n in leaves)


def _leaves(node: _Node) -> list[_Node]:
    if not node.children:
        return [node]
    return [leaf for child in node.children for leaf in _leaves(child)]


class BreakdownModel(NodeTreeModel[_Node]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Mã"), self.tr("Tiêu chí"), self.tr("Điểm"), self.tr("Tối đa"), self.tr("Tự chấm")]
        self._standing: Standing | None = None

    def set_standing(self, criteria: CriteriaSet | None, standing: Standing | None) -> None:
        self.beginResetModel()
        self._standing = standing
        self._roots = self._build(criteria.criteria, "", None) if criteria and standing else []
        self.endResetModel()

    def _build(self, criteria: tuple[Criterion, ...], prefix: str, parent: _Node | None) -> list[_Node]:
        nodes = []
        for criterion in criteria:
            node = _Node(full_code(prefix, criterion.code), criterion, parent)
            node.children = self._build(criterion.children, node.code, node)
            nodes.append(node)
        return nodes

    def node_points(self, node: _Node) -> Decimal:
        assert self._standing is not None
        if node.children and node.adjustments_only:
            return sum((self.node_points(leaf) for leaf in _leaves(node)), ZERO)
        value = self._standing.nodes.get(node.code, ZERO)
        return -value if node.criterion.kind is Kind.PENALTY else value

    def _max(self, node: _Node) -> Decimal:
        if node.children and node.adjustments_only:
            return sum((leaf.criterion.max_points for leaf in _leaves(node)), ZERO)
        return node.criterion.max_points

    def _text(self, node: _Node, column: int) -> str:
        assert self._standing is not None
        if column == 0:
            return node.code
        if column == 1:
            return node.criterion.title
        if column == 2:
            if not node.children and node.code in self._standing.missing:
                return self.tr("chưa chấm")
            value = self.node_points(node)
            sign = "+" if value > 0 and (node.criterion.kind is Kind.BONUS or node.adjustments_only) else ""
            return sign + points(value)
        if column == 3:
            return points(self._max(node))
        own = self._standing.self_scores.get(node.code)
        return points(own) if own is not None and not node.children else ""

    # --- Qt ------------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None or self._standing is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return node.criterion.title
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and self._lost(node):
            return QtGui.QBrush(QtGui.QColor(LOST_COLOUR))
        if role == Qt.ItemDataRole.FontRole and node.children:
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role == CODE_ROLE:
            return node.code
        if role == POINTS_ROLE:
            return self.node_points(node)
        return None

    def _lost(self, node: _Node) -> bool:
        """Points lost on a base criterion, or any penalty."""
        value = self.node_points(node)
        if node.criterion.kind is Kind.PENALTY or (node.children and node.adjustments_only):
            return value < 0
        return node.criterion.kind is not Kind.BONUS and value < self._max(node)
