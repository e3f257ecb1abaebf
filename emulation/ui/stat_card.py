"""A large number with its caption, for the overview."""

from __future__ import annotations

from emulation.ui.qt import Qt, QtWidgets


class StatCard(QtWidgets.QFrame):
    def __init__(self, caption: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.value = QtWidgets.QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QtWidgets.QLabel(caption)
        layout = QtWidgets.QVBoxLayout(self)
        for label in (self.value, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)

    def set_value(self, value: int | str) -> None:
        self.value.setText(str(value))
