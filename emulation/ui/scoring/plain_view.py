"""A table view that draws its model's plain cells itself, a page in one call.

Qt's table view draws a cell by calling its delegate, and a delegate written in Python costs each
cell a call from C++ into Python with three objects wrapped for it: on a page of some 550 cells,
as much again as drawing them. This view draws the plain cells of the area to paint in one Python
call (a row of cells asked of the model at once, each drawn by :meth:`PlainCellsDelegate.draw`),
draws the grid lines as Qt does, and leaves the other cells (selected, current, under the mouse,
with a check box, a text that does not fit) to Qt's own painting, through the delegate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import cast

from emulation.ui.qt import QtCore, QtGui, QtWidgets
from emulation.ui.scoring.plain_cells import PlainCell, PlainCellsDelegate, text_colour

PlainRow = Callable[[int, Sequence[int]], list[PlainCell | None]]
_GRID_COLOUR = QtWidgets.QStyle.StyleHint.SH_Table_GridLineColor


class PlainCellsView(QtWidgets.QTableView):
    """Draws the cells its :class:`PlainCellsDelegate` can (the model's ``plain_row(row, columns)``
    tells them); Qt draws the rest."""

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        delegate = self.itemDelegate()
        plain_row: PlainRow | None = getattr(self.model(), "plain_row", None)
        if (plain_row is None or not isinstance(delegate, PlainCellsDelegate) or not self.isEnabled()
                or not self.showGrid() or self.isRightToLeft() or self.alternatingRowColors()):
            super().paintEvent(event)
            return
        styled = self._paint_plain(event.region(), delegate, plain_row)
        if not styled.isEmpty():
            super().paintEvent(QtGui.QPaintEvent(styled))

    def _paint_plain(self, region: QtGui.QRegion, cells: PlainCellsDelegate, plain_row: PlainRow) -> QtGui.QRegion:
        """Draw the plain cells of ``region`` and its grid lines; the area of the cells left to Qt."""
        rows, columns = self.verticalHeader(), self.horizontalHeader()
        if rows.count() == 0 or columns.count() == 0:
            return region
        option = QtWidgets.QStyleOptionViewItem()
        self.initViewItemOption(option)
        text = text_colour(option)
        grid = QtGui.QColor.fromRgba(self.style().styleHint(_GRID_COLOUR, option, self) & 0xFFFFFFFF)
        grid_pen = QtGui.QPen(grid, 1, self.gridStyle())
        placing = cells.placing(self, option.font, option.direction)
        draw = cells.draw
        apart = self._apart()
        selected = self._selected()
        last_x = columns.length() - columns.offset() - 1
        last_y = rows.length() - rows.offset() - 1
        styled = QtGui.QRegion()
        painter = QtGui.QPainter(self.viewport())
        try:
            for area in cast(Iterable[QtCore.QRect], region):
                area.setBottom(min(area.bottom(), last_y))
                area.setRight(min(area.right(), last_x))
                if not area.isValid():
                    continue
                spans = self._columns(columns, area)
                first, last = rows.visualIndexAt(area.top()), rows.visualIndexAt(area.bottom())
                if last == -1:
                    last = rows.count() - 1
                if first == -1 or first > last:
                    continue
                shown = [col for col, _, _ in spans]
                lines: list[int] = []
                for visual in range(first, last + 1):
                    row = rows.logicalIndex(visual)
                    if rows.isSectionHidden(row):
                        continue
                    y, height = self.rowViewportPosition(row), self.rowHeight(row) - 1
                    lines.append(y + height)
                    chosen = {c for top, bottom, left, right in selected if top <= row <= bottom
                              for c in range(left, right + 1)}
                    for (col, x, width), cell in zip(spans, plain_row(row, shown), strict=True):
                        if (cell is None or (row, col) in apart or col in chosen
                                or not draw(painter, x, y, width, height, cell, placing, text)):
                            styled += QtCore.QRect(x, y, width, height)
                painter.setPen(grid_pen)
                left, right, top, bottom = area.left(), area.right(), area.top(), area.bottom()
                for y in lines:
                    painter.drawLine(QtCore.QLineF(left + 0.5, y + 0.5, right + 0.5, y + 0.5))
                for _, x, width in spans:
                    painter.drawLine(QtCore.QLineF(x + width + 0.5, top + 0.5, x + width + 0.5, bottom + 0.5))
        finally:
            painter.end()
        return styled

    def _columns(self, columns: QtWidgets.QHeaderView, area: QtCore.QRect) -> list[tuple[int, int, int]]:
        """The shown columns that cross ``area``: (column, left, width without its grid line)."""
        left, right = columns.visualIndexAt(area.left()), columns.visualIndexAt(area.right())
        if left == -1:
            left = 0
        if right == -1:
            right = columns.count() - 1
        spans = []
        for visual in range(left, right + 1):
            col = columns.logicalIndex(visual)
            if not columns.isSectionHidden(col):
                spans.append((col, self.columnViewportPosition(col), self.columnWidth(col) - 1))
        return spans

    def _apart(self) -> set[tuple[int, int]]:
        """The cells the style draws something of its own on: the current one (its focus frame, its
        editor) and the one under the mouse."""
        apart = set()
        current = self.currentIndex()
        if current.isValid():
            apart.add((current.row(), current.column()))
        viewport = self.viewport()
        if viewport.underMouse():
            hovered = self.indexAt(viewport.mapFromGlobal(QtGui.QCursor.pos()))
            if hovered.isValid():
                apart.add((hovered.row(), hovered.column()))
        return apart

    def _selected(self) -> list[tuple[int, int, int, int]]:
        """The selected ranges: (top, bottom, left, right)."""
        chosen = self.selectionModel()
        if chosen is None:
            return []
        ranges = cast(Iterable[QtCore.QItemSelectionRange], chosen.selection())
        return [(r.top(), r.bottom(), r.left(), r.right()) for r in ranges]
