"""A page whose view is not available in this build."""

from __future__ import annotations

from emulation.ui.qt import Qt, QtWidgets


class PlaceholderView(QtWidgets.QWidget):
    def __init__(self, title: str, text: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QtWidgets.QLabel(f"<h2>{title}</h2>")
        body = QtWidgets.QLabel(text)
        body.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        """Nothing to show, nothing to reload."""
