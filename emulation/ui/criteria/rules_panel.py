"""Grades, vetoes, quotas and award rules of the set, each as an editable table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from emulation.ui.criteria.award_rows import award_rows, awards_of
from emulation.ui.criteria.draft import Doc
from emulation.ui.criteria.labels import scope_labels
from emulation.ui.criteria.rows_table import ColumnSpec, RowsTable
from emulation.ui.qt import QtCore, QtWidgets, Signal

TABLES = ("grades", "vetoes", "quotas", "awards")


class RulesPanel(QtCore.QObject):
    """Holds the four tables; the view shows each on a tab of its own."""

    edited = Signal(str, list)  #: (table name, its rows in document form)

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self._grades: list[str] = []
        self._award_names: list[str] = []  #: the set's awards and those its history rules already name
        grade = self._grade_choices
        cap = self._cap_choices
        self.tables = {
            "grades": RowsTable(
                [ColumnSpec("name", self.tr("Xếp loại")), ColumnSpec("min", self.tr("Điểm từ"))], parent
            ),
            "vetoes": RowsTable(
                [
                    ColumnSpec("code", self.tr("Mã")),
                    ColumnSpec("title", self.tr("Điều kiện khống chế")),
                    ColumnSpec("cap_grade", self.tr("Khi vi phạm"), cap),
                ],
                parent,
            ),
            "quotas": RowsTable(
                [
                    ColumnSpec("grade", self.tr("Xếp loại"), grade),
                    ColumnSpec("max_share", self.tr("Tỷ lệ tối đa (0–1)")),
                    ColumnSpec("of", self.tr("Trong số đạt từ"), grade),
                ],
                parent,
            ),
            "awards": RowsTable(
                [
                    ColumnSpec("name", self.tr("Hình thức")),
                    ColumnSpec("kind", self.tr("Xét theo"), self._rule_choices),
                    ColumnSpec("value", self.tr("Giá trị")),
                    ColumnSpec("per", self.tr("Phạm vi"), self._scope_choices),
                    ColumnSpec("amount", self.tr("Hệ số tiền thưởng")),
                    ColumnSpec("history", self.tr("Điều kiện các năm trước"), self._history_choices),
                    ColumnSpec("history_years", self.tr("Số năm liền trước")),
                ],
                parent,
                fit_width=True,
            ),
        }
        self.titles = {
            "grades": self.tr("Xếp loại"),
            "vetoes": self.tr("Khống chế"),
            "quotas": self.tr("Tỷ lệ"),
            "awards": self.tr("Khen thưởng"),
        }
        for name, table in self.tables.items():
            table.edited.connect(lambda rows, name=name: self.edited.emit(name, self._document_rows(name, rows)))

    def show_rules(self, doc: Doc, read_only: bool) -> None:
        self._grades = [str(g.get("name", "")) for g in doc.get("grades", [])]
        awards = doc.get("awards", [])
        named = [str(a.get("name", "")) for a in awards]
        named += [str(h["award"]) for a in awards if isinstance(h := (a.get("rule") or {}).get("history"), dict)
                  and isinstance(h.get("award"), str)]
        self._award_names = list(dict.fromkeys(n for n in named if n))
        for name, table in self.tables.items():
            rows = doc.get(name, [])
            table.set_rows(award_rows(rows) if name == "awards" else rows)
            table.set_read_only(read_only)

    def show_rule_problems(self, faults: dict[str, dict[tuple[int, str], str]]) -> None:
        for name, table in self.tables.items():
            table.set_problems(_award_cells(faults.get(name, {})) if name == "awards" else faults.get(name, {}))

    def _document_rows(self, name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return awards_of(rows) if name == "awards" else rows

    def _grade_choices(self) -> Sequence[tuple[str, Any]]:
        return [(g, g) for g in self._grades]

    def _cap_choices(self) -> Sequence[tuple[str, Any]]:
        return [
            (self.tr("Loại khỏi khen thưởng"), None),
            *((self.tr("Tối đa: {0}").format(g), g) for g in self._grades),
        ]

    def _history_choices(self) -> Sequence[tuple[str, Any]]:
        return [
            (self.tr("Không xét"), None),
            *((self.tr("Được «{0}» mỗi năm").format(a), f"award:{a}") for a in self._award_names),
            *((self.tr("Xếp loại «{0}» mỗi năm").format(g), f"grade:{g}") for g in self._grades),
        ]

    def _rule_choices(self) -> Sequence[tuple[str, Any]]:
        return [
            (self.tr("Xếp hạng đứng đầu (top N)"), "top"),
            (self.tr("Xếp loại (liệt kê)"), "grades"),
            (self.tr("Tổng điểm tối thiểu"), "min_total"),
            (self.tr("Chỉ xét lịch sử khen thưởng"), "history"),
        ]

    def _scope_choices(self) -> Sequence[tuple[str, Any]]:
        return [(label, value) for value, label in scope_labels().items()]


def _award_cells(faults: dict[tuple[int, str], str]) -> dict[tuple[int, str], str]:
    """A fault at ``rule.top`` or ``rule.grades`` belongs to the value column, ``rule.per`` to the scope."""
    columns = {"rule.per": "per", "rule": "kind", "rule.history.years": "history_years"}

    def column(key: str) -> str:
        if key in columns:
            return columns[key]
        if key.startswith("rule.history"):
            return "history"
        return "value" if key.startswith("rule") else key

    return {(row, column(key)): m for (row, key), m in faults.items()}
