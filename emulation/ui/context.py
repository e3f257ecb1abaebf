"""What every view is built with: the open workspace and its collaborators (no global lookups)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from emulation.services.workspace import Workspace
from emulation.ui.current_period import CurrentPeriod
from emulation.ui.file_dialogs import FileDialogs
from emulation.ui.qt import QtWidgets
from emulation.ui.workers import Operation, PoolRunner, Progress, Runner


@dataclass
class ViewContext:
    workspace: Workspace
    runner: Runner = field(default_factory=PoolRunner)
    files: FileDialogs = field(default_factory=FileDialogs)
    current: CurrentPeriod = field(default_factory=CurrentPeriod)  #: the period every page shows

    def operation(self, parent: QtWidgets.QWidget, op: Callable[[Progress], Any]) -> Operation:
        """An operation on this workspace, run by this context's runner."""
        return Operation(parent, op, runner=self.runner)

    def with_workspace(self, workspace: Workspace) -> ViewContext:
        return ViewContext(workspace, self.runner, self.files)
