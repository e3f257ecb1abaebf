"""Correcting a period from the periods page: rename, choose its units, move it to another
version of its criteria set (showing first what would be dropped), set the days it covers, delete it
(naming what goes)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from emulation.i18n import render_all
from emulation.scoring.problems import ProblemsError
from emulation.services import period_edit
from emulation.services.period_spans import period_span, set_span
from emulation.services.periods import PeriodInfo, period_info
from emulation.services.units import UnitRow
from emulation.ui.context import ViewContext
from emulation.ui.errors import show_error
from emulation.ui.form_dialog import FormDialog, save_from
from emulation.ui.qdates import day_of, qdate
from emulation.ui.qt import Qt, QtWidgets
from emulation.ui.unit_checklist import UnitChecklist


class RenameDialog(FormDialog):
    def __init__(self, current: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Đổi tên kỳ chấm điểm"), self.tr("Đổi tên"), parent)
        self.name = QtWidgets.QLineEdit(current)
        self.form.add_field("name", self.tr("Tên mới"), self.name)


class PeriodUnitsDialog(FormDialog):
    """Every unit with a tick for those the period scores; a search box narrows the list."""

    def __init__(
        self, units: Sequence[UnitRow], chosen: Sequence[str], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Đơn vị của kỳ"), self.tr("Lưu"), parent)
        self.units = UnitChecklist([(u.code, unit_label(u)) for u in units], chosen)
        self.note = QtWidgets.QLabel(
            self.tr("Bỏ chọn một đơn vị sẽ xóa điểm của đơn vị đó trong kỳ (vẫn ghi trong nhật ký).")
        )
        self.note.setWordWrap(True)
        self.form.add_field("unit", self.tr("Đơn vị"), self.units)
        self.form.add_row("", self.note)

    def chosen(self) -> list[str]:
        return self.units.chosen()


class DatesDialog(FormDialog):
    """The first and last day a period covers: the records its measures count."""

    def __init__(self, span: tuple[date, date] | None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Khoảng ngày của kỳ"), self.tr("Lưu"), parent)
        today = date.today()
        start, end = span or (today.replace(day=1), today)
        self.start, self.end = QtWidgets.QDateEdit(qdate(start)), QtWidgets.QDateEdit(qdate(end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.form.add_field("dates", self.tr("Từ ngày"), self.start)
        self.form.add_row(self.tr("Đến ngày"), self.end)
        note = QtWidgets.QLabel(self.tr("Các tiêu chí lấy số liệu từ ghi nhận chỉ đếm những ghi nhận trong "
                                        "khoảng ngày này."))
        note.setWordWrap(True)
        self.form.add_row("", note)

    def chosen(self) -> tuple[date, date]:
        return day_of(self.start.date()), day_of(self.end.date())


def unit_label(u: UnitRow) -> str:
    kind = f" – {u.kind}" if u.kind else ""
    return "    " * u.depth + f"{u.name} ({u.code}){kind}"


class RelinkDialog(FormDialog):
    """Pick a version; the dialog says which criteria keep their scores and which scores go."""

    def __init__(
        self, ctx: ViewContext, period: PeriodInfo, versions: Sequence[tuple[str, int]], parent: QtWidgets.QWidget
    ) -> None:
        super().__init__(self.tr("Đổi bộ tiêu chí của kỳ"), self.tr("Chuyển"), parent)
        self._ctx, self._period = ctx, period
        self.version = QtWidgets.QComboBox()
        for name, revision in versions:
            self.version.addItem(self.tr("{name} – bản {revision}").format(name=name, revision=revision),
                                 (name, revision))
        own = [i for i, (n, _r) in enumerate(versions) if n == period.criteria]
        if own:
            self.version.setCurrentIndex(own[0])
        self.plan_text = QtWidgets.QLabel()
        self.plan_text.setWordWrap(True)
        self.plan_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.add_field("revision", self.tr("Chuyển sang"), self.version, aliases=("criteria",))
        self.form.add_row("", self.plan_text)
        self.version.currentIndexChanged.connect(self.show_plan)
        self.show_plan()

    def choice(self) -> tuple[str, int]:
        name, revision = self.version.currentData()
        return str(name), int(revision)

    def show_plan(self) -> None:
        if self.version.count() == 0:
            return
        name, revision = self.choice()
        try:
            plan = period_edit.relink_preview(self._ctx.workspace, self._period.name, name, revision)
        except ProblemsError as exc:  # shown in the dialog; the OK button then refuses the same way
            self.plan_text.setText("\n".join(render_all(exc.problems)))
            return
        lines = [
            self.tr("Giữ điểm của {kept} tiêu chí.").format(kept=len(plan.kept_leaves)),
        ]
        if plan.dropped_leaves:
            lines.append(self.tr("Tiêu chí không còn: {codes}.").format(codes=", ".join(plan.dropped_leaves)))
        if plan.dropped_scores:
            lines.append(self.tr("Sẽ bỏ {count} điểm đã nhập (ghi lại trong nhật ký):").format(
                count=len(plan.dropped_scores)))
            lines += [f"  {d.unit_code} › {d.leaf_code} = {d.value}" for d in plan.dropped_scores[:12]]
        if plan.dropped_vetoes:
            lines.append(self.tr("Sẽ bỏ khống chế: {marks}.").format(
                marks=", ".join(f"{u} › {v}" for u, v in plan.dropped_vetoes)))
        self.plan_text.setText("\n".join(lines))


class PeriodCorrections:
    """The periods page's "Sửa kỳ" menu: one dialog at a time, each saving through the services."""

    def __init__(self, ctx: ViewContext, owner: QtWidgets.QWidget, saved: Callable[[PeriodInfo], None],
                 deleted: Callable[[], None]) -> None:
        self._ctx, self._owner, self._saved, self._deleted = ctx, owner, saved, deleted
        self.dialog: QtWidgets.QDialog | None = None

    def rename(self, period: PeriodInfo) -> None:
        dialog = RenameDialog(period.name, self._owner)
        work = lambda: period_edit.rename_period(self._ctx.workspace, period.name, dialog.name.text())  # noqa: E731
        self._open(dialog, work)

    def units(self, period: PeriodInfo, units: Sequence[UnitRow]) -> None:
        chosen = period_edit.period_unit_codes(self._ctx.workspace, period.name)
        dialog = PeriodUnitsDialog(units, chosen, self._owner)
        work = lambda: period_edit.set_period_units(self._ctx.workspace, period.name, dialog.chosen())  # noqa: E731
        self._open(dialog, work)

    def relink(self, period: PeriodInfo) -> None:
        dialog = RelinkDialog(self._ctx, period, period_edit.criteria_versions(self._ctx.workspace), self._owner)

        def work() -> PeriodInfo:
            name, revision = dialog.choice()
            period_edit.relink_period(self._ctx.workspace, period.name, name, revision)
            return period_info(self._ctx.workspace, period.name)

        self._open(dialog, work)

    def dates(self, period: PeriodInfo) -> None:
        dialog = DatesDialog(period_span(self._ctx.workspace, period.name), self._owner)

        def work() -> PeriodInfo:
            set_span(self._ctx.workspace, period.name, *dialog.chosen())
            return period_info(self._ctx.workspace, period.name)

        self._open(dialog, work)

    def delete(self, period: PeriodInfo) -> None:
        try:
            c = period_edit.deletion_preview(self._ctx.workspace, period.name)
        except ProblemsError as exc:
            show_error(self._owner, exc)
            return
        box = QtWidgets.QMessageBox(self._owner)
        box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        box.setWindowTitle(box.tr("Xóa kỳ chấm điểm"))
        box.setText(box.tr("Xóa kỳ «{name}»?").format(name=c.period))
        box.setInformativeText(
            box.tr("Sẽ xóa cùng kỳ: {units} đơn vị của kỳ, {scores} điểm đã nhập, {vetoes} khống chế, "
                   "{decisions} quyết định khen thưởng thủ công. Nhật ký vẫn giữ lại.").format(
                units=c.units, scores=c.scores, vetoes=c.vetoes, decisions=c.decisions)
        )
        self.delete_button = box.addButton(box.tr("Xóa kỳ"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(box.tr("Hủy"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is self.delete_button:
                op = self._ctx.operation(
                    self._owner, lambda _p: period_edit.delete_period(self._ctx.workspace, period.name)
                )
                op.success(lambda _c: self._deleted()).failure(self._failed)
                op.run_in_background()

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _failed(self, exc: BaseException) -> None:
        show_error(self._owner, exc)

    def _open(self, dialog: FormDialog, work: Callable[[], PeriodInfo]) -> None:
        dialog.submitted.connect(lambda: save_from(self._ctx, dialog, work, self._saved))
        self.dialog = dialog
        dialog.open()
