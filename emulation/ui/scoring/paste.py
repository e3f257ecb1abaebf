"""Where a pasted block lands and what a copied block holds, in the order the user sees."""

from __future__ import annotations

from emulation.ui.labels import tr
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.scoring.clipboard import format_block
from emulation.ui.scoring.columns import Column
from emulation.ui.scoring.editing import Target
from emulation.ui.scoring.roles import COLUMN_ROLE, COPY_ROLE, UNIT_CODE_ROLE


class PasteRefused(Exception):
    """The block does not fit where it would land."""


def paste_targets(table: QtWidgets.QTableView, block: list[list[str]]) -> list[Target]:
    """The cells ``block`` fills from the selection's top-left cell (a single value fills the selection)."""
    selected = table.selectionModel().selectedIndexes() if table.selectionModel() else []
    if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
        return [_target(_unit(i), leaf, block[0][0]) for i in selected if (leaf := _leaf(i)) is not None]
    start = _top_left(table, selected)
    if not start.isValid():
        raise PasteRefused(tr("chọn ô đầu tiên cần dán"))
    columns = _visible_columns(table, start.column())
    rows = table.model().rowCount() - start.row()
    if len(block) > rows:
        raise PasteRefused(tr("khối dán có {0} dòng, từ ô đã chọn chỉ còn {1} dòng").format(len(block), rows))
    widest = max((len(cells) for cells in block), default=0)
    if widest > len(columns):
        raise PasteRefused(tr("khối dán có {0} cột, từ ô đã chọn chỉ còn {1} cột").format(widest, len(columns)))
    model = table.model()
    # a column's leaf is the same on every row: asked once (a column pasted down a province's
    # units asks each row for its unit only)
    leaves = [_leaf(model.index(start.row(), column)) for column in columns[:widest]]
    targets = []
    for r, cells in enumerate(block):
        unit: tuple[str, str] | None = None
        for c, text in enumerate(cells):
            leaf = leaves[c]
            if leaf is None:  # totals, ranks, vetoes… take no typed points: skipped
                continue
            if unit is None:
                unit = _unit(model.index(start.row() + r, columns[c]))
            targets.append(_target(unit, leaf, text))
    if not targets:
        raise PasteRefused(tr("khối dán không rơi vào ô điểm nào"))
    return targets


def copy_text(table: QtWidgets.QTableView) -> str:
    """The selected cells as tab-separated rows (the bounding rectangle; unselected cells blank)."""
    selected = table.selectionModel().selectedIndexes() if table.selectionModel() else []
    if not selected:
        current = table.currentIndex()
        selected = [current] if current.isValid() else []
    if not selected:
        return ""
    header = table.horizontalHeader()
    rows = sorted({i.row() for i in selected})
    visual = sorted({header.visualIndex(i.column()) for i in selected})
    columns = [header.logicalIndex(v) for v in range(visual[0], visual[-1] + 1)]
    columns = [c for c in columns if not table.isColumnHidden(c)]
    chosen = {(i.row(), i.column()) for i in selected}
    model = table.model()
    return format_block(
        [
            [model.index(r, c).data(COPY_ROLE) or "" if (r, c) in chosen else "" for c in columns]
            for r in range(rows[0], rows[-1] + 1)
        ]
    )


def _top_left(table: QtWidgets.QTableView, selected: list[QtCore.QModelIndex]) -> QtCore.QModelIndex:
    if not selected:
        return table.currentIndex()
    header = table.horizontalHeader()
    row = min(i.row() for i in selected)
    column = min(selected, key=lambda i: header.visualIndex(i.column())).column()
    return table.model().index(row, column)


def _visible_columns(table: QtWidgets.QTableView, start: int) -> list[int]:
    header = table.horizontalHeader()
    logical = (header.logicalIndex(v) for v in range(header.visualIndex(start), header.count()))
    return [c for c in logical if not table.isColumnHidden(c)]


def _leaf(index: QtCore.QModelIndex) -> str | None:
    column: Column | None = index.data(COLUMN_ROLE)
    return column.leaf.code if column is not None and column.leaf is not None else None


def _unit(index: QtCore.QModelIndex) -> tuple[str, str]:
    """The code and the name of the unit of ``index``'s row."""
    unit_code = index.data(UNIT_CODE_ROLE)
    return unit_code, index.siblingAtColumn(1).data() or unit_code


def _target(unit: tuple[str, str], leaf: str, text: str) -> Target:
    """``text`` pasted into ``unit``'s (code, name) ``leaf``, placed as the grid names a cell."""
    return Target(unit[0], leaf, text, f"{unit[1]} › {leaf}")
