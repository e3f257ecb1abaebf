"""What the file is: scores of a period (with the role and scorer), a criteria set, or the units."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from emulation.scoring.scores import Role
from emulation.services.periods import PeriodInfo
from emulation.ui.import_plans import ImportKind, ImportRequest
from emulation.ui.labels import tr
from emulation.ui.qt import QtWidgets, Signal, Slot


def kind_labels() -> dict[ImportKind, str]:
    return {
        ImportKind.SCORES: tr("Điểm chấm của một kỳ"),
        ImportKind.CRITERIA: tr("Bộ tiêu chí (thang điểm)"),
        ImportKind.UNITS: tr("Danh sách đơn vị"),
    }


def role_labels() -> dict[Role, str]:
    return {Role.SELF: tr("Tự chấm"), Role.MEMBER: tr("Thành viên hội đồng"), Role.OFFICIAL: tr("Thẩm định")}


def _folded(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in plain if not unicodedata.combining(c)).replace("-", " ").replace("_", " ")


def guess_kind(path: Path) -> ImportKind | None:
    """What a file probably holds, from its name alone: the person can always choose otherwise."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return ImportKind.CRITERIA
    if suffix == ".csv":
        return ImportKind.UNITS
    name = _folded(path.stem)
    for words, kind in (("tieu chi", ImportKind.CRITERIA), ("don vi", ImportKind.UNITS), ("diem", ImportKind.SCORES)):
        if words in name:
            return kind
    return None


class ImportOptions(QtWidgets.QWidget):
    """``changed`` is emitted whenever a choice changes (a shown preview no longer holds)."""

    changed = Signal()

    def __init__(
        self,
        periods: Sequence[PeriodInfo],
        scorers_of: Callable[[str], list[str]],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scorers_of = scorers_of
        self.kind = QtWidgets.QComboBox()
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind)
        self.form = QtWidgets.QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(tr("Nội dung tệp:"), self.kind)
        self._rows: dict[ImportKind, list[QtWidgets.QWidget]] = {
            ImportKind.SCORES: self._scores_rows(periods),
            ImportKind.CRITERIA: self._criteria_rows(),
            ImportKind.UNITS: self._units_rows(),
        }
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._show_rows()
        self._period_chosen()

    # --- rows -------------------------------------------------------------------------------

    def _scores_rows(self, periods: Sequence[PeriodInfo]) -> list[QtWidgets.QWidget]:
        self.period = QtWidgets.QComboBox()
        self.period.setPlaceholderText(tr("Chưa có kỳ chấm điểm nào"))
        scored = [p for p in periods if not p.is_summary]
        for p in scored:
            self.period.addItem(p.name + (tr(" (đã khóa)") if p.locked else ""), p.name)
        open_ones = [i for i, p in enumerate(scored) if not p.locked]
        if scored:
            self.period.setCurrentIndex(open_ones[-1] if open_ones else len(scored) - 1)
        self.role = QtWidgets.QComboBox()
        for role, label in role_labels().items():
            self.role.addItem(label, role)
        self.role.setCurrentIndex(self.role.findData(Role.MEMBER))
        self.scorer = QtWidgets.QComboBox()
        self.scorer.setEditable(True)
        line = self.scorer.lineEdit()
        assert line is not None
        line.setPlaceholderText(tr("Họ tên thành viên hội đồng"))
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.scorer.currentTextChanged.connect(self.changed)
        self.form.addRow(tr("Kỳ chấm điểm:"), self.period)
        self.form.addRow(tr("Vai trò người chấm:"), self.role)
        self.form.addRow(tr("Người chấm:"), self.scorer)
        return [self.period, self.role, self.scorer]

    def _criteria_rows(self) -> list[QtWidgets.QWidget]:
        self.criteria_name = QtWidgets.QLineEdit()
        self.criteria_name.setPlaceholderText(tr("Để trống: dùng tên ghi trong tệp"))
        self.criteria_name.textChanged.connect(self.changed)
        self.form.addRow(tr("Tên bộ tiêu chí:"), self.criteria_name)
        return [self.criteria_name]

    def _units_rows(self) -> list[QtWidgets.QWidget]:
        hint = QtWidgets.QLabel(
            tr("Bảng có các cột Mã, Tên, Loại, Thuộc (mã đơn vị cấp trên), Cụm. Đơn vị đã có được cập nhật theo mã.")
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.form.addRow(hint)
        return [hint]

    def _show_rows(self) -> None:
        current = self.current_kind()
        for kind, widgets in self._rows.items():
            for widget in widgets:
                self.form.setRowVisible(widget, kind is current)

    # --- choices ----------------------------------------------------------------------------

    def current_kind(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

    def set_kind(self, kind: ImportKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def set_period(self, name: str) -> None:
        self.period.setCurrentIndex(self.period.findData(name))

    def set_role(self, role: Role, scorer: str = "") -> None:
        self.role.setCurrentIndex(self.role.findData(role))
        self.scorer.setCurrentText(scorer)

    def request(self, path: Path) -> ImportRequest | None:
        """The request for ``path`` with these choices, or None while one is still missing."""
        kind = self.current_kind()
        if kind is ImportKind.CRITERIA:
            return ImportRequest(kind, path, name=self.criteria_name.text().strip() or None)
        if kind is ImportKind.UNITS:
            return ImportRequest(kind, path)
        period = self.period.currentData()
        role = Role(self.role.currentData())
        scorer = self.scorer.currentText().strip() if role is Role.MEMBER else ""
        if not period or (role is Role.MEMBER and not scorer):
            return None
        return ImportRequest(kind, path, period=period, role=role, scorer=scorer)

    def missing(self) -> str:
        """What still has to be chosen, for the person to read."""
        if self.current_kind() is not ImportKind.SCORES:
            return ""
        if not self.period.currentData():
            return tr("Chưa có kỳ chấm điểm: hãy tạo kỳ trước khi nhập điểm.")
        if Role(self.role.currentData()) is Role.MEMBER and not self.scorer.currentText().strip():
            return tr("Nhập tên thành viên hội đồng đã chấm các điểm này.")
        return ""

    @Slot()
    def _kind_chosen(self) -> None:
        self._show_rows()
        self.changed.emit()

    @Slot()
    def _period_chosen(self) -> None:
        period = self.period.currentData()
        typed = self.scorer.currentText()
        self.scorer.blockSignals(True)
        self.scorer.clear()
        self.scorer.addItems(self._scorers_of(period) if period else [])
        self.scorer.setCurrentText(typed)
        self.scorer.blockSignals(False)
        self.changed.emit()

    @Slot()
    def _role_chosen(self) -> None:
        self.scorer.setEnabled(Role(self.role.currentData()) is Role.MEMBER)
        self.changed.emit()
