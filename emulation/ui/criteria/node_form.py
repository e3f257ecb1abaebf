"""The selected criterion's parameters, the fields shown depending on its kind."""

from __future__ import annotations

from emulation.i18n import sentence
from emulation.scoring.criteria import Kind
from emulation.scoring.problems import Problem
from emulation.text import format_decimal
from emulation.ui.criteria.draft import KIND_KEYS, Node, children_sum, kind_of, number
from emulation.ui.criteria.labels import field_labels, kind_labels
from emulation.ui.criteria.rows_table import ColumnSpec, RowsTable
from emulation.ui.field_form import FieldForm
from emulation.ui.qt import QtWidgets, Signal

ALWAYS = ("code", "title", "kind", "guidance", "note")


class NodeForm(FieldForm):
    edited = Signal(str, object)  #: (key, value) typed or chosen by the user

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        labels = field_labels()
        self.fields: dict[str, QtWidgets.QLineEdit] = {}
        self.kind = QtWidgets.QComboBox(self)
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.guidance = QtWidgets.QPlainTextEdit(self)
        self.guidance.setFixedHeight(self.fontMetrics().height() * 4)
        self.levels = RowsTable([ColumnSpec("label", self.tr("Mức")), ColumnSpec("points", self.tr("Điểm"))], self)
        self.bands = RowsTable([ColumnSpec("min", self.tr("Từ (≥)")), ColumnSpec("points", self.tr("Điểm"))], self)
        special: dict[str, QtWidgets.QWidget] = {"kind": self.kind, "levels": self.levels, "bands": self.bands}
        for key in ("code", "title", "kind", "max", "step", "target", "per_item", "unit", "levels", "bands"):
            self.add_field(key, labels[key], special.get(key) or self._line(key))
        self.add_field("guidance", labels["guidance"], self.guidance)
        self.add_field("note", labels["note"], self._line("note"))
        self.children_sum = QtWidgets.QLabel(self)
        self.add_field("children", labels["children"], self.children_sum)
        self._node: Node = {}
        self.kind.activated.connect(lambda _: self.edited.emit("kind", self.kind.currentData()))
        self.guidance.textChanged.connect(lambda: self._typed("guidance", self.guidance.toPlainText()))
        self.levels.edited.connect(lambda rows: self.edited.emit("levels", rows))
        self.bands.edited.connect(lambda rows: self.edited.emit("bands", rows))

    def _line(self, key: str) -> QtWidgets.QLineEdit:
        line = QtWidgets.QLineEdit(self)
        line.setObjectName(key)
        line.textEdited.connect(lambda text, key=key: self.edited.emit(key, text))
        self.fields[key] = line
        return line

    def _typed(self, key: str, text: str) -> None:
        if self._node.get(key, "") != text:
            self.edited.emit(key, text)

    def show_node(self, node: Node | None, read_only: bool) -> None:
        """Fill the form from ``node`` without announcing anything; keep a field being typed in as is."""
        self._node = node or {}
        self.setEnabled(node is not None)
        kind = kind_of(self._node)
        for key, line in self.fields.items():
            text = str(self._node.get(key, ""))
            if line.text() != text:
                line.setText(text)
            line.setReadOnly(read_only)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.kind.setEnabled(not read_only)
        if self.guidance.toPlainText() != self._node.get("guidance", ""):
            blocked = self.guidance.blockSignals(True)
            self.guidance.setPlainText(str(self._node.get("guidance", "")))
            self.guidance.blockSignals(blocked)
        self.guidance.setReadOnly(read_only)
        self.levels.set_rows(self._node.get("levels", []))
        self.bands.set_rows(self._node.get("bands", []))
        self.levels.set_read_only(read_only)
        self.bands.set_read_only(read_only)
        self._show_fields(kind)
        self.children_sum.setText(self._sum_text(self._node) if kind is Kind.GROUP else "")

    def _sum_text(self, node: Node) -> str:
        total, own = children_sum(node), number(node.get("max"))
        if total is None:
            return self.tr("có tiêu chí con chưa ghi điểm tối đa")
        text = self.tr("{0} tiêu chí, cộng lại {1} điểm").format(len(node.get("children", [])), format_decimal(total))
        if own is not None:
            text += self.tr(" — nhóm tối đa {0} điểm").format(format_decimal(own))
        return text

    def _show_fields(self, kind: Kind) -> None:
        wanted = set(ALWAYS) | set(KIND_KEYS[kind])
        for key in ("max", "step", "target", "per_item", "unit", "levels", "bands", "children"):
            self.set_field_visible(key, key in wanted or (key == "children" and kind is Kind.GROUP))

    def set_field_visible(self, key: str, visible: bool) -> None:
        error = self._errors[key]
        layout = self._layout
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QtWidgets.QFormLayout.ItemRole.FieldRole)
            cell = item.layout() if item is not None else None
            if cell is not None and cell.indexOf(error) >= 0:
                layout.setRowVisible(row, visible)
                return

    def show_node_problems(self, faults: list[Problem], rows: dict[str, dict[tuple[int, str], str]]) -> None:
        """``faults``: this node's, placed at its fields; ``rows``: faults inside its levels or bands."""
        self.show_problems([p for p in faults if p.where not in ("levels", "bands")])
        for key, table in (("levels", self.levels), ("bands", self.bands)):
            general = [sentence(p) for p in faults if p.where == key]
            table.set_problems(rows.get(key, {}), general)
