"""Undo and redo of saved edits: each command remembers what a cell held before and after.

A command is pushed after its change was saved, so its first ``redo`` does nothing; later
ones write through the services again. When such a write is refused (the period was locked
meanwhile) the command makes itself obsolete and the stack drops it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from emulation.scoring.entries import RawValue
from emulation.ui.qt import QtGui


@dataclass(frozen=True, slots=True)
class Change:
    unit_code: str
    leaf_code: str
    old: RawValue | None
    new: RawValue | None


class Writer(Protocol):
    def write(self, values: Sequence[tuple[str, str, RawValue | None]]) -> bool: ...
    def write_veto(self, unit_code: str, veto_code: str, on: bool) -> bool: ...


class CellsCommand(QtGui.QUndoCommand):
    def __init__(self, writer: Writer, changes: Sequence[Change], label: str) -> None:
        super().__init__(label)
        self._writer = writer
        self._changes = tuple(changes)
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        if not self._writer.write([(c.unit_code, c.leaf_code, c.new) for c in self._changes]):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._writer.write([(c.unit_code, c.leaf_code, c.old) for c in self._changes]):
            self.setObsolete(True)


class VetoCommand(QtGui.QUndoCommand):
    def __init__(self, writer: Writer, unit_code: str, veto_code: str, on: bool, label: str) -> None:
        super().__init__(label)
        self._writer = writer
        self._unit, self._veto, self._on = unit_code, veto_code, on
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        if not self._writer.write_veto(self._unit, self._veto, self._on):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._writer.write_veto(self._unit, self._veto, not self._on):
            self.setObsolete(True)
