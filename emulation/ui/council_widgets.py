"""Small helpers the council page's panels share: rows of widgets, enabling, running work off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emulation.ui.context import ViewContext
from emulation.ui.errors import show_error
from emulation.ui.qt import QtWidgets


def row_of(*widgets: QtWidgets.QWidget) -> QtWidgets.QHBoxLayout:
    row = QtWidgets.QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row


def enable(widgets: tuple[QtWidgets.QWidget, ...], on: bool) -> None:
    for widget in widgets:
        widget.setEnabled(on)


def run_shown(ctx: ViewContext, owner: QtWidgets.QWidget, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
    """Run ``work`` off the GUI thread; ``done`` with its result, or the fault shown in a message box."""

    def failed(exc: BaseException) -> None:
        show_error(owner, exc)

    ctx.operation(owner, lambda _progress: work()).success(done).failure(failed).run_in_background()
