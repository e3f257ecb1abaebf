"""The grid's views draw their plain cells a page in one call, and the page looks as Qt draws it:
a selection, a part of a page drawn again, the cell under the mouse."""

from __future__ import annotations

from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets
from emulation.ui.scoring.plain_cells import LAID_OUT_AFTER, PlainCellsDelegate
from emulation.ui.scoring.plain_view import PlainCellsView
from emulation.ui.scoring.view import ScoringView
from tests.ui.scoring.test_plain_cells import Recording, drawn_with


class LeftToQt(PlainCellsDelegate):
    """Notes every cell the view leaves to Qt's painting (which draws it through this delegate)."""

    def __init__(self, parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self.styled: list[tuple[int, int]] = []

    def paint(self, painter: QtGui.QPainter, option: QtWidgets.QStyleOptionViewItem, index: QtCore.QModelIndex) -> None:
        self.styled.append((index.row(), index.column()))
        super().paint(painter, option, index)


def test_both_parts_of_the_grid_draw_their_plain_cells_themselves(view: ScoringView) -> None:
    assert isinstance(view.grid.table, PlainCellsView) and isinstance(view.grid.frozen, PlainCellsView)
    view.grid.table.clearSelection()
    _, left = drawn_with(view, LeftToQt)
    model = view.grid.table.model()
    assert 0 < len(left) < model.rowCount() * model.columnCount() / 2  # check boxes, the current cell


def test_texts_met_again_are_drawn_as_the_first_time(view: ScoringView) -> None:
    view.grid.table.clearSelection()
    first = view.grid.grab().toImage()  # each text measured, and drawn as it is
    for _ in range(LAID_OUT_AFTER):
        again = view.grid.grab().toImage()  # then laid out once and kept
    assert again == first
    assert again == drawn_with(view, QtWidgets.QStyledItemDelegate)[0]


def test_a_selection_is_drawn_by_the_style(view: ScoringView) -> None:
    table = view.grid.table
    model = table.model()
    first = view.grid.first_input_column()
    chosen = QtCore.QItemSelection(model.index(1, first), model.index(2, first + 2))
    table.selectionModel().select(chosen, QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect)
    ours, styled = drawn_with(view, Recording)
    theirs, _ = drawn_with(view, QtWidgets.QStyledItemDelegate)
    assert ours == theirs
    assert {(row, col) for row in (1, 2) for col in range(first, first + 3)} <= set(styled)


def test_a_part_of_a_page_drawn_again_looks_as_the_style_draws_it(view: ScoringView) -> None:
    table = view.grid.table
    table.clearSelection()
    model = table.model()
    cell = table.visualRect(model.index(2, view.model().column_of("II")))  # a value drawn plain
    part = QtGui.QRegion(cell.adjusted(-30, -10, 30, 10))  # across cells and their grid lines

    def drawn(make: type[QtWidgets.QStyledItemDelegate]) -> QtGui.QImage:
        kept = table.itemDelegate()
        table.setItemDelegate(make(table))
        try:
            image = QtGui.QImage(table.viewport().size(), QtGui.QImage.Format.Format_ARGB32)
            image.fill(QtGui.QColor("magenta"))  # what is not drawn stays magenta
            table.viewport().render(image, part.boundingRect().topLeft(), part)
        finally:
            table.setItemDelegate(kept)
        return image

    ours = drawn(Recording)
    assert ours == drawn(QtWidgets.QStyledItemDelegate)
    assert QtGui.QColor(ours.pixel(cell.center())) != QtGui.QColor("magenta")
    assert QtGui.QColor(ours.pixel(cell.bottomRight() + QtCore.QPoint(40, 20))) == QtGui.QColor("magenta")


def test_the_cell_under_the_mouse_is_left_to_qt(view: ScoringView) -> None:
    table = view.grid.table
    table.clearSelection()
    index = table.model().index(1, view.model().column_of("II"))
    cell = (index.row(), index.column())
    viewport = table.viewport()
    assert cell not in drawn_with(view, LeftToQt)[1]
    QtGui.QCursor.setPos(viewport.mapToGlobal(table.visualRect(index).center()))
    viewport.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
    try:
        ours, left = drawn_with(view, LeftToQt)
    finally:
        viewport.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, False)
    assert cell in left
    assert ours == drawn_with(view, QtWidgets.QStyledItemDelegate)[0]
