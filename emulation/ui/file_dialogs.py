"""Asking for a file name: one collaborator, so tests can answer instead of a person."""

from __future__ import annotations

from pathlib import Path

from emulation.ui.qt import QtWidgets


class FileDialogs:
    """The standard file dialogs; returns ``None`` when the person cancels.

    Qt's static functions open the platform's own dialog where there is one (Windows, macOS, a
    GNOME or portal desktop on Linux), in the system's language; elsewhere Qt draws its own,
    whose words come from ``resources/translations/qt_vi.ts``. Never ask for
    ``DontUseNativeDialog`` here."""

    def open_file(self, parent: QtWidgets.QWidget, caption: str, filters: str) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(parent, caption, "", filters)
        return Path(name) if name else None

    def save_file(self, parent: QtWidgets.QWidget, caption: str, filters: str, suggested: str = "") -> Path | None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        return Path(name) if name else None


class AnsweringFileDialogs(FileDialogs):
    """Gives prepared answers in order (tests and scripted screenshots)."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def open_file(self, parent: QtWidgets.QWidget, caption: str, filters: str) -> Path | None:
        self.asked.append(caption)
        return self.answers.pop(0) if self.answers else None

    def save_file(self, parent: QtWidgets.QWidget, caption: str, filters: str, suggested: str = "") -> Path | None:
        self.asked.append(caption)
        return self.answers.pop(0) if self.answers else None
