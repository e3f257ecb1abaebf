"""The tables of the import assistant: changes, criteria leaves, units and faults, over plain values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from emulation.excel.safe_open import SEPARATOR
from emulation.i18n import say
from emulation.scoring.criteria import Leaf
from emulation.scoring.entries import decode_raw
from emulation.scoring.problems import Problem
from emulation.services.import_preview import Change
from emulation.ui.import_plans import UnitLine
from emulation.ui.labels import points, tr
from emulation.ui.qt import Qt, QtCore, QtGui
from emulation.ui.scoring.cell_text import display_text
from emulation.ui.scoring.header_text import scale_text
from emulation.ui.table_model import CENTER, RIGHT, Column, RowsModel, bold_font


def raw_text(raw: str | None, leaf: Leaf | None = None) -> str:
    """A stored raw value as shown: "4.5" → "4,5", a check as có/không, a measure with its unit."""
    if raw is None:
        return ""
    if leaf is not None:
        try:
            value = decode_raw(leaf.criterion, raw)
        except InvalidOperation:
            return raw
        return display_text(leaf.criterion, value, tr("có"), tr("không"))
    try:
        return points(Decimal(raw))
    except InvalidOperation:
        return raw


def place_names() -> dict[str, str]:
    """The places the services name outside any file (a choice of the dialog)."""
    return {
        "period": tr("Kỳ chấm điểm"),
        "--scorer": tr("Người chấm"),
        "criteria": tr("Bộ tiêu chí"),
        "units": tr("Đơn vị"),
        "name": tr("Tên"),
    }


def place_in_file(where: str) -> str:
    """A fault's place without its file name (the dialog shows the file once): "Điểm › D7"."""
    named = place_names().get(where)
    if named is not None:
        return named
    parts = where.split(SEPARATOR, 1)
    return parts[1] if len(parts) == 2 and parts[0].lower().endswith((".xlsx", ".xlsm", ".csv", ".json")) else where


class ChangesModel(RowsModel[Change]):
    """Mã | Tên đơn vị | Tiêu chí | Cũ | Mới | Ô: each value an import of scores would write."""

    NEW = 4

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        self._leaves: Mapping[str, Leaf] = {}
        columns = [
            Column[Change](tr("Mã"), lambda c: c.unit_code),
            Column[Change](tr("Tên đơn vị"), lambda c: c.unit_name),
            Column[Change](tr("Tiêu chí"), lambda c: c.leaf_code, CENTER, tooltip=self._leaf_title),
            Column[Change](tr("Cũ"), lambda c: raw_text(c.old, self._leaves.get(c.leaf_code)), RIGHT),
            Column[Change](tr("Mới"), lambda c: raw_text(c.new, self._leaves.get(c.leaf_code)), RIGHT),
            Column[Change](tr("Ô"), lambda c: place_in_file(c.where), tooltip=lambda c: c.where),
        ]
        super().__init__(columns, parent)

    def set_changes(self, changes: Sequence[Change], leaves: Mapping[str, Leaf]) -> None:
        """The changes, shown the way each leaf reads (check, level, measure with its unit)."""
        self._leaves = leaves
        self.set_rows(changes)

    def _leaf_title(self, change: Change) -> str | None:
        leaf = self._leaves.get(change.leaf_code)
        return leaf.title if leaf is not None else None

    def extra_data(self, row: Change, column: int, role: int) -> Any:
        if column == self.NEW and role == Qt.ItemDataRole.FontRole:
            return bold_font()
        return None


class LeavesModel(RowsModel[Leaf]):
    """Mã | Tiêu chí | Thang điểm: the scored leaves of a criteria set read from a file."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        columns = [
            Column[Leaf](tr("Mã"), lambda leaf: leaf.code),
            Column[Leaf](tr("Tiêu chí"), lambda leaf: leaf.title, tooltip=lambda leaf: " › ".join(leaf.path)),
            Column[Leaf](tr("Thang điểm"), scale_text, RIGHT),
        ]
        super().__init__(columns, parent)


def field_names() -> dict[str, str]:
    return {"name": tr("tên"), "kind": tr("loại"), "parent": tr("cấp trên"), "cluster": tr("cụm")}


def unit_change_text(line: UnitLine) -> str:
    if line.is_new:
        return tr("Thêm mới")
    if line.is_same:
        return tr("Giữ nguyên")
    names = field_names()
    return tr("Sửa: {fields}").format(fields=", ".join(names[f] for f in line.fields))


class UnitLinesModel(RowsModel[UnitLine]):
    """Mã | Tên | Loại | Thuộc | Cụm | Thay đổi: the units an import would add or change."""

    CHANGE = 5

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        columns = [
            Column[UnitLine](tr("Mã"), lambda u: u.record.code),
            Column[UnitLine](tr("Tên"), lambda u: u.record.name),
            Column[UnitLine](tr("Loại"), lambda u: u.record.kind or ""),
            Column[UnitLine](tr("Thuộc"), lambda u: u.record.parent_code or ""),
            Column[UnitLine](tr("Cụm"), lambda u: u.record.cluster or ""),
            Column[UnitLine](tr("Thay đổi"), unit_change_text),
        ]
        super().__init__(columns, parent)

    def extra_data(self, row: UnitLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.is_same:
            return QtGui.QBrush(QtGui.QColor("#707070"))
        if column == self.CHANGE and role == Qt.ItemDataRole.ForegroundRole:
            return QtGui.QBrush(QtGui.QColor("#1b5e20" if row.is_new else "#8a5300"))
        return None


class FaultsModel(RowsModel[Problem]):
    """Vị trí | Lỗi: every fault that stops the import."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        columns = [
            Column[Problem](tr("Vị trí"), lambda p: place_in_file(p.where), tooltip=lambda p: p.where),
            Column[Problem](tr("Lỗi"), lambda p: say(p.code, **p.params), tooltip=lambda p: say(p.code, **p.params)),
        ]
        super().__init__(columns, parent)

    def extra_data(self, row: Problem, column: int, role: int) -> Any:
        if column == 0 and role == Qt.ItemDataRole.ForegroundRole:
            return QtGui.QBrush(QtGui.QColor("#b00020"))
        return None
