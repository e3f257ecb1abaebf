"""Quy định: each award's vote threshold and legal bases, and the decision's own settings."""

from __future__ import annotations

from emulation.scoring.council import Threshold
from emulation.services.award_terms import set_bases, set_threshold, terms_of
from emulation.services.settings import read_settings, update_settings
from emulation.ui.context import ViewContext
from emulation.ui.council_widgets import row_of, run_shown
from emulation.ui.qt import QtWidgets, Signal, Slot

DECISION_KEYS = ("decision_bases", "decision_budget", "decision_executors", "decision_recipients")


class TermsPanel(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.award = QtWidgets.QComboBox()
        self.award.setEditable(True)
        self.award.setMinimumContentsLength(18)
        self.award.currentTextChanged.connect(self.load_award)
        self.share = QtWidgets.QDoubleSpinBox()
        self.share.setDecimals(2)
        self.share.setRange(0.01, 100)
        self.share.setSuffix(" %")
        self.base = QtWidgets.QComboBox()
        self.base.addItem(self.tr("tổng số thành viên Hội đồng"), "members")
        self.base.addItem(self.tr("số thành viên có mặt"), "attending")
        self.award_bases = QtWidgets.QPlainTextEdit()
        self.save_award_button = QtWidgets.QPushButton(self.tr("Lưu ngưỡng và căn cứ"))
        self.save_award_button.clicked.connect(self.save_award)
        self.fields = {key: QtWidgets.QPlainTextEdit() for key in DECISION_KEYS}
        self.save_decision_button = QtWidgets.QPushButton(self.tr("Lưu nội dung quyết định"))
        self.save_decision_button.clicked.connect(self.save_decision)
        self.result = QtWidgets.QLabel()
        layout = QtWidgets.QHBoxLayout(self)
        layout.addWidget(self._award_box(), 1)
        layout.addWidget(self._decision_box(), 1)

    def _award_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Theo hình thức khen thưởng"))
        form = QtWidgets.QFormLayout(box)
        form.addRow(self.tr("Hình thức:"), self.award)
        form.addRow(self.tr("Đạt khi số phiếu đồng ý từ:"), row_of(self.share, self.base))
        form.addRow(self.tr("Căn cứ riêng (mỗi dòng một căn cứ):"), self.award_bases)
        form.addRow(self.save_award_button)
        form.addRow(self.result)
        return box

    def _decision_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Quyết định khen thưởng"))
        form = QtWidgets.QFormLayout(box)
        labels = (self.tr("Căn cứ chung (mỗi dòng một căn cứ):"), self.tr("Nguồn kinh phí (Điều 2):"),
                  self.tr("Trách nhiệm thi hành (Điều 3):"), self.tr("Nơi nhận (mỗi dòng một nơi):"))
        for label, key in zip(labels, DECISION_KEYS, strict=True):
            form.addRow(label, self.fields[key])
        form.addRow(self.save_decision_button)
        return box

    def set_awards(self, names: list[str]) -> None:
        keep = self.award.currentText()
        self.award.blockSignals(True)
        self.award.clear()
        self.award.addItems(names)
        if keep in names:
            self.award.setCurrentText(keep)
        self.award.blockSignals(False)
        self.load_award(self.award.currentText())

    @Slot()
    def refresh(self) -> None:
        def show(values: dict[str, str]) -> None:
            for key, edit in self.fields.items():
                edit.setPlainText(values.get(key, ""))

        run_shown(self._ctx, self, lambda: read_settings(self._ctx.workspace), show)

    @Slot(str)
    def load_award(self, award: str) -> None:
        if not award.strip():
            return
        ws = self._ctx.workspace
        run_shown(self._ctx, self, lambda: terms_of(ws, award), self._show_award)

    def _show_award(self, loaded: tuple[Threshold, list[str]]) -> None:
        threshold, bases = loaded
        self.share.setValue(float(threshold.share * 100))
        self.base.setCurrentIndex(max(self.base.findData(threshold.base.value), 0))
        self.award_bases.setPlainText("\n".join(bases))

    @Slot()
    def save_award(self) -> None:
        ws, award = self._ctx.workspace, self.award.currentText()
        share, base = f"{self.share.value():.2f} %", self.base.currentData()
        bases = self.award_bases.toPlainText()

        def work() -> None:
            set_threshold(ws, award, share, base)
            set_bases(ws, award, bases)

        run_shown(self._ctx, self, work, self._saved)

    @Slot()
    def save_decision(self) -> None:
        ws = self._ctx.workspace
        values = {key: edit.toPlainText() for key, edit in self.fields.items()}
        run_shown(self._ctx, self, lambda: update_settings(ws, values), self._saved)

    def _saved(self, _result: object) -> None:
        self.result.setText(self.tr("Đã lưu."))
        self.changed.emit()
