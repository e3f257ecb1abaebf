"""The banner above the grid (why it cannot be edited) and the line below it (what just happened)."""

from __future__ import annotations

from emulation.ui.qt import Qt, QtWidgets

BANNER_STYLE = "QLabel { background: #fdecea; color: #7a1a12; border: 1px solid #f3b8b0; padding: 6px; }"
ERROR_STYLE = "QLabel { color: #a61b1b; }"
SAVED_STYLE = "QLabel { color: #2f6b2f; }"


class Banner(QtWidgets.QLabel):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class StatusLine(QtWidgets.QWidget):
    """A message on the left (a refusal in red, a save in green) and counts on the right."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QtWidgets.QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QtWidgets.QLabel(self)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.counts)

    def error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def info(self, text: str) -> None:
        self.message.setStyleSheet(SAVED_STYLE)
        self.message.setText(text)

    def set_counts(self, text: str) -> None:
        self.counts.setText(text)
