"""Undo in the criteria editor: each step keeps the whole draft before and after (a memento)."""

from __future__ import annotations

from typing import Protocol

from emulation.ui.criteria.draft import Doc, Path
from emulation.ui.qt import QtGui


class Restorer(Protocol):
    def restore(self, doc: Doc, selected: Path | None) -> None: ...


class DraftCommand(QtGui.QUndoCommand):
    """Typing in one field makes one step: consecutive edits of the same field merge."""

    def __init__(
        self,
        editor: Restorer,
        before: tuple[Doc, Path | None],
        after: tuple[Doc, Path | None],
        label: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(label)
        self._editor = editor
        self._before, self._after = before, after
        self._merge_key = merge_key
        self._applied = True

    def id(self) -> int:
        return 1 if self._merge_key else -1

    def mergeWith(self, other: QtGui.QUndoCommand) -> bool:
        if not isinstance(other, DraftCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._editor.restore(*self._after)

    def undo(self) -> None:
        self._editor.restore(*self._before)
