"""A thin table model over one :class:`ScoreSheet`: units as rows, the sheet's columns across.

``data()`` does constant work per call: cell texts are made once and cached until the cell
changes; totals, ranks and grades come from :class:`LiveResults` and are cached until the
next edit. Writing is not done here: the controller writes through the services, then
tells the model what was saved (``apply_values``, ``apply_veto``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from emulation.scoring.criteria import ADJUSTMENTS, Kind
from emulation.scoring.entries import RawValue
from emulation.scoring.numbers import ONE
from emulation.services.score_sheet import ScoreSheet, SheetUnit
from emulation.text import format_decimal
from emulation.ui.qt import Qt, QtCore, QtGui, Signal
from emulation.ui.scoring import header_text
from emulation.ui.scoring.cell_text import display_text, edit_text
from emulation.ui.scoring.columns import RESULT_KINDS, Column, ColumnKind, sheet_columns
from emulation.ui.scoring.completeness import incomplete_rows
from emulation.ui.scoring.live import LiveResults
from emulation.ui.scoring.measured_cells import MEASURED_FOREGROUND, measured_tooltip
from emulation.ui.scoring.roles import (
    CLUSTER_ROLE,
    COLUMN_ROLE,
    COPY_ROLE,
    GROUP_ROLE,
    INCOMPLETE_ROLE,
    PARENT_ROLE,
    RAW_ROLE,
    UNIT_CODE_ROLE,
)
from emulation.ui.scoring.tooltips import cell_tooltip

INCOMPLETE_BACKGROUND = QtGui.QColor("#fff6d5")
RESULT_BACKGROUND = QtGui.QColor("#eef3fa")
BAD_BACKGROUND = "#fbd5d5"  #: a refused value waiting to be corrected
DEMOTED_FOREGROUND = QtGui.QColor("#a61b1b")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)

Value = tuple[str, str, RawValue | None]  # (unit code, leaf code, raw or None)
Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
_ROOT = QtCore.QModelIndex()


class ScoreModel(QtCore.QAbstractTableModel):
    """Rows: the sheet's units in tree order. Columns: see :func:`sheet_columns`."""

    results_ready = Signal()

    def __init__(self, sheet: ScoreSheet, parent: QtCore.QObject | None = None,
                 incomplete: frozenset[int] | None = None) -> None:
        """``incomplete``: the rows missing a value when already known (see :func:`incomplete_rows`)."""
        super().__init__(parent)
        self._sheet = sheet
        self._columns = sheet_columns(sheet.criteria)
        self._row_of = {u.code: i for i, u in enumerate(sheet.units)}
        self._column_of = {c.leaf.code: i for i, c in enumerate(self._columns) if c.leaf is not None}
        self._veto_column = {c.veto.code: i for i, c in enumerate(self._columns) if c.veto is not None}
        self._values: dict[tuple[str, str], RawValue] = dict(sheet.values)
        #: values typed but refused: (text, reason) by (unit, leaf), shown until corrected or cleared
        self._bad: dict[tuple[str, str], tuple[str, str]] = {}
        self._vetoes = {code: set(marks) for code, marks in sheet.vetoes.items()}
        self._base = tuple(lf.code for lf in sheet.criteria.leaves if lf.kind not in ADJUSTMENTS)
        self._measured_cells = {cell for cell, m in sheet.measured.items() if m.raw is not None}
        self._incomplete = set(incomplete_rows(sheet) if incomplete is None else incomplete)
        self._live: LiveResults | None = None
        self._pending: list[Value] = []
        self._pending_vetoes: list[tuple[str, str, bool]] = []
        self._texts: dict[tuple[int, int], str] = {}
        self._results: dict[tuple[int, int], str] = {}
        self._editable = False
        self._yes, self._no = self.tr("Có"), self.tr("Không")
        self._incomplete_brush = QtGui.QBrush(INCOMPLETE_BACKGROUND)
        self._result_brush = QtGui.QBrush(RESULT_BACKGROUND)
        self._bad_brush = QtGui.QBrush(QtGui.QColor(BAD_BACKGROUND))
        self._demoted_brush = QtGui.QBrush(DEMOTED_FOREGROUND)
        self._measured_brush = QtGui.QBrush(MEASURED_FOREGROUND)

    # --- what the model shows --------------------------------------------------------------

    @property
    def sheet(self) -> ScoreSheet:
        return self._sheet

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    @property
    def live(self) -> LiveResults | None:
        return self._live

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._sheet.units)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def unit_at(self, row: int) -> SheetUnit:
        return self._sheet.units[row]

    def row_of(self, unit_code: str) -> int:
        return self._row_of[unit_code]

    def column_of(self, leaf_code: str) -> int:
        return self._column_of[leaf_code]

    def value(self, unit_code: str, leaf_code: str) -> RawValue | None:
        return self._values.get((unit_code, leaf_code))

    def veto_holds(self, unit_code: str, veto_code: str) -> bool:
        return veto_code in self._vetoes.get(unit_code, ())

    def incomplete_count(self) -> int:
        return len(self._incomplete)

    def editable(self) -> bool:
        return self._editable

    def set_editable(self, editable: bool) -> None:
        if editable != self._editable:
            self._editable = editable
            self._all_changed()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self._columns[index.column()]
        if not self._editable or not column.is_input:
            return flags
        if column.kind is ColumnKind.VETO:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        assert column.leaf is not None
        if (self._sheet.units[index.row()].code, column.leaf.code) in self._sheet.measured:
            return flags
        if column.leaf.kind is Kind.CHECK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        column = self._columns[col]
        bad = self._bad.get((self._sheet.units[row].code, column.leaf.code)) if column.leaf is not None else None
        if bad is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return bad[0]
        if bad is not None and role == Qt.ItemDataRole.BackgroundRole:
            return self._bad_brush
        if bad is not None and role == Qt.ItemDataRole.ToolTipRole:
            return bad[1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column.kind in RESULT_KINDS:
                return self._result_brush
            return self._incomplete_brush if row in self._incomplete else None
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._check_state(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role in (Qt.ItemDataRole.EditRole, COPY_ROLE):
            return self._edit_text(row, col, column)
        return self._other(row, column, role)

    def _other(self, row: int, column: Column, role: int) -> Any:
        unit = self._sheet.units[row]
        if role == UNIT_CODE_ROLE:
            return unit.code
        if role == COLUMN_ROLE:
            return column
        if role == RAW_ROLE:
            return self._values.get((unit.code, column.leaf.code)) if column.leaf is not None else None
        if role == PARENT_ROLE:
            return unit.parent_code
        if role == CLUSTER_ROLE:
            return unit.cluster
        if role == INCOMPLETE_ROLE:
            return row in self._incomplete
        if role == Qt.ItemDataRole.ToolTipRole:
            measured = self._sheet.measured.get((unit.code, column.leaf.code)) if column.leaf is not None else None
            if measured is not None:
                return measured_tooltip(measured)
            raw = self._values.get((unit.code, column.leaf.code)) if column.leaf is not None else None
            live = self._live.row(unit.code) if self._live is not None else None
            return cell_tooltip(unit, column, raw, live)
        return None

    def _display(self, row: int, col: int, column: Column) -> str:
        cache = self._results if column.kind in RESULT_KINDS else self._texts
        text = cache.get((row, col))
        if text is None:
            text = cache[(row, col)] = self._make_text(row, column)
        return text

    def _make_text(self, row: int, column: Column) -> str:
        unit = self._sheet.units[row]
        if column.leaf is not None:
            measured = self._sheet.measured.get((unit.code, column.leaf.code))
            raw = measured.raw if measured is not None else self._values.get((unit.code, column.leaf.code))
            return display_text(column.leaf.criterion, raw, self._yes, self._no)
        if column.kind is ColumnKind.CODE:
            return unit.code
        if column.kind is ColumnKind.NAME:
            return unit.name
        if column.kind is ColumnKind.VETO:
            return ""
        ranked = self._live.row(unit.code) if self._live is not None else None
        if ranked is None:
            return "…"
        if column.kind is ColumnKind.TOTAL:
            return format_decimal(ranked.total)
        if column.kind is ColumnKind.RANK:
            return "–" if ranked.rank is None else str(ranked.rank)  # the column is narrow: "chưa chấm" in the tip
        return ranked.grade or ""

    def _edit_text(self, row: int, col: int, column: Column) -> str:
        if column.leaf is None:
            return self._display(row, col, column)
        raw = self._values.get((self._sheet.units[row].code, column.leaf.code))
        return edit_text(column.leaf.criterion, raw, self._yes, self._no)

    def _check_state(self, row: int, column: Column) -> Qt.CheckState | None:
        unit = self._sheet.units[row].code
        if column.kind is ColumnKind.VETO:
            assert column.veto is not None
            holds = self.veto_holds(unit, column.veto.code)
            return Qt.CheckState.Checked if holds else Qt.CheckState.Unchecked
        if column.leaf is not None and column.leaf.kind is Kind.CHECK:
            yes = self._values.get((unit, column.leaf.code)) == ONE
            return Qt.CheckState.Checked if yes else Qt.CheckState.Unchecked
        return None

    def _alignment(self, column: Column) -> int:
        if column.kind in (ColumnKind.TOTAL, ColumnKind.RANK):
            return _RIGHT
        if column.leaf is not None and column.leaf.kind not in (Kind.LEVELS, Kind.CHECK):
            return _RIGHT
        if column.kind is ColumnKind.VETO:
            return _CENTER
        return _LEFT

    def _foreground(self, row: int, column: Column) -> QtGui.QBrush | None:
        if column.leaf is not None and (self._sheet.units[row].code, column.leaf.code) in self._sheet.measured:
            return self._measured_brush
        if column.kind is not ColumnKind.GRADE or self._live is None:
            return None
        ranked = self._live.row(self._sheet.units[row].code)
        if ranked is not None and (ranked.capped_by or ranked.quota_demoted or ranked.award_barred):
            return self._demoted_brush
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(line for line in header_text.section_lines(column) if line)
        if role == GROUP_ROLE:
            key = column.group_key
            return (key, header_text.band_title(self._sheet.criteria, key)) if key else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_text.section_tooltip(column)
        if role == COLUMN_ROLE:
            return column
        return None

    # --- what the controller tells it ------------------------------------------------------

    def mark_bad(self, unit_code: str, leaf_code: str, text: str, reason: str) -> None:
        """Keep a refused value in its cell, with the reason, until it is corrected or cleared."""
        self._bad[(unit_code, leaf_code)] = (text, reason)
        index = self.index(self._row_of[unit_code], self._column_of[leaf_code])
        self.dataChanged.emit(index, index)

    def clear_bad(self, unit_code: str, leaf_code: str) -> None:
        if self._bad.pop((unit_code, leaf_code), None) is not None:
            index = self.index(self._row_of[unit_code], self._column_of[leaf_code])
            self.dataChanged.emit(index, index)

    def bad(self, unit_code: str, leaf_code: str) -> tuple[str, str] | None:
        """The refused text and its reason shown in a cell, if any."""
        return self._bad.get((unit_code, leaf_code))

    def apply_values(self, values: Sequence[Value]) -> None:
        """Show saved values and recompute the results."""
        rows: set[int] = set()
        cols: set[int] = set()
        for unit_code, leaf_code, raw in values:
            key = (unit_code, leaf_code)
            self._bad.pop(key, None)
            if raw is None:
                self._values.pop(key, None)
            else:
                self._values[key] = raw
            row, col = self._row_of[unit_code], self._column_of[leaf_code]
            self._texts.pop((row, col), None)
            rows.add(row)
            cols.add(col)
        if self._live is None:
            self._pending.extend(values)
        else:
            self._live.apply(values)
        self._recheck_complete(rows)
        if rows:
            self.dataChanged.emit(self.index(min(rows), min(cols)), self.index(max(rows), max(cols)))
        self._refresh_results()

    def apply_veto(self, unit_code: str, veto_code: str, on: bool) -> None:
        marks = self._vetoes.setdefault(unit_code, set())
        if on:
            marks.add(veto_code)
        else:
            marks.discard(veto_code)
        if self._live is None:
            self._pending_vetoes.append((unit_code, veto_code, on))
        else:
            self._live.set_veto(unit_code, veto_code, on)
        index = self.index(self._row_of[unit_code], self._veto_column[veto_code])
        self.dataChanged.emit(index, index)
        self._refresh_results()

    def set_live(self, live: LiveResults) -> None:
        """Results computed off the GUI thread arrive: catch up with edits made meanwhile."""
        live.apply(self._pending)
        for unit_code, veto_code, on in self._pending_vetoes:
            live.set_veto(unit_code, veto_code, on)
        self._pending.clear()
        self._pending_vetoes.clear()
        self._sheet, self._live = live.sheet, live  # the same sheet, with the period's other entries
        self._refresh_results()
        self.results_ready.emit()

    def _refresh_results(self) -> None:
        if self._live is None or not self._sheet.units:
            return
        self._live.refresh()
        self._results.clear()
        columns = [i for i, c in enumerate(self._columns) if c.kind in RESULT_KINDS]
        self.dataChanged.emit(self.index(0, columns[0]), self.index(len(self._sheet.units) - 1, columns[-1]))

    def _complete(self, unit_code: str) -> bool:
        known = self._measured_cells
        return all((unit_code, leaf) in self._values or (unit_code, leaf) in known for leaf in self._base)

    def _recheck_complete(self, rows: set[int]) -> None:
        for row in rows:
            was = row in self._incomplete
            now = not self._complete(self._sheet.units[row].code)
            if was == now:
                continue
            (self._incomplete.add if now else self._incomplete.discard)(row)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def _all_changed(self) -> None:
        if self._sheet.units:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._sheet.units) - 1, len(self._columns) - 1))
