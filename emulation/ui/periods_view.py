"""Kỳ chấm điểm: the periods; create ordinary and summary periods; lock and unlock."""

from __future__ import annotations

from emulation.services.criteria import list_criteria
from emulation.services.period_preview import preview_period
from emulation.services.periods import PeriodInfo, create_period, list_periods, set_locked
from emulation.services.units import list_units
from emulation.ui.context import ViewContext
from emulation.ui.form_dialog import save_from
from emulation.ui.labels import local_time
from emulation.ui.page_title import page_title
from emulation.ui.period_corrections import PeriodCorrections
from emulation.ui.period_dialog import PeriodDialog
from emulation.ui.periods_model import PeriodsModel
from emulation.ui.qt import QtWidgets, Signal, Slot
from emulation.ui.summary_dialog import SummaryDialog
from emulation.ui.tables import fit_columns, read_only_table


class PeriodsView(QtWidgets.QWidget):
    changed = Signal()
    navigate = Signal(str)  #: a page to show (double click: "scoring")
    award_rules_wanted = Signal(str)  #: show the award rules of this criteria set (criteria page)

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = PeriodsModel(self)
        self.table = read_only_table(self.model, stretch_last=True)
        self.create_button = QtWidgets.QPushButton(self.tr("Tạo kỳ mới…"))
        self.summary_button = QtWidgets.QPushButton(self.tr("Tạo kỳ tổng hợp…"))
        self.lock_button = QtWidgets.QPushButton(self.tr("Khóa kỳ"))
        self.unlock_button = QtWidgets.QPushButton(self.tr("Mở khóa"))
        self.corrections = PeriodCorrections(ctx, self, self._saved, self._deleted)
        self.correct_button = QtWidgets.QPushButton(self.tr("Sửa kỳ"))
        self.correct_menu = QtWidgets.QMenu(self.correct_button)
        self.rename_action = self.correct_menu.addAction(self.tr("Đổi tên…"), self._rename)
        self.units_action = self.correct_menu.addAction(self.tr("Thêm, bớt đơn vị…"), self._units)
        self.relink_action = self.correct_menu.addAction(self.tr("Đổi bộ tiêu chí (bản khác)…"), self._relink)
        self.dates_action = self.correct_menu.addAction(self.tr("Khoảng ngày…"), self._dates)
        self.correct_menu.addSeparator()
        self.delete_action = self.correct_menu.addAction(self.tr("Xóa kỳ…"), self._delete)
        self.correct_button.setMenu(self.correct_menu)
        self.create_button.clicked.connect(self.create_period)
        self.summary_button.clicked.connect(self.create_summary)
        self.lock_button.clicked.connect(lambda: self.set_locked(True))
        self.unlock_button.clicked.connect(lambda: self.set_locked(False))
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.create_button, self.summary_button, self.correct_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.lock_button)
        buttons.addWidget(self.unlock_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Kỳ chấm điểm")))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.dialog: QtWidgets.QDialog | None = None
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._open_for_scoring)
        self.table.setToolTip(self.tr("Nhấp đúp để mở kỳ ra chấm điểm"))
        self._selection_changed()

    @Slot()
    def refresh(self, select: str | None = None) -> None:
        current = self.selected()
        keep = select or (current.name if current else None) or self._ctx.current.name
        self.model.set_rows(list(reversed(list_periods(self._ctx.workspace))))  # newest first
        fit_columns(self.table, limit=250)
        if keep:
            self.table.setCurrentIndex(self.model.index_of(keep))
        self._selection_changed()

    def selected(self) -> PeriodInfo | None:
        return self.model.row_at(self.table.currentIndex())

    @Slot()
    def _selection_changed(self) -> None:
        period = self.selected()
        if period is not None:
            self._ctx.current.set(period.name)
        self.lock_button.setEnabled(period is not None and not period.locked)
        self.unlock_button.setEnabled(period is not None and period.locked)
        self.correct_button.setEnabled(period is not None and not period.locked)
        self.relink_action.setEnabled(period is not None and not period.is_summary)
        self.status.setText(self._describe(period) if period else "")

    def _describe(self, p: PeriodInfo) -> str:
        if p.locked:
            text = self.tr("«{name}» đã khóa bởi {who} lúc {when}: không sửa được điểm, khống chế, khen thưởng.")
            return text.format(name=p.name, who=p.locked_by or "?", when=local_time(p.locked_at))
        return self.tr("«{name}» đang mở.").format(name=p.name)

    def _saved(self, info: PeriodInfo) -> None:
        self.refresh(select=info.name)
        self.changed.emit()

    @Slot()
    def _open_for_scoring(self) -> None:
        period = self.selected()
        if period is not None:
            self._ctx.current.set(period.name)
            self.navigate.emit("scoring")

    def _deleted(self) -> None:
        self.refresh()
        self.changed.emit()

    def _rename(self) -> None:
        if (period := self.selected()) is not None:
            self.corrections.rename(period)

    def _units(self) -> None:
        if (period := self.selected()) is not None:
            self.corrections.units(period, list_units(self._ctx.workspace))

    def _relink(self) -> None:
        if (period := self.selected()) is not None:
            self.corrections.relink(period)

    def _dates(self) -> None:
        if (period := self.selected()) is not None:
            self.corrections.dates(period)

    def _delete(self) -> None:
        if (period := self.selected()) is not None:
            self.corrections.delete(period)

    @Slot()
    def create_period(self) -> None:
        ws = self._ctx.workspace
        dialog = PeriodDialog(
            list_criteria(ws),
            list_units(ws),
            self,
            preview=lambda criteria, under, kind: preview_period(ws, criteria, under=under, unit_kind=kind),
        )

        def award_rules(name: str) -> None:
            dialog.reject()
            self.award_rules_wanted.emit(name)

        dialog.award_rules_wanted.connect(award_rules)

        def save() -> None:
            v = dialog.values()
            save_from(
                self._ctx,
                dialog,
                lambda: create_period(
                    ws, v.name, criteria=v.criteria, kind=v.kind, under=v.under, unit_kind=v.unit_kind,
                    all_kinds=v.all_kinds,
                ),
                self._saved,
            )

        dialog.submitted.connect(save)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def create_summary(self) -> None:
        ws = self._ctx.workspace
        dialog = SummaryDialog([p for p in list_periods(ws)], self)

        def save() -> None:
            name, kind, sources = dialog.name.text(), dialog.kind.currentData(), dialog.chosen()
            skip = dialog.skip_missing.isChecked()
            save_from(
                self._ctx,
                dialog,
                lambda: create_period(ws, name, kind=kind, sources=sources, skip_missing=skip),
                self._saved,
            )

        dialog.submitted.connect(save)
        self.dialog = dialog
        dialog.open()

    def ask_reason(self) -> str | None:
        """Why the period is reopened (recorded in the log); None when the user cancels."""
        text, ok = QtWidgets.QInputDialog.getText(
            self, self.tr("Mở khóa kỳ"), self.tr("Lý do mở khóa (được ghi vào nhật ký):")
        )
        return text if ok else None

    def set_locked(self, locked: bool) -> None:
        period = self.selected()
        if period is None:
            return
        reason = ""
        if not locked:
            asked = self.ask_reason()
            if asked is None:
                return
            reason = asked
        ws = self._ctx.workspace
        op = self._ctx.operation(self, lambda _progress: set_locked(ws, period.name, locked, reason))
        op.success(self._saved).run_in_background()
