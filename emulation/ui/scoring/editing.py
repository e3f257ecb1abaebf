"""Saving what is typed, toggled, pasted or cleared in the grid, one undoable step at a time.

Every accepted change is written at once through the services (``set_scores``, ``set_veto``),
then shown; a value that cannot be entered is refused with its reason and nothing is written.

A paste or a clearing of ``SAVED_APART_FROM`` cells or more is written by a thread of the
editor's runner: the grid is drawn, scrolled and selected meanwhile, and takes no other change
(nor undo or redo) until that one is saved or refused. Its undo and redo are written in place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from emulation.gc_pause import collector_paused
from emulation.i18n import render, render_all, say
from emulation.scoring.entries import RawValue, encode_raw, read_entry
from emulation.scoring.numbers import ONE, ZERO
from emulation.scoring.problems import placed
from emulation.services.errors import InputError, PeriodLocked
from emulation.services.scores import EditConflict, NewValue, Seen, set_scores
from emulation.services.vetoes import set_veto
from emulation.services.workspace import Workspace
from emulation.text import format_thousands
from emulation.ui.qt import QtCore, QtGui, Signal
from emulation.ui.scoring.columns import Column
from emulation.ui.scoring.commands import CellsCommand, Change, VetoCommand
from emulation.ui.scoring.loader import Runner
from emulation.ui.scoring.model import ScoreModel

MAX_LISTED = 5
#: a change of this many cells or more is saved by a thread (about 0,1 s of the GUI thread's
#: time and more: 3.000 cells held it 0,4–1,3 s, the commit included)
SAVED_APART_FROM = 100

Values = Sequence[tuple[str, str, RawValue | None]]


@dataclass(frozen=True, slots=True)
class Target:
    """A cell a paste writes to, with the text meant for it."""

    unit_code: str
    leaf_code: str
    text: str
    where: str


class SheetEditor(QtCore.QObject):
    refused = Signal(str)  #: why a change was not saved, for the user
    saved = Signal(str)  #: what was saved
    locked = Signal()  #: the services said the period is locked
    saving = Signal(str)  #: a large change is being saved by a thread (what to tell the user)
    saving_over = Signal()  #: that change is saved or refused; the grid takes changes again

    def __init__(
        self,
        workspace: Workspace,
        stack: QtGui.QUndoStack,
        parent: QtCore.QObject | None = None,
        *,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._stack = stack
        self._runner = runner
        self._model: ScoreModel | None = None
        self._read_only: str | None = None
        self._saving = False

    def is_saving(self) -> bool:
        """Whether a large change is being saved by a thread (no other change is taken meanwhile)."""
        return self._saving

    def refused_while_saving(self) -> bool:
        """Whether a change (an undo or redo too) must wait for a large one being saved; said if so."""
        if self._saving:
            self.refused.emit(self.tr("Các ô vừa dán hoặc xóa còn đang được lưu: xin chờ giây lát rồi thử lại."))
        return self._saving

    def bind(self, model: ScoreModel | None, read_only: str | None = None) -> None:
        """Edit ``model`` from now on; ``read_only`` says why it cannot be edited, if so."""
        self._stack.clear()
        self._model = model
        self._read_only = read_only
        if model is not None:
            model.set_editable(read_only is None)

    # --- what the user does -----------------------------------------------------------------

    def edit_cell(self, unit_code: str, leaf_code: str, value: object) -> bool:
        model = self._writable([unit_code])
        if model is None:
            return False
        leaf = model.sheet.criteria.leaf_by_code[leaf_code]
        raw, problem = read_entry(leaf.criterion, value)
        if problem:
            reason = render(placed(problem, self._where(unit_code, leaf_code)))
            model.mark_bad(unit_code, leaf_code, str(value), reason)
            self.refused.emit(reason)
            return False
        model.clear_bad(unit_code, leaf_code)
        change = Change(unit_code, leaf_code, model.value(unit_code, leaf_code), raw)
        return self.commit([change], say("undo.score", cell=self._where(unit_code, leaf_code)))

    def toggle(self, unit_code: str, column: Column) -> bool:
        model = self._writable([unit_code])
        if model is None:
            return False
        if column.veto is not None:
            return self.set_veto(unit_code, column.veto.code, not model.veto_holds(unit_code, column.veto.code))
        assert column.leaf is not None
        old = model.value(unit_code, column.leaf.code)
        change = Change(unit_code, column.leaf.code, old, ZERO if old == ONE else ONE)
        return self.commit([change], say("undo.score", cell=self._where(unit_code, column.leaf.code)))

    def set_veto(self, unit_code: str, veto_code: str, on: bool) -> bool:
        if self._writable() is None or not self.write_veto(unit_code, veto_code, on):
            return False
        params = {"veto": veto_code, "unit": self._name(unit_code)}
        label = say("undo.veto_set", **params) if on else say("undo.veto_cleared", **params)
        self._stack.push(VetoCommand(self, unit_code, veto_code, on, label))
        return True

    def paste(self, targets: Sequence[Target]) -> bool:
        """Check the whole block first; any bad cell refuses all of it."""
        model = self._writable([t.unit_code for t in targets])
        if model is None:
            return False
        changes, problems = [], []
        for t in targets:
            raw, problem = read_entry(model.sheet.criteria.leaf_by_code[t.leaf_code].criterion, t.text)
            if problem:
                problems.append(render(placed(problem, t.where)))
            else:
                changes.append(Change(t.unit_code, t.leaf_code, model.value(t.unit_code, t.leaf_code), raw))
        if problems:
            more = len(problems) - MAX_LISTED
            listed = "; ".join(problems[:MAX_LISTED]) + (self.tr(" (và {0} ô khác)").format(more) if more > 0 else "")
            self.refused.emit(self.tr("Không dán gì cả — {0}").format(listed))
            return False
        return self.commit(changes, say("undo.paste", cells=format_thousands(len(targets))))

    def clear(self, cells: Sequence[tuple[str, str]]) -> bool:
        model = self._writable([unit for unit, _ in cells])
        if model is None:
            return False
        for u, leaf in cells:
            model.clear_bad(u, leaf)  # clearing a refused value cancels it
        changes = [Change(u, leaf, model.value(u, leaf), None) for u, leaf in cells]
        return self.commit(changes, say("undo.clear", cells=format_thousands(len(cells))))

    def commit(self, changes: Sequence[Change], label: str) -> bool:
        """Save the changes that change something, as one undoable step."""
        changes = [c for c in changes if c.old != c.new]
        if not changes:
            return True
        values = [(c.unit_code, c.leaf_code, c.new) for c in changes]
        if self._runner is not None and self._model is not None and len(values) >= SAVED_APART_FROM:
            self._write_apart(self._model, values, CellsCommand(self, changes, label))
            return True
        if not self.write(values):
            return False
        self._stack.push(CellsCommand(self, changes, label))
        return True

    # --- writing through the services -------------------------------------------------------

    def write(self, values: Values) -> bool:
        model = self._model
        if model is None:
            return False
        try:
            self._saving_job(model, values)()
        except InputError as exc:
            return self._not_saved(model, exc)
        self._show_saved(model, values)
        return True

    def _saving_job(self, model: ScoreModel, values: Values) -> Callable[[], object]:
        """Writing ``values`` over what ``model`` shows (checked against it: no lost update); a
        refusal names each cell as the grid does (unit › criterion). The cycle collector is paused
        meanwhile, as for an import: the grid's longest page while a column of 3.000 units was
        saved by a thread was 0,035–0,052 s with it running, 0,037–0,040 s with it paused."""
        ws, sheet = self._ws, model.sheet
        shown = [NewValue(u, lf, r, self._where(u, lf), Seen(_stored(model.value(u, lf)))) for u, lf, r in values]

        def job() -> object:
            with collector_paused():
                return set_scores(ws, sheet.period, sheet.role, sheet.scorer, shown)

        return job

    def _show_saved(self, model: ScoreModel | None, values: Values) -> None:
        """Show the saved ``values`` on ``model`` (None: their sheet is no longer shown), and say so."""
        if model is not None:
            model.apply_values(values)
        self.saved.emit(self.tr("Đã lưu {0} ô").format(format_thousands(len(values))))

    def _not_saved(self, model: ScoreModel | None, exc: InputError) -> bool:
        if isinstance(exc, EditConflict) and model is not None:  # changed by someone else: shown as it is now
            model.apply_values(exc.current)
        return self._refuse(exc)

    def _write_apart(self, model: ScoreModel, values: Values, command: CellsCommand) -> None:
        """Save ``values`` by a thread; once saved, show them and make ``command`` undoable. When
        another sheet was opened meanwhile, the values are saved all the same and only said so;
        when the same sheet was opened again (read before the values were saved), it is shown them."""
        assert self._runner is not None
        job = self._saving_job(model, values)
        self._saving = True
        self.saving.emit(self.tr("Đang lưu {0} ô…").format(format_thousands(len(values))))

        def done(_scored: object) -> None:
            self._saving = False
            shown = self._showing(model)
            self._show_saved(shown, values)
            if shown is not None:
                self._stack.push(command)
            self.saving_over.emit()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.saving_over.emit()
            if not isinstance(exc, InputError):
                raise exc  # not the user's doing: the application's error dialog
            self._not_saved(self._showing(model), exc)

        self._runner.submit(job, done, failed)

    def _showing(self, model: ScoreModel) -> ScoreModel | None:
        """The model edited now, when it is ``model``'s sheet (the same model, or the same period,
        role and scorer read again); else None."""
        now = self._model
        if now is None or now is model:
            return now
        same = (now.sheet.period, now.sheet.role, now.sheet.scorer) == (
            model.sheet.period, model.sheet.role, model.sheet.scorer)
        return now if same else None

    def write_veto(self, unit_code: str, veto_code: str, on: bool) -> bool:
        model = self._model
        if model is None:
            return False
        try:
            set_veto(self._ws, model.sheet.period, unit_code, veto_code, on=on)
        except InputError as exc:
            return self._refuse(exc)
        model.apply_veto(unit_code, veto_code, on)
        self.saved.emit(self.tr("Đã lưu điều kiện khống chế {0}").format(veto_code))
        return True

    def _refuse(self, exc: InputError) -> bool:
        self.refused.emit("\n".join(render_all(exc.problems)))
        if isinstance(exc, PeriodLocked):
            self.locked.emit()
        return False

    def _writable(self, units: Sequence[str] = ()) -> ScoreModel | None:
        """The model, when its ``units``' values may be changed now; else None, said why."""
        if self._model is not None and self.refused_while_saving():
            return None
        if self._model is not None and self._read_only is not None:
            self.refused.emit(self._read_only)
            return None
        if self._model is not None and self._model.loading() and not all(map(self._model.row_read, units)):
            self.refused.emit(self.tr("Điểm của đơn vị này còn đang được đọc: xin chờ giây lát rồi nhập lại."))
            return None
        return self._model

    def _name(self, unit_code: str) -> str:
        assert self._model is not None
        return self._model.unit_at(self._model.row_of(unit_code)).name

    def _where(self, unit_code: str, leaf_code: str) -> str:
        return f"{self._name(unit_code)} › {leaf_code}"


def _stored(raw: RawValue | None) -> str | None:
    return encode_raw(raw) if raw is not None else None
