"""Showing what went wrong: the faults of a user's input, or an unexpected error with details.

Every box here is opened without blocking (``open()``), deletes itself when closed, and is a
child of the window it concerns, so tests can find it and nothing blocks the event loop.
"""

from __future__ import annotations

import html
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from emulation.i18n import render
from emulation.scoring.problems import Problem, ProblemsError
from emulation.services.errors import PeriodLocked
from emulation.ui.labels import tr
from emulation.ui.qt import QtCore, QtWidgets

MAX_SHOWN = 12


def message_box(
    parent: QtWidgets.QWidget | None,
    icon: QtWidgets.QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    details: str = "",
) -> QtWidgets.QMessageBox:
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.addButton(tr("Đóng"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def problems_html(problems: Sequence[Problem]) -> str:
    items = "".join(f"<li>{html.escape(render(p))}</li>" for p in problems[:MAX_SHOWN])
    more = len(problems) - MAX_SHOWN
    tail = "<p>" + tr("… và {count} lỗi khác.").format(count=more) + "</p>" if more > 0 else ""
    return f"<ul>{items}</ul>{tail}"


def show_problems(parent: QtWidgets.QWidget | None, exc: ProblemsError) -> QtWidgets.QMessageBox:
    """The faults of an input, as a list; nothing was written."""
    if isinstance(exc, PeriodLocked):
        title, text = tr("Kỳ chấm điểm đã khóa"), tr("Kỳ này đã khóa nên không sửa được. Hãy mở khóa trước.")
    else:
        title, text = tr("Dữ liệu chưa đúng"), tr("Không thực hiện được; chưa có gì được ghi. Cần sửa:")
    details = "\n".join(render(p) for p in exc.problems)
    return message_box(parent, QtWidgets.QMessageBox.Icon.Warning, title, text, problems_html(exc.problems), details)


def show_unexpected(parent: QtWidgets.QWidget | None, exc: BaseException) -> QtWidgets.QMessageBox:
    """An error nobody planned for: a short message, the traceback behind "Show Details"."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    short = f"{type(exc).__name__}: {exc}"
    return message_box(
        parent,
        QtWidgets.QMessageBox.Icon.Critical,
        tr("Lỗi không mong muốn"),
        tr("Đã xảy ra lỗi. Dữ liệu đã lưu trước đó không bị ảnh hưởng."),
        html.escape(short[:300]),
        details,
    )


def show_error(parent: QtWidgets.QWidget | None, exc: BaseException) -> QtWidgets.QMessageBox:
    if isinstance(exc, ProblemsError):
        return show_problems(parent, exc)
    from emulation.store.errors import StoreError  # loaded with the database in any case

    if isinstance(exc, StoreError):
        return message_box(
            parent,
            QtWidgets.QMessageBox.Icon.Warning,
            tr("Không mở được cơ sở dữ liệu"),
            html.escape(render(exc.problem)),
        )
    return show_unexpected(parent, exc)


class ExceptionHook:
    """``sys.excepthook`` for the application: a dialog instead of a crash."""

    def __init__(self, parent_of: QtWidgets.QApplication) -> None:
        self._app = parent_of
        self._previous = sys.excepthook
        self._open: list[QtWidgets.QMessageBox] = []

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._app.quit()
            return
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        box = show_error(self._app.activeWindow(), exc.with_traceback(tb))
        self._open.append(box)  # a box without a parent window lives as long as it is referenced
        box.finished.connect(lambda _result: self._open.remove(box))

    @property
    def shown(self) -> QtWidgets.QMessageBox | None:
        """The last box still open."""
        return self._open[-1] if self._open else None
