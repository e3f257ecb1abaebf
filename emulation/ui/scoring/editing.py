"""Saving what is typed, toggled, pasted or cleared in the grid, one undoable step at a time.

Every accepted change is written at once through the services (``set_scores``, ``set_veto``),
then shown; a value that cannot be entered is refused with its reason and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from emulation.i18n import render, render_all, say
from emulation.scoring.entries import RawValue, encode_raw, read_entry
from emulation.scoring.numbers import ONE, ZERO
from emulation.scoring.problems import placed
from emulation.services.errors import InputError, PeriodLocked
from emulation.services.scores import EditConflict, NewValue, Seen, set_scores
from emulation.services.vetoes import set_veto
from emulation.services.workspace import Workspace
from emulation.ui.qt import QtCore, QtGui, Signal
from emulation.ui.scoring.columns import Column
from emulation.ui.scoring.commands import CellsCommand, Change, VetoCommand
from emulation.ui.scoring.model import ScoreModel

MAX_LISTED = 5


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

    def __init__(self, workspace: Workspace, stack: QtGui.QUndoStack, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._stack = stack
        self._model: ScoreModel | None = None
        self._read_only: str | None = None

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
        return self.commit(changes, say("undo.paste", cells=len(targets)))

    def clear(self, cells: Sequence[tuple[str, str]]) -> bool:
        model = self._writable([unit for unit, _ in cells])
        if model is None:
            return False
        for u, leaf in cells:
            model.clear_bad(u, leaf)  # clearing a refused value cancels it
        changes = [Change(u, leaf, model.value(u, leaf), None) for u, leaf in cells]
        return self.commit(changes, say("undo.clear", cells=len(cells)))

    def commit(self, changes: Sequence[Change], label: str) -> bool:
        """Save the changes that change something, as one undoable step."""
        changes = [c for c in changes if c.old != c.new]
        if not changes:
            return True
        if not self.write([(c.unit_code, c.leaf_code, c.new) for c in changes]):
            return False
        self._stack.push(CellsCommand(self, changes, label))
        return True

    # --- writing through the services -------------------------------------------------------

    def write(self, values: Sequence[tuple[str, str, RawValue | None]]) -> bool:
        model = self._model
        if model is None:
            return False
        sheet = model.sheet
        shown = [NewValue(u, lf, r, seen=Seen(_stored(model.value(u, lf)))) for u, lf, r in values]
        try:
            set_scores(self._ws, sheet.period, sheet.role, sheet.scorer, shown)
        except EditConflict as exc:  # someone else changed these cells: show what they hold now
            model.apply_values(exc.current)
            return self._refuse(exc)
        except InputError as exc:
            return self._refuse(exc)
        model.apply_values(values)
        self.saved.emit(self.tr("Đã lưu {0} ô").format(len(values)))
        return True

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
