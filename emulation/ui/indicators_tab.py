"""Chỉ tiêu: each unit's targets for a year and what it achieved, with the verdict of each
(vượt / đạt / không đạt); a target is added or its achievement entered in the form below."""

from __future__ import annotations

from datetime import date

from emulation.scoring.indicators import Verdict
from emulation.scoring.problems import ProblemsError
from emulation.services.indicator_status import IndicatorLine, list_indicators, set_indicator, tallies
from emulation.services.units import list_units
from emulation.text import format_decimal
from emulation.ui.context import ViewContext
from emulation.ui.errors import show_error
from emulation.ui.field_form import FieldForm
from emulation.ui.labels import tr
from emulation.ui.qt import QtCore, QtWidgets, Signal, Slot
from emulation.ui.table_model import RIGHT, Column, RowsModel
from emulation.ui.tables import fit_columns, read_only_table


def verdict_label(verdict: Verdict | None) -> str:
    return {Verdict.EXCEEDED: tr("Vượt"), Verdict.MET: tr("Đạt"), Verdict.MISSED: tr("Không đạt"),
            None: tr("Chưa có kết quả")}[verdict]


class IndicatorsModel(RowsModel[IndicatorLine]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([
            Column(tr("Mã"), lambda i: i.unit_code),
            Column(tr("Đơn vị", "column"), lambda i: i.unit_name),
            Column(tr("Chỉ tiêu"), lambda i: i.name),
            Column(tr("Mục tiêu"), lambda i: format_decimal(i.target), RIGHT, sort_key=lambda i: i.target),
            Column(tr("Đạt được"), lambda i: "" if i.achieved is None else format_decimal(i.achieved), RIGHT,
                   sort_key=lambda i: i.achieved if i.achieved is not None else -1),
            Column(tr("Đánh giá"), lambda i: verdict_label(i.verdict)),
        ], parent)


class IndicatorsTab(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.year = QtWidgets.QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.model = IndicatorsModel(self)
        self.table = read_only_table(self.model, stretch_last=True)
        self.table.clicked.connect(self._chosen)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.unit = QtWidgets.QComboBox()
        self.unit.setEditable(True)  # type a name or a code to find the unit
        self.unit.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        completer = self.unit.completer()
        if completer is not None:
            completer.setFilterMode(QtCore.Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.PopupCompletion)
        self.name = QtWidgets.QLineEdit()
        self.target = QtWidgets.QLineEdit()
        self.achieved = QtWidgets.QLineEdit()
        self.achieved.setPlaceholderText(self.tr("để trống khi chưa có kết quả"))
        self.form = FieldForm()
        self.form.add_field("unit", self.tr("Đơn vị"), self.unit, aliases=("unit_code", "--unit"))
        self.form.add_field("name", self.tr("Chỉ tiêu"), self.name)
        self.form.add_field("target", self.tr("Mục tiêu"), self.target)
        self.form.add_field("achieved", self.tr("Đạt được"), self.achieved)
        self.save_button = QtWidgets.QPushButton(self.tr("Lưu chỉ tiêu"))
        self.save_button.clicked.connect(self.save)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(QtWidgets.QLabel(self.tr("Năm:")))
        top.addWidget(self.year)
        top.addStretch(1)
        entry = QtWidgets.QGroupBox(self.tr("Thêm chỉ tiêu, hoặc ghi kết quả (chọn một dòng để sửa)"))
        box = QtWidgets.QVBoxLayout(entry)
        box.addWidget(self.form)
        box.addWidget(self.save_button, 0, QtCore.Qt.AlignmentFlag.AlignRight)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(entry)

    @Slot()
    def refresh(self) -> None:
        ws = self._ctx.workspace
        self.model.set_rows(list_indicators(ws, self.year.value()))
        fit_columns(self.table)
        chosen = self.unit.currentData()
        self.unit.clear()
        for u in list_units(ws):
            self.unit.addItem(f"{u.code} — {u.name}", u.code)
        if chosen:
            self.unit.setCurrentIndex(max(self.unit.findData(chosen), 0))
        self._summarise()

    def _summarise(self) -> None:
        lines = self.model.rows
        counted = tallies(lines, self.year.value()).values()
        total = sum(t.total for t in counted)
        met = sum(t.met for t in counted)
        exceeded = sum(t.exceeded for t in counted)
        self.summary.setText(self.tr("{total} chỉ tiêu của {units} đơn vị: {met} đạt, trong đó {exceeded} vượt.")
                             .format(total=total, units=len(counted), met=met, exceeded=exceeded))

    @Slot(QtCore.QModelIndex)
    def _chosen(self, index: QtCore.QModelIndex) -> None:
        line = self.model.row_at(index)
        if line is None:
            return
        self.unit.setCurrentIndex(max(self.unit.findData(line.unit_code), 0))
        self.name.setText(line.name)
        self.target.setText(format_decimal(line.target))
        self.achieved.setText("" if line.achieved is None else format_decimal(line.achieved))
        self.achieved.setFocus()

    @Slot()
    def save(self) -> None:
        ws, year = self._ctx.workspace, self.year.value()
        code = self.unit.currentData() or self.unit.currentText().split(" — ")[0].strip()
        name, target, achieved = self.name.text(), self.target.text(), self.achieved.text().strip() or None

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ProblemsError):
                self.form.show_problems(exc.problems)
            else:
                show_error(self, exc)

        op = self._ctx.operation(self, lambda _progress: set_indicator(ws, code, year, name, target, achieved))
        op.success(lambda _line: self._saved()).failure(failed).run_in_background()

    def _saved(self) -> None:
        self.form.clear_problems()
        for field in (self.name, self.target, self.achieved):
            field.clear()
        self.refresh()
        self.changed.emit()
