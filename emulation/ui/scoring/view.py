"""Chấm điểm: one period's units × leaf criteria for one scorer, saved as typed, ranked live."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from functools import partial

from emulation.gc_pause import collector_paused
from emulation.i18n import render_all
from emulation.scoring.scores import Role
from emulation.services.periods import list_periods
from emulation.services.score_sheet import ScoreSheet, load_sheet, scorers, sheet_values
from emulation.services.workspace import Workspace
from emulation.stepwise import Steps
from emulation.text import format_thousands
from emulation.ui.current_period import CurrentPeriod
from emulation.ui.elided_button import ElidedActionButton
from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from emulation.ui.scoring.clipboard import parse_block
from emulation.ui.scoring.columns import FROZEN
from emulation.ui.scoring.completeness import incomplete_rows
from emulation.ui.scoring.delegate import ScoreDelegate
from emulation.ui.scoring.editing import SheetEditor
from emulation.ui.scoring.first_paint import AfterFirstPaint
from emulation.ui.scoring.grid import ScoreGrid
from emulation.ui.scoring.live.collector import (
    collector_paused_during,
    give_back_what_was_loaded,
    set_aside_what_is_loaded,
)
from emulation.ui.scoring.live.reading import live_caught_up_in_steps, live_results_in_steps
from emulation.ui.scoring.live.results import LiveResults
from emulation.ui.scoring.loader import Runner, ThreadRunner
from emulation.ui.scoring.model import ScoreModel, Value
from emulation.ui.scoring.notices import Banner, StatusLine
from emulation.ui.scoring.paste import PasteRefused, copy_text, paste_targets
from emulation.ui.scoring.roles import COLUMN_ROLE, UNIT_CODE_ROLE
from emulation.ui.scoring.selector import Scope, SheetSelector
from emulation.ui.scoring.unit_filter import UnitFilter

#: the rows whose values are read before the grid is first drawn (a screenful, on a tall screen)
FIRST_ROWS = 100


class ScoringView(QtWidgets.QWidget):
    changed = Signal()  #: a change was saved

    def __init__(
        self,
        workspace: Workspace,
        parent: QtWidgets.QWidget | None = None,
        *,
        runner: Runner | None = None,
        current: CurrentPeriod | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._current = current
        self._runner: Runner = runner or ThreadRunner(self)
        self._generation = 0
        self._members_of: str | None = None
        self._model: ScoreModel | None = None
        self._configured: ScoreModel | None = None  #: the model whose columns the grid is set up for
        self.undo_stack = QtGui.QUndoStack(self)
        self.editor = SheetEditor(workspace, self.undo_stack, self, runner=self._runner)
        self.selector = SheetSelector(self)
        self.banner = Banner(self)
        self.grid = ScoreGrid(ScoreDelegate(self.editor, self), self)
        self.status = StatusLine(self)
        self._filter = UnitFilter(self)
        self.grid.set_model(self._filter)
        self._actions()
        self._layout()
        self._connect()
        self.refresh()

    def _layout(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.selector, 1)
        for action in (self.undo_action, self.redo_action):
            button = ElidedActionButton(action, self)
            top.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.status)

    def _actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Hoàn tác"))
        self.undo_action.setShortcuts(QtGui.QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Làm lại"))
        self.redo_action.setShortcuts([QtGui.QKeySequence("Ctrl+Y"), QtGui.QKeySequence("Ctrl+Shift+Z")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _connect(self) -> None:
        table = self.grid.table
        self.selector.sheet_changed.connect(self._sheet_changed)
        if self._current is not None:
            self._current.changed.connect(self._follow)
        self.selector.scope_changed.connect(self._scope_changed)
        self.editor.refused.connect(self.status.error)
        self.editor.saved.connect(self._saved)
        self.editor.locked.connect(self._reload_later)
        self.editor.saving.connect(self._saving)
        self.editor.saving_over.connect(self._saving_over)
        table.copy_requested.connect(self.copy)
        table.paste_requested.connect(self.paste)
        table.clear_requested.connect(self.clear_selection)
        table.undo_requested.connect(self.undo)
        table.redo_requested.connect(self.redo)

    # --- what the window calls ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the periods and the members again, and reload the sheet shown."""
        self._members_of = None
        self.selector.set_periods(list_periods(self._ws), self._current.name if self._current else None)
        self._sheet_changed()

    def open_period(self, name: str) -> None:
        self.selector.select_period(name)

    def _follow(self, name: str) -> None:
        """Another page made ``name`` current: show it now when visible, else when next shown."""
        if self.isVisible() and name != self.selector.period():
            self.selector.select_period(name)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        if self._current is not None and self._current.name and self._current.name != self.selector.period():
            self.selector.select_period(self._current.name)

    def model(self) -> ScoreModel | None:
        return self._model

    def index_of(self, unit_code: str, leaf_code: str) -> QtCore.QModelIndex:
        """The grid's cell of a unit's leaf (invalid when not shown)."""
        model = self._model
        if model is None:
            return QtCore.QModelIndex()
        source = model.index(model.row_of(unit_code), model.column_of(leaf_code))
        return self._shown_index(source)

    def _shown_index(self, source: QtCore.QModelIndex) -> QtCore.QModelIndex:
        """``source``, an index of the sheet's model, as an index of what the grid shows."""
        return source if self.grid.table.model() is self._model else self._filter.mapFromSource(source)

    def go_to(self, unit_code: str, leaf_code: str) -> None:
        """Make a unit's leaf the current cell, as a click on it would."""
        flags = QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.grid.table.selectionModel().setCurrentIndex(self.index_of(unit_code, leaf_code), flags)
        self.grid.table.setFocus()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Forget pending loads and wait for their threads."""
        self._generation += 1
        self._runner.wait()
        give_back_what_was_loaded()

    # --- loading ------------------------------------------------------------------------------

    def _reload_later(self) -> None:
        """Read the sheet again once the refused edit is over (the period was locked meanwhile)."""
        QtCore.QTimer.singleShot(0, self, self._load)

    def _sheet_changed(self) -> None:
        self.status.info("")
        period = self.selector.period()
        if self._current is not None and period:
            self._current.set(period)
        if period is not None and period != self._members_of:
            self._members_of = period
            self.selector.set_members(scorers(self._ws, period))
        self._load()

    def _load(self) -> None:
        give_back_what_was_loaded()
        self._generation += 1
        generation = self._generation
        period, role, scorer = self.selector.period(), self.selector.role(), self.selector.scorer()
        if period is None:
            self._show(None)
            self.banner.say(self.tr("Chưa có kỳ chấm điểm nào: hãy tạo một kỳ trước."))
            return
        self.status.set_counts(self.tr("Đang tải {0}…").format(period))
        ws = self._ws
        self._runner.submit(
            lambda: _read_set_aside(partial(load_sheet, ws, period, role, scorer, first_rows=FIRST_ROWS)),
            lambda loaded: self._loaded(generation, *loaded),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, sheet: ScoreSheet, incomplete: frozenset[int]) -> None:
        if generation != self._generation:
            return
        model = ScoreModel(sheet, self, incomplete)
        self._show(model)
        AfterFirstPaint(self.grid.table.viewport(), lambda: self._read_rest(generation, model))

    def _read_rest(self, generation: int, model: ScoreModel) -> None:
        """Read the values of the rows after the first screen, once that screen is drawn."""
        if generation != self._generation:
            return
        if not model.loading():
            self._rank(generation, model)
            return
        ws, sheet = self._ws, model.sheet
        self._runner.submit(
            lambda: _read_set_aside(partial(sheet_values, ws, sheet)),
            lambda read: self._rest_read(generation, model, *read),
            lambda exc: self._failed(generation, exc),
        )

    def _rest_read(self, generation: int, model: ScoreModel, sheet: ScoreSheet, incomplete: frozenset[int]) -> None:
        if generation == self._generation:
            model.set_values(sheet, incomplete)
            scope = self.selector.current_scope()
            if scope[2]:  # "chưa chấm đủ" knows every row now
                self._filter.set_scope(*scope, again=True)
            self._rank(generation, model)

    def _rank(self, generation: int, model: ScoreModel) -> None:
        """Rank the period once the grid has been drawn: read in a thread, worked out here between
        paints (worked out in a thread, it would compete with drawing for Python)."""
        if generation == self._generation:
            ws, sheet = self._ws, model.sheet
            self._runner.submit_steps(
                self._while_shown(generation, collector_paused_during(live_results_in_steps(ws, sheet))),
                lambda live: self._ranked(generation, model, live),
                lambda exc: self._failed(generation, exc),
            )

    def _catch_up(self, generation: int, model: ScoreModel, live: LiveResults, values: list[Value]) -> None:
        """Apply a large change to the live results in the background (see ``ScoreModel.catching_up``)."""
        if generation == self._generation:
            self._update_counts()
            self._runner.submit_steps(
                self._while_shown(
                    generation,
                    collector_paused_during(live_caught_up_in_steps(self._ws, model.sheet, live, values)),
                ),
                lambda live: self._ranked(generation, model, live),
                lambda exc: self._failed(generation, exc),
            )

    def _while_shown(self, generation: int, steps: Steps[LiveResults]) -> Steps[LiveResults | None]:
        """``steps`` given up (closed: their reading stops) once another sheet is loaded."""
        with closing(steps):
            while generation == self._generation:
                try:
                    worked = next(steps)
                except StopIteration as stop:
                    return stop.value
                yield worked
        return None

    def _ranked(self, generation: int, model: ScoreModel, live: LiveResults | None) -> None:
        if generation == self._generation and live is not None:
            model.set_live(live)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            problems = getattr(exc, "problems", None)
            self.status.error("; ".join(render_all(problems)) if problems else str(exc))

    def _show(self, model: ScoreModel | None) -> None:
        old, self._model = self._model, model
        self.editor.bind(model, self._read_only_reason(model.sheet) if model else "")
        self._present()
        if model is not None:
            self.selector.set_units(model.sheet.units)
            model.dataChanged.connect(self._update_counts)
            model.results_ready.connect(self._update_counts)
            model.values_ready.connect(self._update_counts)
            model.catching_up.connect(partial(self._catch_up, self._generation, model))
        self.banner.say(self._read_only_reason(model.sheet) if model else None)
        self._update_counts()
        if old is not None:
            old.deleteLater()

    def _present(self) -> None:
        """Show the sheet's model itself, or the unit filter over it while the scope leaves rows out.

        Drawing a cell through the filter costs an index mapping and a call a role more; the
        current cell stays where it was when its row is still shown.
        """
        model, table = self._model, self.grid.table
        current = table.currentIndex()
        unit, column = current.data(UNIT_CODE_ROLE), current.column()  # before the filter lets go of it
        filtering = model is not None and self._filter.filters()
        source = model if filtering else None
        if self._filter.sourceModel() is not source:
            self._filter.setSourceModel(source)  # type: ignore[arg-type]  # None: it filters nothing
        shown: QtCore.QAbstractItemModel = model if model is not None and not filtering else self._filter
        if table.model() is shown and self._configured is model:
            return
        if table.model() is not shown:
            self.grid.set_model(shown)
        if model is not None:
            self.grid.configure(model.columns)
        same_sheet, self._configured = self._configured is model, model
        if same_sheet and model is not None and unit is not None and model.has_unit(unit):
            index = self._shown_index(model.index(model.row_of(unit), column))
            if index.isValid():
                table.selectionModel().setCurrentIndex(index, QtCore.QItemSelectionModel.SelectionFlag.NoUpdate)

    def _read_only_reason(self, sheet: ScoreSheet) -> str | None:
        if sheet.is_summary:
            return self.tr("«{0}» là kỳ tổng hợp: điểm lấy từ các kỳ thành phần, không chấm trực tiếp.").format(
                sheet.period
            )
        if sheet.locked:
            return self.tr("Kỳ «{0}» đã khóa: không sửa được điểm. Mở khóa kỳ để sửa.").format(sheet.period)
        if sheet.role is Role.MEMBER and not sheet.scorer:
            return self.tr("Chọn hoặc nhập tên thành viên hội đồng để chấm.")
        return None

    # --- editing ------------------------------------------------------------------------------

    def _saved(self, message: str) -> None:
        self.status.info(message)
        self.changed.emit()

    def _saving(self, message: str) -> None:
        """A large change is being saved by a thread: said, and no undo or redo until it is."""
        self.status.info(message)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    def _saving_over(self) -> None:
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

    def undo(self) -> None:
        if not self.editor.refused_while_saving():
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self.editor.refused_while_saving():
            self.undo_stack.redo()

    def _scope_changed(self, scope: Scope) -> None:
        self._filter.set_scope(*scope)
        self._present()
        self._update_counts()

    def _update_counts(self) -> None:
        model = self._model
        if model is None:
            self.status.set_counts("")
            return
        shown, total = self.grid.table.model().rowCount(), model.rowCount()
        text = self.tr("{0} đơn vị").format(format_thousands(total))
        if shown != total:
            text = self.tr("{0}/{1} đơn vị").format(format_thousands(shown), format_thousands(total))
        missing = model.incomplete_count()
        if model.loading():
            text += self.tr(" · đang đọc điểm…")
        else:
            if missing:
                text += self.tr(" · {0} chưa chấm đủ").format(format_thousands(missing))
            if model.live is None and model.sheet.units:
                text += self.tr(" · đang tính kết quả…")
        self.status.set_counts(text)

    def copy(self) -> None:
        model = self._model
        if model is not None and model.loading():
            selected = self.grid.table.selectionModel().selectedIndexes() or [self.grid.table.currentIndex()]
            if not all(model.row_read(i.data(UNIT_CODE_ROLE)) for i in selected if i.isValid()):
                self.status.error(self.tr("Điểm của các đơn vị đã chọn còn đang được đọc: xin chờ giây lát."))
                return
        text = copy_text(self.grid.table)
        if text:
            QtWidgets.QApplication.clipboard().setText(text)

    def paste(self) -> None:
        text = QtWidgets.QApplication.clipboard().text()
        if not text:
            return
        try:
            targets = paste_targets(self.grid.table, parse_block(text))
        except PasteRefused as exc:
            self.status.error(self.tr("Không dán gì cả — {0}").format(exc))
            return
        self.editor.paste(targets)

    def clear_selection(self) -> None:
        cells = []
        for index in self.grid.table.selectionModel().selectedIndexes():
            column = index.data(COLUMN_ROLE)
            if index.column() >= FROZEN and column is not None and column.leaf is not None:
                cells.append((index.data(UNIT_CODE_ROLE), column.leaf.code))
        if cells:
            self.editor.clear(cells)


def _read_set_aside(read: Callable[[], ScoreSheet]) -> tuple[ScoreSheet, frozenset[int]]:
    """The sheet ``read`` gives, with its rows still missing a value (worked out in the loading
    job), read with the collector paused and set aside from it once read (see ``live.collector``)."""
    with collector_paused():
        sheet = read()
        loaded = sheet, incomplete_rows(sheet)
        set_aside_what_is_loaded()
        return loaded
