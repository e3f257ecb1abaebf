"""The lower half of the import assistant: what the import would do, or every fault of the file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from emulation.i18n import sentence
from emulation.scoring.criteria import Leaf
from emulation.scoring.problems import Problem
from emulation.services.cell_peek import CellView
from emulation.services.import_preview import ImportPreview
from emulation.ui.import_models import ChangesModel, FaultsModel, LeavesModel, UnitLinesModel
from emulation.ui.import_plans import CriteriaOutline, UnitsOutline
from emulation.ui.labels import points, tr
from emulation.ui.qt import Qt, QtCore, QtWidgets, Signal, Slot
from emulation.ui.tables import fit_columns, read_only_table


def _value_label() -> QtWidgets.QLabel:
    label = QtWidgets.QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class CriteriaPage(QtWidgets.QWidget):
    """A criteria set read from a file: its size, its grades, and its scored leaves."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.max_total, self.leaf_count = _value_label(), _value_label(), _value_label()
        self.grades, self.vetoes, self.revision = _value_label(), _value_label(), _value_label()
        self.model = LeavesModel(self)
        self.table = read_only_table(self.model, stretch_last=False)
        self.table.horizontalHeader().setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)
        form = QtWidgets.QFormLayout()
        form.addRow(tr("Tên bộ tiêu chí:"), self.name)
        form.addRow(tr("Điểm tối đa:"), self.max_total)
        form.addRow(tr("Tiêu chí chấm điểm:"), self.leaf_count)
        form.addRow(tr("Xếp loại:"), self.grades)
        form.addRow(tr("Điều kiện khống chế:"), self.vetoes)
        form.addRow(tr("Khi nhập:"), self.revision)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)

    def show_outline(self, outline: CriteriaOutline) -> None:
        self.name.setText(outline.name)
        self.max_total.setText(
            tr("{max} điểm, cộng tối đa {bonus} điểm thưởng").format(
                max=points(outline.max_total), bonus=points(outline.bonus_cap)
            )
        )
        self.leaf_count.setText(str(len(outline.leaves)))
        grades = " · ".join(f"{g.name} ≥ {points(g.min)}" for g in outline.grades)
        self.grades.setText(grades or tr("(không có)"))
        self.vetoes.setText(str(outline.vetoes))
        if outline.revision == 0:
            self.revision.setText(tr("Bộ tiêu chí này đã có, giống hệt: nhập lại không thay đổi gì."))
        elif outline.revision == 1:
            self.revision.setText(tr("Lưu thành bộ tiêu chí mới."))
        else:
            self.revision.setText(
                tr("Lưu thành bản sửa đổi số {n} (các kỳ đã tạo vẫn giữ bản cũ).").format(n=outline.revision)
            )
        self.model.set_rows(outline.leaves)
        fit_columns(self.table, limit=520)


class FaultsPage(QtWidgets.QWidget):
    """Every fault; the one selected shows its sheet, its cell and what the cell holds."""

    selected = Signal(object)  # the Problem chosen, for its cell to be looked up

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FaultsModel(self)
        self.table = read_only_table(self.model, stretch_last=True)
        self.sheet, self.cell, self.value, self.message = (_value_label() for _ in range(4))
        box = QtWidgets.QGroupBox(tr("Lỗi đang chọn"))
        form = QtWidgets.QFormLayout(box)
        form.addRow(tr("Trang tính:"), self.sheet)
        form.addRow(tr("Ô:"), self.cell)
        form.addRow(tr("Giá trị trong ô:"), self.value)
        form.addRow(tr("Lỗi:"), self.message)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        selection = self.table.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(self._current_changed)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.model.set_rows(problems)
        fit_columns(self.table, limit=320)
        self._clear()
        if problems:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def current(self) -> Problem | None:
        return self.model.row_at(self.table.currentIndex())

    def select(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))

    def show_cell(self, problem: Problem, view: CellView | None) -> None:
        """What ``problem``'s cell holds (ignored when another fault was chosen meanwhile)."""
        if problem != self.current():
            return
        if view is None:
            self.sheet.setText("—")
            self.cell.setText("—")
            self.value.setText(tr("Lỗi này không chỉ vào một ô của tệp."))
            return
        self.sheet.setText(view.sheet or tr("(tệp CSV, không có trang tính)"))
        self.cell.setText(view.coordinate)
        self.value.setText(f"“{view.value}”" if view.value is not None else tr("(ô trống)"))

    def _clear(self) -> None:
        for label in (self.sheet, self.cell, self.value, self.message):
            label.clear()

    @Slot(QtCore.QModelIndex, QtCore.QModelIndex)
    def _current_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        problem = self.model.row_at(current)
        self._clear()
        if problem is None:
            return
        self.message.setText(sentence(problem))
        self.value.setText(tr("Đang đọc ô…"))
        self.selected.emit(problem)


class PreviewPanel(QtWidgets.QStackedWidget):
    """One page at a time: the hint before a preview, the changes, the criteria, the units, the faults."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QtWidgets.QLabel(
            tr(
                "Chọn tệp, cho biết nội dung của tệp rồi bấm “Xem trước”.\n"
                "Chưa có gì được ghi vào dữ liệu cho đến khi bấm “Nhập”."
            )
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)
        self.changes = ChangesModel(self)
        self.changes_table = read_only_table(self.changes, stretch_last=True)
        self.criteria = CriteriaPage()
        self.units = UnitLinesModel(self)
        self.units_table = read_only_table(self.units, stretch_last=True)
        self.faults = FaultsPage()
        for page in (self.hint, self.changes_table, self.criteria, self.units_table, self.faults):
            self.addWidget(page)

    def show_hint(self) -> None:
        self.setCurrentWidget(self.hint)

    def show_scores(self, preview: ImportPreview, leaves: Mapping[str, Leaf]) -> None:
        self.changes.set_changes(preview.changes, leaves)
        fit_columns(self.changes_table)
        self.setCurrentWidget(self.changes_table)

    def show_criteria(self, outline: CriteriaOutline) -> None:
        self.criteria.show_outline(outline)
        self.setCurrentWidget(self.criteria)

    def show_units(self, outline: UnitsOutline) -> None:
        self.units.set_rows(outline.lines)
        fit_columns(self.units_table)
        self.setCurrentWidget(self.units_table)

    def show_faults(self, problems: Sequence[Problem]) -> None:
        self.setCurrentWidget(self.faults)
        self.faults.show_problems(problems)
