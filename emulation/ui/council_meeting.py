"""Bình xét: open the meeting with who attends, adjust the candidates with a reason, enter the tally."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emulation.services.council_session import (
    add_candidate,
    enter_tally,
    open_session,
    remove_candidate,
    reset_session,
)
from emulation.services.council_state import Candidate, CouncilState, council_state
from emulation.services.errors import InputError
from emulation.services.results import Ranking, rank
from emulation.text import format_date
from emulation.ui.context import ViewContext
from emulation.ui.council_models import CandidatesModel
from emulation.ui.council_widgets import enable, row_of, run_shown
from emulation.ui.qdates import day_of, qdate
from emulation.ui.qt import QtCore, QtWidgets, Signal, Slot
from emulation.ui.tables import fit_columns, read_only_table

Loaded = tuple[CouncilState | None, Ranking]


class MeetingPanel(QtWidgets.QWidget):
    """The candidates of one period's meeting, with the controls that change them."""

    changed = Signal()
    loaded = Signal(object)  # the set of names attending the open meeting, or None
    awards_known = Signal(list)  # the award names of the period's criteria

    def __init__(self, ctx: ViewContext, present: Callable[[], list[str]], parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._present = present
        self.period = ""
        self.state: CouncilState | None = None
        self.info = QtWidgets.QLabel()
        self.held_on = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        self.open_button = QtWidgets.QPushButton(self.tr("Mở phiên họp"))
        self.reset_button = QtWidgets.QPushButton(self.tr("Hủy phiên họp"))
        self.model = CandidatesModel(self)
        self.table = read_only_table(self.model, stretch_last=True)
        self.yes, self.no = QtWidgets.QSpinBox(), QtWidgets.QSpinBox()
        self.tally_button = QtWidgets.QPushButton(self.tr("Ghi kết quả kiểm phiếu"))
        self.unit = QtWidgets.QComboBox()
        self.unit.setMinimumContentsLength(24)
        self.award = QtWidgets.QComboBox()
        self.award.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason = QtWidgets.QLineEdit()
        self.reason.setPlaceholderText(self.tr("Lý do (bắt buộc)"))
        self.add_button = QtWidgets.QPushButton(self.tr("Bổ sung"))
        self.remove_button = QtWidgets.QPushButton(self.tr("Loại tập thể đang chọn"))
        self._connect()
        self._build_layout()

    def _connect(self) -> None:
        self.open_button.clicked.connect(self.open_meeting)
        self.reset_button.clicked.connect(self.reset_meeting)
        self.tally_button.clicked.connect(self.save_tally)
        self.add_button.clicked.connect(self.add_selected_unit)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _build_layout(self) -> None:
        meeting = row_of(QtWidgets.QLabel(self.tr("Ngày họp:")), self.held_on, self.open_button, self.reset_button)
        meeting.addStretch(1)
        tally = row_of(QtWidgets.QLabel(self.tr("Đồng ý:")), self.yes, QtWidgets.QLabel(self.tr("Không đồng ý:")),
                       self.no, self.tally_button)
        tally.addStretch(1)
        tally.addWidget(self.remove_button)
        adding = row_of(QtWidgets.QLabel(self.tr("Bổ sung:")), self.unit, self.award, self.reason, self.add_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(meeting)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(tally)
        layout.addLayout(adding)

    # --- loading -------------------------------------------------------------------------------

    def load(self, period: str) -> None:
        self.period = period
        if not period:
            self._show(None)
            return
        ws = self._ctx.workspace

        def work() -> Loaded:
            try:
                state: CouncilState | None = council_state(ws, period)
            except InputError:
                state = None  # no meeting yet
            return state, rank(ws, period)

        self._run(work, lambda loaded: self._show(loaded) if period == self.period else None)

    def _show(self, loaded: Loaded | None) -> None:
        state, ranking = loaded or (None, None)
        self.state = state
        self.model.set_rows(list(state.candidates) if state else [])
        fit_columns(self.table)
        in_list = {c.unit_code for c in state.voting} if state else set()
        self.unit.clear()
        for row in ranking.rows if ranking else []:
            if row.unit.code not in in_list:
                self.unit.addItem(f"{row.unit.code} — {row.unit.name}", row.unit.code)
        self.award.clear()
        names = [a.name for a in ranking.criteria.awards] if ranking else []
        self.award.addItems(names)
        self.awards_known.emit(names)
        self.info.setText(self._info(state, ranking))
        if state is not None:
            self.held_on.setDate(qdate(state.held_on))
        self._update_buttons()
        self.loaded.emit({a.name for a in state.attendees if a.present} if state else None)

    def _info(self, state: CouncilState | None, ranking: Ranking | None) -> str:
        if ranking is None:
            return ""
        if state is None:
            return self.tr("Chưa mở phiên họp: đánh dấu thành viên có mặt, chọn ngày họp rồi bấm “Mở phiên họp”.")
        text = self.tr("Họp ngày {date}: có mặt {attending}/{members} thành viên · {approved} tập thể đạt").format(
            date=format_date(state.held_on), attending=state.attending, members=state.members_count,
            approved=len(state.approved))
        return text + (self.tr(" · Kỳ đã khóa") if state.locked else "")

    def _update_buttons(self) -> None:
        state = self.state
        writable = state is not None and not state.locked
        self.open_button.setEnabled(bool(self.period) and state is None)
        self.held_on.setEnabled(bool(self.period) and state is None)
        self.reset_button.setEnabled(writable)
        selected = self.selected()
        can_vote = writable and selected is not None and not selected.removed
        enable((self.yes, self.no, self.tally_button, self.remove_button), can_vote)
        enable((self.unit, self.award, self.reason, self.add_button), writable)
        attending = state.attending if state else 0
        self.yes.setMaximum(attending)
        self.no.setMaximum(attending)

    def selected(self) -> Candidate | None:
        return self.model.row_at(self.table.currentIndex())

    @Slot()
    def _selection_changed(self) -> None:
        c = self.selected()
        self._update_buttons()
        if c is not None and c.tally is not None:
            self.yes.setValue(c.tally.yes)
            self.no.setValue(c.tally.no)

    # --- writing -------------------------------------------------------------------------------

    @Slot()
    def open_meeting(self) -> None:
        ws, period, present = self._ctx.workspace, self.period, self._present()
        on = day_of(self.held_on.date())
        self._write(lambda: open_session(ws, period, present=present, held_on=on))

    @Slot()
    def reset_meeting(self) -> None:
        ws, period = self._ctx.workspace, self.period
        self._write(lambda: reset_session(ws, period))

    @Slot()
    def save_tally(self) -> None:
        c = self.selected()
        if c is not None:
            ws, period, yes, no = self._ctx.workspace, self.period, self.yes.value(), self.no.value()
            self._write(lambda: enter_tally(ws, period, [(c.unit_code, yes, no)]))

    @Slot()
    def add_selected_unit(self) -> None:
        ws, period = self._ctx.workspace, self.period
        unit, award, reason = self.unit.currentData() or "", self.award.currentText(), self.reason.text()
        self._write(lambda: add_candidate(ws, period, unit, award, reason))

    @Slot()
    def remove_selected(self) -> None:
        c = self.selected()
        if c is not None:
            ws, period, reason = self._ctx.workspace, self.period, self.reason.text()
            self._write(lambda: remove_candidate(ws, period, c.unit_code, reason))

    def _write(self, work: Callable[[], Any]) -> None:
        def done(_result: object) -> None:
            self.reason.clear()
            self.load(self.period)
            self.changed.emit()

        self._run(work, done)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        run_shown(self._ctx, self, work, done)

