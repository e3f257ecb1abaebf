"""Bình xét: the council's meeting on a period (members, candidates, tally, papers) and the award history."""

from __future__ import annotations

from emulation.services.periods import list_periods
from emulation.ui.context import ViewContext
from emulation.ui.council_documents import DocumentsBox
from emulation.ui.council_meeting import MeetingPanel
from emulation.ui.council_members_box import MembersBox
from emulation.ui.council_terms import TermsPanel
from emulation.ui.history_panel import HistoryPanel
from emulation.ui.period_picker import PeriodPicker
from emulation.ui.qt import QtWidgets, Signal, Slot


class CouncilView(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.picker = PeriodPicker(current=ctx.current)
        self.picker.period_changed.connect(self.load)
        self.members = MembersBox(ctx)
        self.meeting = MeetingPanel(ctx, self.members.present)
        self.documents = DocumentsBox(ctx)
        self.history = HistoryPanel(ctx)
        self.terms = TermsPanel(ctx)
        for source in (self.meeting, self.members, self.history, self.terms):
            source.changed.connect(self.changed)
        self.documents.issued.connect(self.history.load)
        self.meeting.loaded.connect(self.members.show_attendance)
        self.meeting.awards_known.connect(self.terms.set_awards)
        self.terms.changed.connect(lambda: self.meeting.load(self.picker.current_name()))
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self._meeting_tab(), self.tr("Bình xét"))
        self.tabs.addTab(self.terms, self.tr("Ngưỡng biểu quyết và căn cứ"))
        self.tabs.addTab(self.history, self.tr("Lịch sử khen thưởng"))
        layout = QtWidgets.QVBoxLayout(self)
        heading = self.tr("Bình xét khen thưởng")
        layout.addWidget(QtWidgets.QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(self.tabs, 1)

    def _meeting_tab(self) -> QtWidgets.QWidget:
        tab = QtWidgets.QWidget()
        top = QtWidgets.QHBoxLayout()
        top.addWidget(QtWidgets.QLabel(self.tr("Kỳ:")))
        top.addWidget(self.picker)
        top.addStretch(1)
        right = QtWidgets.QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.meeting, 1)
        right.addWidget(self.documents)
        body = QtWidgets.QHBoxLayout(tab)
        body.addWidget(self.members)
        body.addLayout(right, 1)
        return tab

    @Slot()
    def refresh(self) -> None:
        self.picker.set_periods(list_periods(self._ctx.workspace))
        self.members.refresh()
        self.history.refresh()
        self.terms.refresh()
        self.load(self.picker.current_name())

    @Slot(str)
    def load(self, period: str) -> None:
        self.documents.set_period(period)
        self.meeting.load(period)
