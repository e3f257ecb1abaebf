"""The criteria set being edited: every change is an undoable step, then checked at once.

Forms and the tree ask for changes here; after each one the draft is read as an interchange
document by ``parse_criteria`` and its faults are announced, each with its JSON path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emulation.i18n import say
from emulation.i18n.fields import set_field_name
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.problems import Problem
from emulation.ui.criteria.commands import DraftCommand
from emulation.ui.criteria.draft import Doc, Draft, Path
from emulation.ui.qt import QtCore, QtGui, Signal

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


class DraftEditor(QtCore.QObject):
    reset = Signal()  #: a whole new draft, or one restored by undo: redraw everything
    tree_changed = Signal(object)  #: the tree's shape changed; the path to select (or None)
    fields_changed = Signal()  #: values changed, not the shape
    checked = Signal(list)  #: the faults of the draft as it is now (``Problem`` list)

    def __init__(self, stack: QtGui.QUndoStack, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self.draft = Draft.blank("")
        self.read_only = False
        self.dirty = False
        self.selected: Path | None = None
        self.problems: list[Problem] = []
        self.criteria: CriteriaSet | None = None

    def load(self, draft: Draft, read_only: bool) -> None:
        self._stack.clear()
        self.draft, self.read_only, self.dirty = draft, read_only, False
        self.selected = (0,) if draft.roots() else None
        self.reset.emit()
        self._check()

    def restore(self, doc: Doc, selected: Path | None) -> None:
        self.draft = Draft(Draft(doc).copy().doc)
        self.selected = selected
        self.dirty = True
        self.reset.emit()
        self._check()

    def saved(self) -> None:
        self.dirty = False
        self._stack.setClean()

    # --- changes ----------------------------------------------------------------------------

    def set_field(self, key: str, value: Any) -> None:
        """A field of the set itself (name, max_total, grades…)."""
        if self.draft.doc.get(key) == value or (value in ("", None, []) and key not in self.draft.doc):
            return

        def change(d: Draft) -> None:
            if value in ("", None, []) and key not in ("grades", "vetoes", "quotas", "awards"):
                d.doc.pop(key, None)
            else:
                d.doc[key] = value

        self._apply(say("undo.edit_field", field=set_field_name(key)), change, merge_key=f"set:{key}")

    def set_node_field(self, path: Path, key: str, value: Any) -> None:
        if self.draft.node(path).get(key) == value:
            return
        structural = key == "kind"
        self._apply(
            say("undo.edit_criterion", code=self.draft.full_code(path)),
            lambda d: d.set_field(path, key, value),
            merge_key=None if structural else f"node:{path}:{key}",
            select=path if structural else None,
        )

    def add(self, group: bool) -> None:
        """A new group (after the current top-level node) or criterion (in the current group, or after it)."""
        from emulation.scoring.criteria import Kind
        from emulation.ui.criteria.draft import kind_of

        current = self.selected
        if group:
            parent, after = (current[:-1] if current else None), current
        elif current and kind_of(self.draft.node(current)) is Kind.GROUP:
            parent, after = current, None
        else:
            parent, after = (current[:-1] if current else None), current
        siblings = self.draft.children(parent or ())
        code = _next_code(siblings, roman=group and not parent)
        node: dict[str, Any] = {
            "code": code,
            "title": self.tr("Nhóm tiêu chí mới") if group else self.tr("Tiêu chí mới"),
        }
        if group:
            node["children"] = []
        else:
            node.update(kind="points", max="10")
        label = say("undo.add_group") if group else say("undo.add_criterion")
        self._apply(label, lambda d: self._select(d.add(parent or None, after, node)), structural=True)

    def remove(self) -> None:
        path = self.selected
        if path is None:
            return
        code = self.draft.full_code(path)

        def change(d: Draft) -> None:
            d.remove(path)
            siblings = d.children(path[:-1])
            self.selected = (*path[:-1], min(path[-1], len(siblings) - 1)) if siblings else (path[:-1] or None)

        self._apply(say("undo.delete_criterion", code=code), change, structural=True)

    def indent(self) -> None:
        self._reshape(say("undo.indent"), Draft.indent)

    def outdent(self) -> None:
        self._reshape(say("undo.outdent"), Draft.outdent)

    def move(self, step: int) -> None:
        self._reshape(say("undo.move_up") if step < 0 else say("undo.move_down"), lambda d, p: d.move(p, step))

    def _reshape(self, label: str, op: Callable[[Draft, Path], Path]) -> None:
        path = self.selected
        if path is not None:
            self._apply(label, lambda d: self._select(op(d, path)), structural=True)

    def _select(self, path: Path) -> None:
        self.selected = path

    def _apply(
        self,
        label: str,
        change: Callable[[Draft], None],
        *,
        merge_key: str | None = None,
        structural: bool = False,
        select: Path | None = None,
    ) -> None:
        if self.read_only:
            return
        before = (self.draft.copy().doc, self.selected)
        change(self.draft)
        after = (self.draft.copy().doc, self.selected)
        self.dirty = True
        self._stack.push(DraftCommand(self, before, after, label, merge_key))
        if structural or select is not None:
            self.tree_changed.emit(self.selected)
        else:
            self.fields_changed.emit()
        self._check()

    def _check(self) -> None:
        self.criteria, self.problems = self.draft.check()
        self.checked.emit(self.problems)


def _next_code(siblings: list[dict[str, Any]], roman: bool) -> str:
    used = {str(s.get("code", "")) for s in siblings}
    candidates = ROMAN if roman else tuple(str(i) for i in range(1, 200))
    return next((c for c in candidates[len(siblings) :] if c not in used), next(c for c in candidates if c not in used))
