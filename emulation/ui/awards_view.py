"""Khen thưởng: who is rewarded (by the rules, or the council once it has voted), decisions by hand (with their
reason), amounts, printing."""

from __future__ import annotations

from emulation.services.award_decisions import AwardDecision, award_decisions
from emulation.services.awards import include_units, set_override
from emulation.services.council_awards import AwardsSource, Source, awards_source
from emulation.services.periods import list_periods
from emulation.services.results import AwardLine, Ranking
from emulation.services.results_summarised import awards_summarised
from emulation.services.summary_store import Summarised
from emulation.text import format_date, format_money
from emulation.ui.award_hand_dialog import AwardByHandDialog
from emulation.ui.awards_model import AwardsModel, DecisionsModel
from emulation.ui.context import ViewContext
from emulation.ui.form_dialog import save_from
from emulation.ui.override_dialog import Choice, OverrideDialog
from emulation.ui.page_title import page_title
from emulation.ui.period_picker import PeriodPicker
from emulation.ui.print_panel import PrintPanel
from emulation.ui.qt import QtWidgets, Signal, Slot
from emulation.ui.summary_keeping import keep_behind
from emulation.ui.tables import fit_columns, read_only_table

Loaded = tuple[Ranking, list[AwardLine], list[AwardDecision], AwardsSource]


class AwardsView(QtWidgets.QWidget):
    changed = Signal()
    award_rules_wanted = Signal(str)  #: show the award rules of this criteria set (criteria page)

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ranking: Ranking | None = None
        self._source = AwardsSource(Source.RULES)
        self.picker = PeriodPicker(current=ctx.current)
        self.picker.period_changed.connect(self.load)
        self.info = QtWidgets.QLabel()
        self.source = QtWidgets.QLabel()
        self.source.setWordWrap(True)
        self.no_rules = QtWidgets.QLabel(
            self.tr("Bộ tiêu chí của kỳ chưa có quy định khen thưởng: chưa đơn vị nào được chọn tự động. "
                    "Thêm đơn vị bằng tay, hoặc bổ sung quy định rồi chuyển kỳ sang bản mới.")
        )
        self.no_rules.setWordWrap(True)
        self.no_rules.setStyleSheet("color: #8a5a00")
        self.rules_button = QtWidgets.QPushButton(self.tr("Mở quy định khen thưởng…"))
        self.rules_button.clicked.connect(self._want_rules)
        self.model = AwardsModel(self)
        self.table = read_only_table(self.model, stretch_last=True)
        self.total = QtWidgets.QLabel()
        self.decisions_model = DecisionsModel(self)
        self.decisions = read_only_table(self.decisions_model, stretch_last=True)
        self.decisions.setMaximumHeight(130)
        self.include_button = QtWidgets.QPushButton(self.tr("Thêm đơn vị…"))
        self.exclude_button = QtWidgets.QPushButton(self.tr("Loại khỏi danh sách…"))
        self.withdraw_button = QtWidgets.QPushButton(self.tr("Bỏ quyết định thủ công…"))
        self.include_button.clicked.connect(self.include)
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.print_panel = PrintPanel(ctx)
        self.print_panel.printed.connect(self.refresh)
        self.dialog: QtWidgets.QDialog | None = None
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.decisions.selectionModel().selectionChanged.connect(self._update_buttons)

    def _build_layout(self) -> None:
        top = QtWidgets.QHBoxLayout()
        top.addWidget(QtWidgets.QLabel(self.tr("Kỳ:")))
        top.addWidget(self.picker)
        top.addStretch(1)
        for button in (self.include_button, self.exclude_button):
            top.addWidget(button)
        manual = QtWidgets.QHBoxLayout()
        manual.addWidget(QtWidgets.QLabel(self.tr("Quyết định thủ công:")))
        manual.addStretch(1)
        manual.addWidget(self.withdraw_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Khen thưởng")))
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.source)
        flag = QtWidgets.QHBoxLayout()
        flag.addWidget(self.no_rules, 1)
        flag.addWidget(self.rules_button)
        layout.addLayout(flag)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addLayout(manual)
        layout.addWidget(self.decisions)
        layout.addWidget(self.print_panel)

    @Slot()
    def refresh(self) -> None:
        self.picker.set_periods(list_periods(self._ctx.workspace))
        self.load(self.picker.current_name())

    @Slot(str)
    def load(self, period: str) -> None:
        self.print_panel.set_period(period)
        if not period:
            self._show(None)
            return
        ws = self._ctx.workspace

        def work() -> tuple[Loaded, Summarised | None]:
            ranking, lines, made = awards_summarised(ws, period)
            return (ranking, lines, award_decisions(ws, period), awards_source(ws, period)), made

        op = self._ctx.operation(self, lambda _progress: work())
        op.success(lambda loaded: self._loaded(period, *loaded))
        op.run_in_background()

    def _loaded(self, period: str, loaded: Loaded, made: Summarised | None) -> None:
        if period == self.picker.current_name():
            self._show(loaded)
        keep_behind(self._ctx, self, period, made)

    def _show(self, loaded: Loaded | None) -> None:
        ranking, lines, decisions, source = loaded or (None, [], [], AwardsSource(Source.RULES))
        self._ranking, self._source = ranking, source
        self.source.setText(self._source_text(source) if ranking is not None else "")
        self.model.set_lines(lines, ranking.parent_names if ranking else {})
        self.decisions_model.set_rows(decisions)
        fit_columns(self.table)
        fit_columns(self.decisions)
        self.total.setText(
            self.tr("<b>Tổng cộng: {count} đơn vị, {amount}</b>").format(
                count=len(lines), amount=format_money(self.model.total_vnd())
            )
        )
        rules = ", ".join(a.name for a in ranking.criteria.awards) if ranking else ""
        locked = self.tr(" · Kỳ đã khóa: không sửa được danh sách.") if ranking and ranking.locked else ""
        self.info.setText(self.tr("Hình thức theo bộ tiêu chí: {rules}").format(rules=rules or "—") + locked)
        lacking = ranking is not None and not ranking.is_summary and not ranking.criteria.awards
        self.no_rules.setVisible(lacking)
        self.rules_button.setVisible(lacking)
        self._update_buttons()

    def _source_text(self, source: AwardsSource) -> str:
        """Where the list comes from: the council's vote, or the award rules while the council has not voted."""
        if source.kind is Source.COUNCIL and source.held_on is not None:
            return self.tr("<b>Theo kết quả biểu quyết của Hội đồng ngày {date}.</b> Danh sách chỉ sửa được "
                           "trong trang Bình xét.").format(date=format_date(source.held_on))
        if source.kind is Source.VOTING:
            return self.tr("Theo quy định khen thưởng của bộ tiêu chí (Hội đồng đang biểu quyết, còn đơn vị chưa "
                           "có kết quả). Danh sách chỉ sửa được trong trang Bình xét.")
        return self.tr("Theo quy định khen thưởng của bộ tiêu chí (Hội đồng chưa biểu quyết).")

    @Slot()
    def _want_rules(self) -> None:
        if self._ranking is not None:
            self.award_rules_wanted.emit(self._ranking.criteria.name)

    @Slot()
    def _update_buttons(self) -> None:
        open_period = self._ranking is not None and not self._ranking.locked and self._source.kind is Source.RULES
        self.include_button.setEnabled(open_period)
        self.exclude_button.setEnabled(open_period and self.selected() is not None)
        self.withdraw_button.setEnabled(open_period and self.selected_decision() is not None)

    def selected(self) -> AwardLine | None:
        return self.model.row_at(self.table.currentIndex())

    def selected_decision(self) -> AwardDecision | None:
        return self.decisions_model.row_at(self.decisions.currentIndex())

    # --- decisions by hand --------------------------------------------------------------------------

    @Slot()
    def include(self) -> None:
        if self._ranking is None:
            return
        awarded = {a.awarded.row.unit.code for a in self.model.rows}
        candidates = [r for r in self._ranking.rows if r.unit.code not in awarded]
        names = [a.name for a in self._ranking.criteria.awards]
        dialog = AwardByHandDialog(candidates, names, self)
        ws, period = self._ctx.workspace, self.picker.current_name()

        def save() -> None:
            codes, award, reason = dialog.chosen(), dialog.award_name(), dialog.reason_text()
            work = lambda: include_units(ws, period, codes, reason=reason, award_name=award)  # noqa: E731
            save_from(self._ctx, dialog, work, self._decided)

        dialog.submitted.connect(save)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def exclude_selected(self) -> None:
        line = self.selected()
        if line is not None:
            self._decide(OverrideDialog(Choice.EXCLUDE, [line.awarded.row], (), self))

    @Slot()
    def withdraw_selected(self) -> None:
        decision, ranking = self.selected_decision(), self._ranking
        if decision is None or ranking is None:
            return
        rows = [r for r in ranking.rows if r.unit.code == decision.unit_code]
        self._decide(OverrideDialog(Choice.WITHDRAW, rows, (), self))

    def _decide(self, dialog: OverrideDialog) -> None:
        ws, period = self._ctx.workspace, self.picker.current_name()
        include = {Choice.INCLUDE: True, Choice.EXCLUDE: False, Choice.WITHDRAW: None}[dialog.choice]

        def save() -> None:
            unit, reason, award = dialog.unit_code(), dialog.reason_text(), dialog.award_name()
            save_from(
                self._ctx,
                dialog,
                lambda: set_override(ws, period, unit, include=include, reason=reason, award_name=award),
                self._decided,
            )

        dialog.submitted.connect(save)
        self.dialog = dialog
        dialog.open()

    def _decided(self, _result: object) -> None:
        self.load(self.picker.current_name())
        self.changed.emit()
