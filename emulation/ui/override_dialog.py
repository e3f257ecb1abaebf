"""A manual award decision: include or exclude a unit, or withdraw the decision — always with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from emulation.scoring.problems import problem
from emulation.scoring.standings import RankedRow
from emulation.ui.form_dialog import FormDialog
from emulation.ui.labels import points
from emulation.ui.qt import QtWidgets


class Choice(StrEnum):
    INCLUDE = "include"
    EXCLUDE = "exclude"
    WITHDRAW = "withdraw"


class OverrideDialog(FormDialog):
    """``units``: those the person may choose (one: the unit is fixed); ``awards``: the period's awards."""

    def __init__(
        self,
        choice: Choice,
        units: Sequence[RankedRow],
        awards: Sequence[str] = (),
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        titles = {
            Choice.INCLUDE: self.tr("Thêm đơn vị vào danh sách khen thưởng"),
            Choice.EXCLUDE: self.tr("Loại đơn vị khỏi danh sách khen thưởng"),
            Choice.WITHDRAW: self.tr("Bỏ quyết định thủ công"),
        }
        super().__init__(titles[choice], self.tr("Ghi quyết định"), parent)
        self.choice = choice
        self.unit = QtWidgets.QComboBox()
        for row in units:
            label = self.tr("{name} ({code}) — hạng {rank}, {total} điểm").format(
                name=row.unit.name, code=row.unit.code, rank=row.rank, total=points(row.total)
            )
            self.unit.addItem(label, row.unit.code)
        self.unit.setEnabled(len(units) > 1)
        self.award = QtWidgets.QComboBox()
        self.award.addItem(self.tr("Theo quy định của bộ tiêu chí"), "")
        for name in awards:
            self.award.addItem(name, name)
        self.reason = QtWidgets.QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Bắt buộc: lý do được ghi vào nhật ký"))
        self.reason.setFixedHeight(90)
        self.form.add_field("unit", self.tr("Đơn vị"), self.unit)
        if choice is Choice.INCLUDE:
            self.form.add_field("award", self.tr("Hình thức"), self.award)
        self.form.add_field("reason", self.tr("Lý do"), self.reason)

    def unit_code(self) -> str:
        return str(self.unit.currentData() or "")

    def award_name(self) -> str | None:
        return self.award.currentData() or None

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def check(self) -> bool:
        problems = []
        if not self.unit_code():
            problems.append(problem("unit", "choose_unit"))
        if not self.reason_text():
            problems.append(problem("reason", "override_reason_missing"))
        self.form.show_problems(problems)
        return not problems
