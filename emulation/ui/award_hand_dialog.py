"""Rewarding units by hand: tick the units (search by name or code), pick the award, give the reason."""

from __future__ import annotations

from collections.abc import Sequence

from emulation.scoring.awards import DEFAULT_AWARD
from emulation.scoring.standings import RankedRow
from emulation.ui.form_dialog import FormDialog
from emulation.ui.labels import points
from emulation.ui.qt import QtWidgets
from emulation.ui.unit_checklist import UnitChecklist


class AwardByHandDialog(FormDialog):
    """``units``: the period's units not yet rewarded; ``awards``: the set's awards, best first
    (none: any award may be typed, "Giấy khen" by default)."""

    def __init__(
        self, units: Sequence[RankedRow], awards: Sequence[str], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Thêm đơn vị vào danh sách khen thưởng"), self.tr("Ghi quyết định"), parent)
        self.units = UnitChecklist([(r.unit.code, self._label(r)) for r in units])
        self.award = QtWidgets.QComboBox()
        self.award.setEditable(not awards)
        for name in awards or (DEFAULT_AWARD,):
            self.award.addItem(name)
        self.reason = QtWidgets.QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Bắt buộc: lý do được ghi vào nhật ký"))
        self.reason.setFixedHeight(70)
        self.form.add_field("unit", self.tr("Đơn vị"), self.units)
        self.form.add_field("award", self.tr("Hình thức"), self.award)
        self.form.add_field("reason", self.tr("Lý do"), self.reason)

    def _label(self, row: RankedRow) -> str:
        if row.standing.unscored:
            return self.tr("{name} ({code}) — chưa chấm").format(name=row.unit.name, code=row.unit.code)
        return self.tr("{name} ({code}) — hạng {rank}, {total} điểm").format(
            name=row.unit.name, code=row.unit.code, rank=row.rank, total=points(row.total)
        )

    def chosen(self) -> list[str]:
        return self.units.chosen()

    def award_name(self) -> str:
        return self.award.currentText().strip()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
