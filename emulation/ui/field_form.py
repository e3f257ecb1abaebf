"""A form whose faults are shown beside the field they concern."""

from __future__ import annotations

from collections.abc import Sequence

from emulation.i18n import render, say
from emulation.scoring.problems import Problem
from emulation.ui.qt import QtWidgets

ERROR_STYLE = "color: #b00020"


def error_label() -> QtWidgets.QLabel:
    label = QtWidgets.QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldForm(QtWidgets.QWidget):
    """Rows of label and field; a fault whose ``where`` names a field's key appears under it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QtWidgets.QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._errors: dict[str, QtWidgets.QLabel] = {}
        self.general = error_label()
        self._layout.addRow(self.general)

    def add_field(self, key: str, label: str, widget: QtWidgets.QWidget, *, aliases: tuple[str, ...] = ()) -> None:
        error = error_label()
        cell = QtWidgets.QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(widget)
        cell.addWidget(error)
        self._layout.addRow(label, cell)
        for name in (key, *aliases):
            self._errors[name] = error

    def add_row(self, label: str, widget: QtWidgets.QWidget | QtWidgets.QLayout) -> None:
        self._layout.addRow(label, widget)

    def clear_problems(self) -> None:
        for label in (self.general, *set(self._errors.values())):
            label.clear()
            label.hide()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.clear_problems()
        for problem in problems:
            label = self._errors.get(problem.where)
            text = say(problem.code, **problem.params) if label is not None else render(problem)
            label = label or self.general
            label.setText("\n".join(filter(None, [label.text(), text])))
            label.show()

    def error_text(self, key: str | None = None) -> str:
        label = self.general if key is None else self._errors[key]
        return label.text() if not label.isHidden() else ""
