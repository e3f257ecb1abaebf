"""The grid's plain cells drawn without the style's item layout look exactly as the style draws them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from emulation.scoring.criteria import Kind
from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets
from emulation.ui.scoring.columns import ColumnKind
from emulation.ui.scoring.plain_cells import PlainCellsDelegate
from emulation.ui.scoring.unit_filter import UnitFilter
from emulation.ui.scoring.view import ScoringView
from tests.ui.scoring.keys import press, result, type_text

Cells = list[tuple[int, int]]


class Recording(PlainCellsDelegate):
    """The grid's drawing, noting the cells it leaves to the style (which asks every role of them)."""

    def __init__(self, parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self.styled: Cells = []

    def initStyleOption(self, option: QtWidgets.QStyleOptionViewItem, index: QtCore.QModelIndex) -> None:
        self.styled.append((index.row(), index.column()))
        super().initStyleOption(option, index)


def drawn_with(view: ScoringView, make: type[QtWidgets.QStyledItemDelegate]) -> tuple[QtGui.QImage, Cells]:
    """The grid drawn with a ``make`` delegate on both its parts (the cells it noted, if it notes any)."""
    parts = (view.grid.table, view.grid.frozen)
    kept = [part.itemDelegate() for part in parts]
    delegates = [make(part) for part in parts]
    try:
        for part, delegate in zip(parts, delegates, strict=True):
            part.setItemDelegate(delegate)
        image = view.grid.grab().toImage()
    finally:
        for part, delegate in zip(parts, kept, strict=True):
            part.setItemDelegate(delegate)
    return image, [cell for d in delegates for cell in getattr(d, "styled", ())]


def column_of(view: ScoringView, kind: ColumnKind) -> int:
    model = view.model()
    assert model is not None
    return next(i for i, c in enumerate(model.columns) if c.kind is kind)


def mark_a_capped_grade_and_a_refused_value(qtbot: QtBot, view: ScoringView) -> None:
    """X1 rises to "Khá", a veto caps it (its grade drawn in red); X2 keeps a refused value."""
    view.go_to("X1", "I.1")
    type_text(qtbot, view, "10")
    press(qtbot, view, Qt.Key.Key_Return)
    view.go_to("X1", "I.3")
    type_text(qtbot, view, "T")
    press(qtbot, view, Qt.Key.Key_Return)
    view.grid.table.setCurrentIndex(view.grid.table.model().index(0, column_of(view, ColumnKind.VETO)))
    press(qtbot, view, Qt.Key.Key_Space)
    view.go_to("X2", "I.1")
    type_text(qtbot, view, "12")
    press(qtbot, view, Qt.Key.Key_Return)
    assert result(view, "X1", "grade") == "Chưa đạt"
    assert view.index_of("X2", "I.1").data() == "12"


def test_plain_cells_look_as_the_style_draws_them(qtbot: QtBot, view: ScoringView) -> None:
    mark_a_capped_grade_and_a_refused_value(qtbot, view)
    view.grid.frozen.setColumnWidth(column_of(view, ColumnKind.NAME), 48)  # "Thôn Cường" elided
    scope = view.selector.scope_box
    for scope_text in ("Tất cả đơn vị", "Thuộc: Xã Bảo Hà"):  # the model itself, then the unit filter
        scope.setCurrentIndex(scope.findText(scope_text))
        model = view.grid.table.model()
        ours, styled_cells = drawn_with(view, Recording)
        styled, _ = drawn_with(view, QtWidgets.QStyledItemDelegate)
        assert ours == styled, scope_text
        cells = model.rowCount() * model.columnCount()
        assert 0 < len(styled_cells) < cells / 2, scope_text  # most cells were drawn without the style
    assert isinstance(view.grid.table.model(), UnitFilter)


def test_only_check_boxes_refused_values_and_the_current_cell_are_left_to_the_style(
    qtbot: QtBot, view: ScoringView
) -> None:
    mark_a_capped_grade_and_a_refused_value(qtbot, view)
    model = view.model()
    assert model is not None
    boxes = {i for i, c in enumerate(model.columns)
             if c.kind is ColumnKind.VETO or (c.leaf is not None and c.leaf.kind is Kind.CHECK)}
    view.go_to("Y1", "II")
    current = (model.row_of("Y1"), model.column_of("II"))
    refused = (model.row_of("X2"), model.column_of("I.1"))
    _, styled = drawn_with(view, Recording)
    for cell in styled:
        assert cell[1] in boxes or cell in (current, refused), cell
    assert refused in styled and current in styled
    assert {col for _, col in styled} >= boxes


def test_texts_are_measured_again_in_a_new_font(view: ScoringView) -> None:
    view.grid.table.clearSelection()
    view.grid.grab()  # every text measured in the first font
    for part in (view.grid.table, view.grid.frozen):
        font = QtGui.QFont(part.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        part.setFont(font)
    QtWidgets.QApplication.processEvents()
    ours = view.grid.grab().toImage()
    styled, _ = drawn_with(view, QtWidgets.QStyledItemDelegate)
    assert ours == styled


def test_a_right_to_left_grid_is_left_to_the_style(view: ScoringView) -> None:
    view.grid.table.clearSelection()
    view.grid.grab()
    for part in (view.grid.table, view.grid.frozen):
        part.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QtWidgets.QApplication.processEvents()
    ours = view.grid.grab().toImage()
    styled, _ = drawn_with(view, QtWidgets.QStyledItemDelegate)
    assert ours == styled
