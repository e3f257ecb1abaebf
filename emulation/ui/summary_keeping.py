"""Keeping the overview's summary made with a result a page has just shown, behind it."""

from __future__ import annotations

from emulation.services.results_summarised import keep
from emulation.services.summary_store import Summarised
from emulation.ui.context import ViewContext
from emulation.ui.qt import QtWidgets


def keep_behind(ctx: ViewContext, parent: QtWidgets.QWidget, period: str, made: Summarised | None) -> None:
    """Keep ``made`` in the background once the result is shown (a busy database only leaves it unkept)."""
    if made is not None:
        ws = ctx.workspace
        ctx.operation(parent, lambda _progress: keep(ws, period, made)).run_in_background()
