"""Chấm điểm as a secretary uses it: typing, pasting, undoing, vetoes, filters, locked periods."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from emulation.scoring.scores import Role
from emulation.services.periods import create_period, set_locked
from emulation.services.score_sheet import load_sheet
from emulation.services.workspace import Workspace
from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets
from emulation.ui.scoring.columns import ColumnKind
from emulation.ui.scoring.model import BAD_BACKGROUND
from emulation.ui.scoring.view import ScoringView
from tests.ui.scoring.keys import focused, press, result, shown, stored, type_text
from tests.ui.scoring.world import MEMBER, PERIOD

CTRL = Qt.KeyboardModifier.ControlModifier


def paste(qtbot: QtBot, view: ScoringView, text: str) -> None:
    QtWidgets.QApplication.clipboard().setText(text)
    press(qtbot, view, Qt.Key.Key_V, CTRL)


def test_models_pass_the_model_tester(view: ScoringView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.model())
    qtmodeltester.check(view.grid.table.model())
    scope = view.selector.scope_box
    scope.setCurrentIndex(scope.findText("Thuộc: Xã Bảo Hà"))  # the grid now shows the unit filter
    qtmodeltester.check(view.grid.table.model())


def test_typing_saves_each_value_and_moves_like_a_spreadsheet(
    qtbot: QtBot, view: ScoringView, world: Workspace
) -> None:
    view.go_to("X2", "I.1")
    type_text(qtbot, view, "8,5")
    press(qtbot, view, Qt.Key.Key_Return)
    assert stored(world, "X2", "I.1") == Decimal("8.5")
    assert shown(view, "X2", "I.1") == "8,5"
    assert view.grid.table.currentIndex() == view.index_of("Y1", "I.1")

    type_text(qtbot, view, "9")
    press(qtbot, view, Qt.Key.Key_Tab)
    assert stored(world, "Y1", "I.1") == Decimal(9)
    assert view.grid.table.currentIndex() == view.index_of("Y1", "I.2")

    press(qtbot, view, Qt.Key.Key_Space)  # the yes/no box
    assert stored(world, "Y1", "I.2") == Decimal(1)
    press(qtbot, view, Qt.Key.Key_Right)
    type_text(qtbot, view, "K")  # the level list: K picks "Khá"
    press(qtbot, view, Qt.Key.Key_Return)
    assert stored(world, "Y1", "I.3") == "Khá"

    view.go_to("Y1", "II")
    type_text(qtbot, view, "85")
    press(qtbot, view, Qt.Key.Key_Return)
    assert stored(world, "Y1", "II") == Decimal(85)
    assert shown(view, "Y1", "II") == "85 %"


def test_typing_replaces_the_value_and_results_follow(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    assert (result(view, "X1", "total"), result(view, "X1", "rank")) == ("6", "1")
    view.go_to("Y1", "I.1")
    type_text(qtbot, view, "10")
    press(qtbot, view, Qt.Key.Key_Tab)
    press(qtbot, view, Qt.Key.Key_Space)
    press(qtbot, view, Qt.Key.Key_Right)
    type_text(qtbot, view, "T")
    press(qtbot, view, Qt.Key.Key_Return)
    assert result(view, "Y1", "total") == "20"
    assert result(view, "Y1", "rank") == "1"
    assert result(view, "Y1", "grade") == "Khá"
    assert result(view, "X1", "rank") == "2"

    view.go_to("X1", "I.1")  # holds 6: typing overwrites it
    type_text(qtbot, view, "7")
    press(qtbot, view, Qt.Key.Key_Return)
    assert stored(world, "X1", "I.1") == Decimal(7)
    assert result(view, "X1", "total") == "7"


def test_a_bad_value_is_refused_with_its_reason_and_nothing_written(
    qtbot: QtBot, view: ScoringView, world: Workspace
) -> None:
    view.go_to("X1", "I.1")
    type_text(qtbot, view, "12")
    press(qtbot, view, Qt.Key.Key_Return)
    assert "vượt quá điểm tối đa 10" in view.status.message.text()
    assert "Thôn An › I.1" in view.status.message.text()
    assert stored(world, "X1", "I.1") == Decimal(6)
    cell = view.index_of("X1", "I.1")
    assert shown(view, "X1", "I.1") == "12"  # the typed value stays in its cell, with the reason
    assert "vượt quá điểm tối đa 10" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert view.grid.table.currentIndex() == cell

    type_text(qtbot, view, "8,3")
    press(qtbot, view, Qt.Key.Key_Return)
    assert "không đúng bước chấm 0,5" in view.status.message.text()
    assert shown(view, "X1", "I.1") == "8,3"
    assert stored(world, "X1", "I.1") == Decimal(6)
    assert view.undo_stack.count() == 0

    type_text(qtbot, view, "8,5")  # corrected: saved, shown as any value
    press(qtbot, view, Qt.Key.Key_Return)
    assert stored(world, "X1", "I.1") == Decimal("8.5") and shown(view, "X1", "I.1") == "8,5"


#: the roles the grid's delegate asks of every cell it draws, in one call
DRAWN_ROLES = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
               Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole,
               Qt.ItemDataRole.BackgroundRole)


def drawn(index: QtCore.QModelIndex, role: Qt.ItemDataRole) -> object:
    """What the grid draws for one role of a cell: asked as the delegate asks it (multiData)."""
    slot = QtCore.QModelRoleData(role)
    slot.setData("stale")  # a role without data must come back empty
    index.model().multiData(index, QtCore.QModelRoleDataSpan(slot))
    return slot.data()


def test_the_grid_draws_what_each_cell_holds(qtbot: QtBot, view: ScoringView) -> None:
    view.go_to("X1", "I.1")
    type_text(qtbot, view, "12")  # refused: drawn as typed, on the refused colour
    press(qtbot, view, Qt.Key.Key_Return)
    scope = view.selector.scope_box
    for scope_text in ("Tất cả đơn vị", "Thuộc: Xã Bảo Hà"):  # the model itself, then the unit filter
        scope.setCurrentIndex(scope.findText(scope_text))
        model = view.grid.table.model()
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                for role in DRAWN_ROLES:
                    assert drawn(index, role) == index.data(role), (scope_text, row, col, role)
    cell = view.index_of("X1", "I.1")
    assert drawn(cell, Qt.ItemDataRole.DisplayRole) == "12"
    assert drawn(cell, Qt.ItemDataRole.BackgroundRole) == QtGui.QBrush(QtGui.QColor(BAD_BACKGROUND))
    assert drawn(view.index_of("X2", "I.1"), Qt.ItemDataRole.DisplayRole) == shown(view, "X2", "I.1")


def test_a_refused_value_is_cancelled_by_clearing_its_cell(
    qtbot: QtBot, view: ScoringView, world: Workspace
) -> None:
    view.go_to("X2", "I.1")
    type_text(qtbot, view, "99")
    press(qtbot, view, Qt.Key.Key_Return)
    assert shown(view, "X2", "I.1") == "99"
    view.go_to("X2", "I.1")
    press(qtbot, view, Qt.Key.Key_Delete)
    assert shown(view, "X2", "I.1") == "" and stored(world, "X2", "I.1") is None


def test_delete_clears_the_selected_cells(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    view.go_to("X1", "I.1")
    press(qtbot, view, Qt.Key.Key_Delete)
    assert stored(world, "X1", "I.1") is None
    assert result(view, "X1", "total") == "0"


def test_pasting_a_block_from_a_spreadsheet_then_undo_and_redo(
    qtbot: QtBot, view: ScoringView, world: Workspace
) -> None:
    view.go_to("X1", "I.1")
    paste(qtbot, view, "7\t\tTốt\r\n5,5\tx\tKhá\r\n")
    assert [stored(world, "X1", leaf) for leaf in ("I.1", "I.2", "I.3")] == [Decimal(7), None, "Tốt"]
    assert [stored(world, "X2", leaf) for leaf in ("I.1", "I.2", "I.3")] == [Decimal("5.5"), Decimal(1), "Khá"]
    assert result(view, "X1", "total") == "12"
    assert view.undo_stack.count() == 1

    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert stored(world, "X1", "I.1") == Decimal(6)
    assert stored(world, "X2", "I.1") is None
    assert stored(world, "X2", "I.3") is None
    assert shown(view, "X2", "I.3") == ""
    assert result(view, "X1", "total") == "6"

    press(qtbot, view, Qt.Key.Key_Y, CTRL)
    assert stored(world, "X2", "I.3") == "Khá"
    assert load_sheet(world, PERIOD, Role.MEMBER, MEMBER).values[("X1", "I.1")] == Decimal(7)


def test_one_bad_cell_refuses_the_whole_paste(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    view.go_to("X1", "I.1")
    paste(qtbot, view, "7\tcó\n8\t12\n")
    message = view.status.message.text()
    assert "Không dán gì cả" in message
    assert "Thôn Bình › I.2" in message and "«12» không phải là câu trả lời có/không" in message
    assert stored(world, "X1", "I.1") == Decimal(6)
    assert stored(world, "X1", "I.2") is None

    view.go_to("Y1", "I.1")
    paste(qtbot, view, "1\n2\n")
    assert "chỉ còn 1 dòng" in view.status.message.text()
    assert stored(world, "Y1", "I.1") is None


def test_one_value_pasted_fills_the_selection(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    table = view.grid.table
    view.go_to("X1", "I.1")
    table.selectionModel().select(
        QtCore.QItemSelection(view.index_of("X1", "I.1"), view.index_of("Y1", "I.1")),
        table.selectionModel().SelectionFlag.Select,
    )
    paste(qtbot, view, "4,5")
    assert [stored(world, u, "I.1") for u in ("X1", "X2", "Y1")] == [Decimal("4.5")] * 3


def test_copy_puts_the_selected_cells_on_the_clipboard(qtbot: QtBot, view: ScoringView) -> None:
    table = view.grid.table
    view.go_to("X1", "I.1")
    table.selectionModel().select(
        QtCore.QItemSelection(view.index_of("X1", "I.1"), view.index_of("X2", "I.2")),
        table.selectionModel().SelectionFlag.Select,
    )
    press(qtbot, view, Qt.Key.Key_C, CTRL)
    assert QtWidgets.QApplication.clipboard().text() == "6\t\n\t\n"


def test_a_veto_is_marked_and_undone(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    model = view.model()
    assert model is not None
    veto = next(i for i, c in enumerate(model.columns) if c.kind is ColumnKind.VETO)
    view.grid.table.setCurrentIndex(view.grid.table.model().index(0, veto))
    press(qtbot, view, Qt.Key.Key_Space)
    assert load_sheet(world, PERIOD, Role.MEMBER, MEMBER).vetoes == {"X1": ("K1",)}
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert load_sheet(world, PERIOD, Role.MEMBER, MEMBER).vetoes == {}


def test_filtering_by_parent_cluster_or_incomplete(view: ScoringView) -> None:
    scope = view.selector.scope_box

    def shown_rows() -> int:
        return view.grid.table.model().rowCount()

    scope.setCurrentIndex(scope.findText("Thuộc: Xã Bảo Hà"))
    assert shown_rows() == 2
    scope.setCurrentIndex(scope.findText("Cụm: Cụm 2"))
    assert shown_rows() == 1
    assert "1/3 đơn vị" in view.status.counts.text()
    scope.setCurrentIndex(scope.findText("Chưa chấm đủ"))
    assert shown_rows() == 3
    scope.setCurrentIndex(scope.findText("Tất cả đơn vị"))
    assert shown_rows() == 3
    assert "3 đơn vị" in view.status.counts.text() and "/" not in view.status.counts.text()


def test_typing_works_with_the_filter_on_and_off(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    scope = view.selector.scope_box
    view.go_to("X2", "I.1")
    scope.setCurrentIndex(scope.findText("Thuộc: Xã Bảo Hà"))  # X2 is still shown: it stays the current cell
    assert view.grid.table.currentIndex() == view.index_of("X2", "I.1")
    assert view.grid.frozen.selectionModel() is view.grid.table.selectionModel()
    type_text(qtbot, view, "8,5")
    press(qtbot, view, Qt.Key.Key_Return)
    assert stored(world, "X2", "I.1") == Decimal("8.5")
    assert shown(view, "X2", "I.1") == "8,5"

    scope.setCurrentIndex(scope.findText("Tất cả đơn vị"))
    assert view.grid.table.currentIndex() == view.index_of("X2", "I.1")
    assert view.grid.frozen.selectionModel() is view.grid.table.selectionModel()
    assert not view.grid.table.isColumnHidden(view.model().column_of("I.1"))
    assert view.grid.frozen.isColumnHidden(view.model().column_of("I.1"))
    view.go_to("Y1", "I.1")
    type_text(qtbot, view, "9")
    press(qtbot, view, Qt.Key.Key_Return)
    assert stored(world, "Y1", "I.1") == Decimal(9)
    assert shown(view, "Y1", "I.1") == "9"


def test_self_scores_are_a_sheet_of_their_own(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    role = view.selector.role_box
    role.setCurrentIndex(role.findText("Tự chấm"))
    qtbot.waitUntil(lambda: view.model() is not None and view.model().sheet.role is Role.SELF)
    assert shown(view, "X1", "I.1") == ""
    view.go_to("X1", "I.1")
    type_text(qtbot, view, "9,5")
    press(qtbot, view, Qt.Key.Key_Return)
    assert stored(world, "X1", "I.1", Role.SELF, "") == Decimal("9.5")
    assert stored(world, "X1", "I.1") == Decimal(6)


def test_a_locked_period_cannot_be_edited(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    set_locked(world, PERIOD, True)
    view.refresh()
    assert view.banner.isVisible() and "đã khóa" in view.banner.text()
    view.go_to("X2", "I.1")
    type_text(qtbot, view, "5")
    press(qtbot, view, Qt.Key.Key_Return)
    paste(qtbot, view, "5\n")
    assert "đã khóa" in view.status.message.text()
    assert stored(world, "X2", "I.1") is None


def test_a_period_locked_meanwhile_refuses_the_write(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    set_locked(world, PERIOD, True)  # elsewhere, after the grid was opened
    view.go_to("X2", "I.1")
    type_text(qtbot, view, "5")
    press(qtbot, view, Qt.Key.Key_Return)
    assert "đã khóa" in view.status.message.text()
    assert stored(world, "X2", "I.1") is None
    qtbot.waitUntil(lambda: view.banner.isVisible())
    assert not view.model().editable()  # type: ignore[union-attr]


def test_a_summary_period_is_shown_read_only(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    create_period(world, "Quý IV/2026", kind="quarter", sources=[PERIOD])
    view.refresh()
    view.open_period("Quý IV/2026")
    qtbot.waitUntil(lambda: view.model() is not None and view.model().sheet.period == "Quý IV/2026")
    assert "kỳ tổng hợp" in view.banner.text()
    assert not view.model().editable()  # type: ignore[union-attr]


def test_saved_changes_are_announced(qtbot: QtBot, view: ScoringView) -> None:
    view.go_to("X2", "I.1")
    with qtbot.waitSignal(view.changed):
        type_text(qtbot, view, "3")
        press(qtbot, view, Qt.Key.Key_Return)
    assert focused(view) is view.grid.table


def test_a_cell_changed_by_someone_else_meanwhile_is_not_overwritten(
    qtbot: QtBot, view: ScoringView, world: Workspace
) -> None:
    from emulation.services.scores import NewValue, set_scores
    from emulation.services.workspace import owner

    other = Workspace(world.db, owner("Lò Thị Mai"))
    set_scores(other, PERIOD, Role.MEMBER, MEMBER, [NewValue("X1", "I.1", Decimal(9))])  # the grid still shows 6
    view.go_to("X1", "I.1")
    type_text(qtbot, view, "7")
    press(qtbot, view, Qt.Key.Key_Return)
    assert stored(world, "X1", "I.1") == Decimal(9)  # the other person's value stays
    assert shown(view, "X1", "I.1") == "9"  # and the grid now shows it
    assert view.undo_stack.count() == 0


def test_a_copied_row_with_its_veto_column_pastes_back(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    model = view.model()
    assert model is not None
    table = view.grid.table
    last = table.model().columnCount() - 1
    assert model.columns[last].kind is ColumnKind.VETO  # the block ends on a column that takes no points
    first = view.index_of("X1", "I.1")
    table.selectionModel().select(
        QtCore.QItemSelection(first, table.model().index(first.row(), last)),
        table.selectionModel().SelectionFlag.Select,
    )
    press(qtbot, view, Qt.Key.Key_C, CTRL)
    view.go_to("X2", "I.1")
    press(qtbot, view, Qt.Key.Key_V, CTRL)
    assert "Không dán" not in view.status.message.text()
    assert stored(world, "X2", "I.1") == Decimal(6)


def test_a_sheet_left_for_another_is_let_go(qtbot: QtBot, view: ScoringView, world: Workspace) -> None:
    """What a shown sheet holds is set aside from the collector: opening another gives it back."""
    import gc
    import weakref

    create_period(world, "Quý IV/2026", kind="quarter", sources=[PERIOD])
    first = view.model()
    assert first is not None and first.live is not None
    left = [weakref.ref(first), weakref.ref(first.live)]
    view.refresh()
    view.open_period("Quý IV/2026")
    qtbot.waitUntil(lambda: view.model() is not None and view.model().sheet.period == "Quý IV/2026")
    del first
    qtbot.wait(10)  # the old model's deferred deletion
    gc.collect()
    assert [ref() for ref in left] == [None, None]
