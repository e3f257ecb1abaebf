"""Tổng quan: counts, the latest period's leaders and grades; the first steps on an empty database."""

from __future__ import annotations

from dataclasses import dataclass

from emulation.services.month_steps import MonthSteps, month_steps
from emulation.services.period_summary import TOP, PeriodSummary
from emulation.services.periods import list_periods
from emulation.services.summary_store import period_summary, summarised_period_name
from emulation.services.units import list_units
from emulation.services.workspace import Workspace
from emulation.ui.context import ViewContext
from emulation.ui.grade_chart import Bar, GradeChart
from emulation.ui.month_steps_panel import MonthStepsPanel
from emulation.ui.page_title import page_title
from emulation.ui.periods_model import PeriodsModel
from emulation.ui.qt import QtWidgets, Signal, Slot
from emulation.ui.stat_card import StatCard
from emulation.ui.tables import fit_columns, read_only_table
from emulation.ui.top_units_model import TopUnitsModel


@dataclass(frozen=True)
class Overview:
    """The month's steps and the latest period's summary; ``current``: neither is out of date."""

    steps: MonthSteps
    latest: PeriodSummary | None
    current: bool


def overview(ws: Workspace, current: str | None, latest: str | None, *, make: bool) -> Overview:
    """What the overview shows: kept summaries only (``make`` False, at once), or made where they
    are not current (``make``: a large period takes seconds, off the GUI thread) and kept."""
    steps = month_steps(ws, current, make=make)
    if latest is None:
        return Overview(steps, None, steps.current)
    if steps.period == latest:
        return Overview(steps, steps.summary, steps.current)
    summarised = period_summary(ws, latest, make=make)
    return Overview(steps, summarised.summary, steps.current and summarised.current)


def summary_bars(summary: PeriodSummary, no_grade: str) -> list[Bar]:
    """Units per grade, best first; units without a grade last, only when there are some."""
    bars: list[Bar] = [(name, count, i) for i, (name, count) in enumerate(summary.grades)]
    if summary.ungraded:
        bars.append((no_grade, summary.ungraded, None))
    return bars


class OverviewView(QtWidgets.QWidget):
    changed = Signal()
    navigate = Signal(str)

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        #: what is shown may be out of date: it is being made again in the background
        self.updating = False
        self.cards = {
            "units": StatCard(self.tr("Đơn vị")),
            "periods": StatCard(self.tr("Kỳ chấm điểm")),
            "open": StatCard(self.tr("Kỳ đang mở")),
            "locked": StatCard(self.tr("Kỳ đã khóa")),
        }
        cards = QtWidgets.QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        self.first_run = self._first_run_box()
        self.steps = MonthStepsPanel()
        self.steps.navigate.connect(self.navigate)
        self.latest = QtWidgets.QGroupBox()
        self.top_model = TopUnitsModel(self)
        self.top_table = read_only_table(self.top_model, stretch_last=True)
        rows = self.top_table.verticalHeader().defaultSectionSize()
        self.top_table.setFixedHeight(rows * (TOP + 1) + 6)
        self.open_model = PeriodsModel(self)
        self.open_table = read_only_table(self.open_model)
        for column in range(4, self.open_model.columnCount()):
            self.open_table.setColumnHidden(column, True)
        self.open_box = QtWidgets.QGroupBox(self.tr("Kỳ đang mở"))
        QtWidgets.QVBoxLayout(self.open_box).addWidget(self.open_table)
        self.chart = GradeChart()
        self.incomplete = QtWidgets.QLabel()
        side = QtWidgets.QVBoxLayout()
        side.addWidget(QtWidgets.QLabel(self.tr("Số đơn vị theo xếp loại:")))
        side.addWidget(self.chart)
        side.addWidget(self.incomplete)
        side.addStretch(1)
        latest = QtWidgets.QHBoxLayout(self.latest)
        latest.addWidget(self.top_table, 3)
        latest.addLayout(side, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Tổng quan")))
        layout.addLayout(cards)
        layout.addWidget(self.first_run)
        layout.addWidget(self.steps)
        layout.addWidget(self.latest)
        layout.addWidget(self.open_box, 1)
        layout.addStretch(0)

    def _first_run_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Bắt đầu"))
        text = QtWidgets.QLabel(
            self.tr(
                "Cơ sở dữ liệu này còn trống. Có thể xem thử với dữ liệu mẫu (một huyện với các thôn, "
                "công sở, trường học, chi bộ và ba tháng điểm), hoặc bắt đầu từ một mẫu bộ tiêu chí có sẵn."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QtWidgets.QPushButton(self.tr("Dùng dữ liệu mẫu"))
        self.template_button = QtWidgets.QPushButton(self.tr("Bắt đầu từ mẫu tiêu chí"))
        self.units_button = QtWidgets.QPushButton(self.tr("Nhập danh sách đơn vị"))
        self.demo_button.clicked.connect(self.use_demo)
        self.template_button.clicked.connect(lambda: self.navigate.emit("criteria"))
        self.units_button.clicked.connect(lambda: self.navigate.emit("units"))
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.demo_button, self.template_button, self.units_button):
            button.setMinimumHeight(34)
            buttons.addWidget(button)
        self.demo_button.setDefault(True)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(box)
        layout.addWidget(text)
        layout.addLayout(buttons)
        return box

    @Slot()
    def refresh(self) -> None:
        ws = self._ctx.workspace
        units, periods = list_units(ws), list_periods(ws)
        locked = sum(1 for p in periods if p.locked)
        for key, value in (("units", len(units)), ("periods", len(periods)), ("locked", locked)):
            self.cards[key].set_value(value)
        self.cards["open"].set_value(len(periods) - locked)
        self.first_run.setVisible(not units and not periods)
        self.open_model.set_rows([p for p in periods if not p.locked])
        fit_columns(self.open_table)
        self.open_table.horizontalHeader().setSectionResizeMode(2, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.open_box.setVisible(bool(periods))
        current = self._ctx.current.name if any(p.name == self._ctx.current.name for p in periods) else None
        latest = summarised_period_name(ws)
        self.latest.setVisible(latest is not None)

        kept = overview(ws, current, latest, make=False)  # kept summaries: a few rows, read at once
        self._show(kept)
        self.updating = not kept.current
        if self.updating:
            op = self._ctx.operation(self, lambda _progress: overview(ws, current, latest, make=True))
            op.success(self._show).run_in_background()

    def _show(self, shown: Overview) -> None:
        self.updating = not shown.current
        if shown.steps.summary is not None or shown.steps.period is None or shown.current:
            self.steps.show_steps(shown.steps)
        if shown.latest is not None:
            self._show_latest(shown.latest, shown.current)
        elif self.latest.isVisibleTo(self):
            self.latest.setTitle(self.tr("Kỳ gần nhất: đang cập nhật…"))

    def _show_latest(self, summary: PeriodSummary, current: bool) -> None:
        title = self.tr("Kỳ gần nhất: {period}").format(period=summary.period)
        self.latest.setTitle(title if current else title + " " + self.tr("(đang cập nhật…)"))
        self.top_model.set_rows(summary.top)
        fit_columns(self.top_table)
        self.chart.set_counts(summary_bars(summary, self.tr("Chưa xếp loại")))
        self.incomplete.setText(self.tr("Đơn vị chưa chấm đủ: {count}").format(count=summary.incomplete))

    @Slot()
    def use_demo(self) -> None:
        """Fill this (empty) database with the demo district, off the GUI thread."""
        from emulation.services.demo import build_demo  # the demo brings in the workbook library

        ws = self._ctx.workspace
        op = self._ctx.operation(self, lambda progress: build_demo(ws, progress=progress))
        op.with_progress(self.tr("Đang tạo dữ liệu mẫu…"), cancellable=False)
        op.success(self._demo_built).run_in_background()

    def _demo_built(self, _summary: str) -> None:
        self.refresh()
        self.changed.emit()
