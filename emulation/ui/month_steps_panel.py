"""The month's steps on the overview: what is done, and a button for the next thing to do."""

from __future__ import annotations

from emulation.services.month_steps import MonthSteps, Step
from emulation.ui.qt import Qt, QtWidgets, Signal, Slot

#: the page where each step is done
PAGES = {
    "criteria": "criteria",
    "units": "units",
    "period": "periods",
    "scores": "scoring",
    "ranking": "ranking",
    "awards": "awards",
    "printing": "awards",
}
DONE, TODO = "✓", "○"


class MonthStepsPanel(QtWidgets.QGroupBox):
    navigate = Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Các bước trong tháng"), parent)
        self.names = {
            "criteria": self.tr("Bộ tiêu chí"),
            "units": self.tr("Đơn vị"),
            "period": self.tr("Kỳ chấm điểm"),
            "scores": self.tr("Chấm điểm"),
            "ranking": self.tr("Xếp hạng"),
            "awards": self.tr("Khen thưởng"),
            "printing": self.tr("In giấy khen"),
        }
        self.labels = {key: QtWidgets.QLabel() for key in PAGES}
        self.next_button = QtWidgets.QPushButton()
        self.next_button.clicked.connect(self._go)
        self._next: Step | None = None
        row = QtWidgets.QHBoxLayout()
        for i, label in enumerate(self.labels.values()):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.RichText)
            if i:
                row.addWidget(QtWidgets.QLabel("→"))
            row.addWidget(label)
        row.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_steps(self, month: MonthSteps) -> None:
        self._next = month.next
        for step in month.steps:
            text = f"{DONE if step.done else TODO} {self.names[step.key]}{self._count(step)}"
            bold = self._next is not None and step.key == self._next.key
            self.labels[step.key].setText(f"<b>{text}</b>" if bold else text)
            self.labels[step.key].setStyleSheet("color: #2e7d32" if step.done else "")
        if self._next is None:
            self.next_button.setText(self.tr("Đã xong các bước của kỳ «{period}»").format(period=month.period))
            self.next_button.setEnabled(False)
        else:
            self.next_button.setText(self.tr("Tiếp theo: {step}").format(step=self._hint(self._next)))
            self.next_button.setEnabled(True)

    def _count(self, step: Step) -> str:
        if step.key in ("scores", "ranking") and step.total:
            return f" ({step.count}/{step.total})"
        return ""

    def _hint(self, step: Step) -> str:
        hints = {
            "criteria": self.tr("nhập hoặc chọn bộ tiêu chí"),
            "units": self.tr("nhập danh sách đơn vị"),
            "period": self.tr("tạo kỳ chấm điểm"),
            "scores": self.tr("chấm điểm cho các đơn vị còn thiếu"),
            "ranking": self.tr("xem bảng xếp hạng"),
            "awards": self.tr("chọn đơn vị khen thưởng và ghi quyết định"),
            "printing": self.tr("in giấy khen và danh sách"),
        }
        return hints[step.key]

    @Slot()
    def _go(self) -> None:
        if self._next is not None:
            self.navigate.emit(PAGES[self._next.key])
