"""The set's own fields: name, version, unit kind, movement, totals, aggregation, tie-breakers."""

from __future__ import annotations

from emulation.scoring.criteria import Aggregation
from emulation.scoring.problems import Problem
from emulation.ui.criteria.draft import Doc
from emulation.ui.criteria.labels import aggregation_labels, field_labels
from emulation.ui.field_form import FieldForm
from emulation.ui.qt import QtWidgets, Signal

LINE_KEYS = ("name", "version", "unit_kind", "movement", "max_total", "bonus_cap")


class SetForm(FieldForm):
    edited = Signal(str, object)  #: (key, value)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        labels = field_labels()
        self.fields: dict[str, QtWidgets.QLineEdit] = {}
        for key in LINE_KEYS:
            line = QtWidgets.QLineEdit(self)
            line.setObjectName(key)
            line.textEdited.connect(lambda text, key=key: self.edited.emit(key, text))
            self.fields[key] = line
            self.add_field(key, labels[key], line)
        self.fields["bonus_cap"].setPlaceholderText(self.tr("mặc định: tổng điểm thưởng tối đa"))
        self.aggregation = QtWidgets.QComboBox(self)
        for value, label in aggregation_labels().items():
            self.aggregation.addItem(label, value.value)
        self.add_field("aggregation", labels["aggregation"], self.aggregation)
        self.use_self = QtWidgets.QCheckBox(labels["use_self_when_missing"], self)
        self.add_field("use_self_when_missing", "", self.use_self)
        self.tie_breakers = QtWidgets.QLineEdit(self)
        self.tie_breakers.setPlaceholderText(self.tr("mã tiêu chí, cách nhau bởi dấu phẩy; penalty = ít điểm trừ hơn"))
        self.add_field("tie_breakers", labels["tie_breakers"], self.tie_breakers)
        self.aggregation.activated.connect(lambda _: self.edited.emit("aggregation", self.aggregation.currentData()))
        self.use_self.clicked.connect(lambda on: self.edited.emit("use_self_when_missing", bool(on)))
        self.tie_breakers.textEdited.connect(lambda text: self.edited.emit("tie_breakers", split_codes(text)))

    def show_set(self, doc: Doc, read_only: bool) -> None:
        for key, line in self.fields.items():
            text = str(doc.get(key, ""))
            if line.text() != text:
                line.setText(text)
            line.setReadOnly(read_only)
        value = doc.get("aggregation", Aggregation.MEAN.value)
        self.aggregation.setCurrentIndex(max(self.aggregation.findData(value), 0))
        self.use_self.setChecked(bool(doc.get("use_self_when_missing", False)))
        codes = list(doc.get("tie_breakers", []))
        if split_codes(self.tie_breakers.text()) != codes:
            self.tie_breakers.setText(", ".join(str(c) for c in codes))
        for widget in (self.aggregation, self.use_self):
            widget.setEnabled(not read_only)
        self.tie_breakers.setReadOnly(read_only)

    def field_name(self, key: str) -> str:
        """A fault on the whole set's list (``criteria``, ``grades``…) is named in words."""
        return field_labels().get(key, key)

    def show_set_problems(self, faults: list[Problem]) -> None:
        self.show_problems(faults)


def split_codes(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]
