"""Xếp hạng: a period's ranking by scope, why each unit stands where it does, and the projector."""

from __future__ import annotations

from pathlib import Path

from emulation.scoring.standings import RankedRow
from emulation.services.exports import export_ranking
from emulation.services.periods import list_periods
from emulation.services.results import Ranking
from emulation.services.results_summarised import rank_summarised
from emulation.services.summary_store import Summarised
from emulation.services.trend import TrendPoint, unit_trend
from emulation.ui.context import ViewContext
from emulation.ui.explanation_panel import ExplanationPanel
from emulation.ui.grade_chart import GradeChart, grade_counts
from emulation.ui.page_title import page_title
from emulation.ui.period_picker import PeriodPicker
from emulation.ui.projector_view import ProjectorView
from emulation.ui.qt import Qt, QtWidgets, Signal, Slot
from emulation.ui.ranking_model import RankingModel, Scope
from emulation.ui.summary_keeping import keep_behind
from emulation.ui.tables import fit_columns, read_only_table


class RankingView(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.picker = PeriodPicker(current=ctx.current)
        self.picker.period_changed.connect(self.load)
        self.scope = QtWidgets.QComboBox()
        self.scope.addItem(self.tr("Toàn bộ kỳ"), Scope.ALL)
        self.scope.addItem(self.tr("Trong từng đơn vị cấp trên"), Scope.PARENT)
        self.scope.addItem(self.tr("Trong từng cụm thi đua"), Scope.CLUSTER)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.projector_button = QtWidgets.QPushButton(self.tr("Trình chiếu"))
        self.projector_button.setToolTip(self.tr("Công bố kết quả trên máy chiếu (F11: toàn màn hình, Esc: đóng)"))
        self.projector_button.clicked.connect(self.open_projector)
        self.export_button = QtWidgets.QPushButton(self.tr("Xuất Excel…"))
        self.export_button.setToolTip(self.tr("Bảng xếp hạng toàn kỳ và theo từng đơn vị cấp trên"))
        self.export_button.clicked.connect(self.choose_export)
        self.info = QtWidgets.QLabel()
        self.hide_unscored = QtWidgets.QCheckBox(self.tr("Ẩn đơn vị chưa chấm"))
        self.model = RankingModel(self)
        self.hide_unscored.toggled.connect(self._hide_toggled)
        self.table = read_only_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.chart = GradeChart()
        self.panel = ExplanationPanel()
        self.projector: ProjectorView | None = None
        self._trend_for: tuple[str, str] | None = None
        self._build_layout()

    def _build_layout(self) -> None:
        top = QtWidgets.QHBoxLayout()
        top.addWidget(QtWidgets.QLabel(self.tr("Kỳ:")))
        top.addWidget(self.picker)
        top.addWidget(QtWidgets.QLabel(self.tr("Xếp hạng:")))
        top.addWidget(self.scope)
        top.addWidget(self.hide_unscored)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.projector_button)
        distribution = QtWidgets.QGroupBox(self.tr("Phân bố xếp loại"))
        QtWidgets.QVBoxLayout(distribution).addWidget(self.chart)
        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(distribution)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 480])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Xếp hạng")))
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)

    @Slot()
    def choose_export(self) -> None:
        period = self.picker.current_name()
        if not period:
            return
        path = self._ctx.files.save_file(self, self.tr("Xuất bảng xếp hạng"), "Excel (*.xlsx)", "xep-hang.xlsx")
        if path is not None:
            self.export_to(period, path)

    def export_to(self, period: str, path: Path) -> None:
        ws = self._ctx.workspace
        op = self._ctx.operation(self, lambda _progress: export_ranking(ws, period, path))
        op.success(
            lambda count: self.info.setText(
                self.tr("Đã xuất {count} đơn vị ra {file}.").format(count=count, file=path.name)
            )
        ).run_in_background()

    @Slot()
    def refresh(self) -> None:
        self.picker.set_periods(list_periods(self._ctx.workspace))
        self.load(self.picker.current_name())

    @Slot(str)
    def load(self, period: str) -> None:
        if not period:
            self._show(None)
            return
        ws = self._ctx.workspace
        op = self._ctx.operation(self, lambda _progress: rank_summarised(ws, period))
        op.success(lambda ranked: self._ranked(period, *ranked))
        op.run_in_background()

    def _ranked(self, period: str, ranking: Ranking, made: Summarised | None) -> None:
        if period == self.picker.current_name():
            self._show(ranking)
        keep_behind(self._ctx, self, period, made)

    def _show(self, ranking: Ranking | None) -> None:
        keep = self.selected()
        self.model.set_ranking(ranking)
        fit_columns(self.table, limit=220)
        if ranking is None:
            self.info.setText(self.tr("Chưa có kỳ chấm điểm nào."))
            self.chart.set_counts([])
            self.panel.clear()
            return
        state = self.tr("đã khóa") if ranking.locked else self.tr("đang mở")
        kind = self.tr("kỳ tổng hợp") if ranking.is_summary else self.tr("kỳ chấm điểm")
        text = self.tr("{criteria} · {kind}, {state} · {count} đơn vị").format(
            criteria=ranking.criteria.name, kind=kind, state=state, count=len(ranking.rows)
        )
        unscored = sum(1 for r in ranking.rows if r.standing.unscored)
        if unscored:
            text += self.tr(" · {count} đơn vị chưa chấm (không xếp hạng, không tính tỷ lệ)").format(count=unscored)
        self.info.setText(text)
        row = self.model.row_of(keep.unit.code) if keep else -1
        self.table.selectRow(max(row, 0))
        self._update_chart()

    def _update_chart(self) -> None:
        ranking, row = self.model.ranking, self.selected()
        if ranking is not None:
            bars = grade_counts(ranking.criteria, ranking.rows, self.tr("Chưa xếp loại"))
            self.chart.set_counts(bars, row.grade if row else None)

    def selected(self) -> RankedRow | None:
        return self.model.row_at(self.table.currentIndex())

    @Slot()
    def _row_chosen(self) -> None:
        ranking, row = self.model.ranking, self.selected()
        if ranking is None or row is None:
            self.panel.clear()
            return
        self._update_chart()
        ws, wanted = self._ctx.workspace, (ranking.period, row.unit.code)
        self._trend_for = wanted

        def shown(trend: list[TrendPoint]) -> None:
            if self._trend_for == wanted and self.model.ranking is ranking:
                self.panel.show_row(ranking, row, trend)

        op = self._ctx.operation(self, lambda _progress: unit_trend(ws, *wanted))
        op.success(shown).run_in_background()

    @Slot(bool)
    def _hide_toggled(self, hide: bool) -> None:
        keep = self.selected()
        self.model.set_hide_unscored(hide)
        if keep is not None:
            self.table.selectRow(max(self.model.row_of(keep.unit.code), 0))

    @Slot()
    def _scope_changed(self) -> None:
        keep = self.selected()
        self.model.set_scope(Scope(self.scope.currentData()))
        fit_columns(self.table, limit=220)
        if keep is not None:
            self.table.selectRow(max(self.model.row_of(keep.unit.code), 0))

    @Slot()
    def open_projector(self) -> None:
        ranking = self.model.ranking
        if ranking is None:
            return
        self.projector = ProjectorView(self.model, ranking.period, ranking.criteria.name, self)
        self.projector.showFullScreen()
        self.projector.activateWindow()
