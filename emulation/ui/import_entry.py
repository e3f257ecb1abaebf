"""Every import goes through the assistant: the page's button picks the file, the assistant opens
on it with the right kind already chosen and shows its preview; nothing is written before "Nhập"."""

from __future__ import annotations

from collections.abc import Callable

from emulation.ui.context import ViewContext
from emulation.ui.import_assistant import FILE_FILTER, ImportAssistant, open_import_assistant
from emulation.ui.import_plans import ImportKind
from emulation.ui.labels import tr
from emulation.ui.qt import QtWidgets


def import_through_assistant(
    ctx: ViewContext,
    parent: QtWidgets.QWidget,
    kind: ImportKind,
    on_imported: Callable[[str], None] | None = None,
) -> ImportAssistant | None:
    """Ask for the file, then open the assistant on it, previewed; None when no file was chosen."""
    path = ctx.files.open_file(parent, tr("Chọn tệp cần nhập"), FILE_FILTER)
    if path is None:
        return None
    dialog = open_import_assistant(ctx, parent, on_imported)
    dialog.set_path(path)
    dialog.options.set_kind(kind)
    dialog.start_preview()
    return dialog
