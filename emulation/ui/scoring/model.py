"""A thin table model over one :class:`ScoreSheet`: units as rows, the sheet's columns across.

``data()`` does constant work per call: the text of each value of a leaf is made once (a
stored value is decoded when its cell is first shown), the roles that never change along a
column are worked out once per column; totals, ranks and grades
come from :class:`LiveResults` and are cached until the next edit. A large sheet arrives with
the values of its first rows (``values_rows``); ``set_values`` brings the rest, under the
values saved meanwhile. Writing is not done here: the controller writes through the services, then
tells the model what was saved (``apply_values``, ``apply_veto``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from emulation.scoring.criteria import ADJUSTMENTS, Kind, Leaf
from emulation.scoring.entries import RawValue
from emulation.scoring.numbers import ONE
from emulation.services.score_sheet import ScoreSheet, SheetUnit
from emulation.text import format_decimal
from emulation.ui.qt import Qt, QtCore, QtGui, Signal
from emulation.ui.scoring import header_text
from emulation.ui.scoring.cell_text import display_text, edit_text
from emulation.ui.scoring.columns import RESULT_KINDS, Column, ColumnKind, sheet_columns
from emulation.ui.scoring.completeness import incomplete_rows
from emulation.ui.scoring.live.results import LiveResults
from emulation.ui.scoring.measured_cells import MEASURED_FOREGROUND, measured_tooltip
from emulation.ui.scoring.plain_cells import PlainCell
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

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
#: roles a cell is asked for whenever it is drawn and never has
_NEVER = frozenset(int(r) for r in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole,
                                    Qt.ItemDataRole.SizeHintRole))
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE = _SHOWN | Qt.ItemFlag.ItemIsUserCheckable
_EDITABLE = _SHOWN | Qt.ItemFlag.ItemIsEditable
_EDITABLE_CHECK = _EDITABLE | Qt.ItemFlag.ItemIsUserCheckable
_VETO_INPUT, _CHECK_INPUT, _VALUE_INPUT = "veto", "check", "value"

Value = tuple[str, str, RawValue | None]  # (unit code, leaf code, raw or None)
#: units whose stored entries one change may have the live results read on the GUI thread; a
#: change touching more of them (a paste down a column) has them read in the background
READ_HERE = 100
Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
_ROOT = QtCore.QModelIndex()


class ScoreModel(QtCore.QAbstractTableModel):
    """Rows: the sheet's units in tree order. Columns: see :func:`sheet_columns`."""

    results_ready = Signal()
    values_ready = Signal()  #: the values of every row are in
    #: (live results, values): a change touches too many units whose stored entries the live
    #: results have not read: they are handed over without it, for those units' standings to be
    #: read from what is saved and the values applied in the background; they come back through
    #: ``set_live``
    catching_up = Signal(object, object)

    def __init__(self, sheet: ScoreSheet, parent: QtCore.QObject | None = None,
                 incomplete: frozenset[int] | None = None) -> None:
        """``incomplete``: the rows missing a value when already known (see :func:`incomplete_rows`)."""
        super().__init__(parent)
        self._sheet = sheet
        self._columns = sheet_columns(sheet.criteria)
        # what does not change per row, worked out once per column (data() is asked for every cell drawn)
        self._input = [_input_kind(c) for c in self._columns]
        self._checks = [c.kind is ColumnKind.VETO or (c.leaf is not None and c.leaf.kind is Kind.CHECK)
                        for c in self._columns]
        self._align = [_alignment(c) for c in self._columns]
        self._result = [c.kind in RESULT_KINDS for c in self._columns]
        self._row_of = {u.code: i for i, u in enumerate(sheet.units)}
        self._column_of = {c.leaf.code: i for i, c in enumerate(self._columns) if c.leaf is not None}
        self._veto_column = {c.veto.code: i for i, c in enumerate(self._columns) if c.veto is not None}
        self._stored: Mapping[tuple[str, str], RawValue] = sheet.values
        #: values saved since the sheet was read (None: cleared), shown over the stored ones
        self._saved: dict[tuple[str, str], RawValue | None] = {}
        self._read_rows = len(sheet.units) if sheet.values_rows is None else sheet.values_rows
        #: values typed but refused: (text, reason) by (unit, leaf), shown until corrected or cleared
        self._bad: dict[tuple[str, str], tuple[str, str]] = {}
        self._vetoes = {code: set(marks) for code, marks in sheet.vetoes.items()}
        self._base = tuple(lf.code for lf in sheet.criteria.leaves if lf.kind not in ADJUSTMENTS)
        self._measured_cells = {cell for cell, m in sheet.measured.items() if m.raw is not None}
        self._incomplete = set(incomplete_rows(sheet) if incomplete is None else incomplete)
        self._live: LiveResults | None = None
        self._pending: list[Value] = []
        self._pending_vetoes: list[tuple[str, str, bool]] = []
        #: a leaf's value as shown and as edited, by (leaf code, value, shown): a sheet's values are few
        self._words: dict[tuple[str, RawValue | None, bool], str] = {}
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

    def has_unit(self, unit_code: str) -> bool:
        return unit_code in self._row_of

    def row_of(self, unit_code: str) -> int:
        return self._row_of[unit_code]

    def column_of(self, leaf_code: str) -> int:
        return self._column_of[leaf_code]

    def value(self, unit_code: str, leaf_code: str) -> RawValue | None:
        return self._value((unit_code, leaf_code))

    def _value(self, cell: tuple[str, str]) -> RawValue | None:
        saved = self._saved
        return saved[cell] if cell in saved else self._stored.get(cell)

    def loading(self) -> bool:
        """Whether the values of some rows are still being read."""
        return self._read_rows < len(self._sheet.units)

    def row_read(self, unit_code: str) -> bool:
        """Whether the values of ``unit_code``'s row are in (they are still read for the others)."""
        return self._row_of[unit_code] < self._read_rows

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
            return _NO_FLAGS
        row, col = index.row(), index.column()
        kind = self._input[col]
        if not self._editable or kind is None:
            return _SHOWN
        if kind is _VETO_INPUT:
            return _CHECKABLE
        leaf = self._columns[col].leaf
        assert leaf is not None
        if row >= self._read_rows or (self._sheet.units[row].code, leaf.code) in self._sheet.measured:
            return _SHOWN
        return _EDITABLE_CHECK if kind is _CHECK_INPUT else _EDITABLE

    def multiData(self, index: Index, roleDataSpan: QtCore.QModelRoleDataSpan | QtCore.QModelRoleData) -> None:
        """Every role a drawn cell is asked for, in one call (Qt's default asks ``data()`` once a role)."""
        if not index.isValid():
            return
        row, col = index.row(), index.column()
        column = self._columns[col]
        slots: Iterable[QtCore.QModelRoleData] = roleDataSpan  # type: ignore[assignment]  # iterable at run time
        if self._refused(row, column):
            for slot in slots:
                role = slot.role()
                self._fill(slot, None if role in _NEVER else self._cell(row, col, role))
            return
        value: Any
        for slot in slots:  # the roles of a drawn cell first, without the checks of _cell
            role = slot.role()
            if role == _DISPLAY:
                value = self._display(row, col, column)
            elif role == _ALIGNMENT:
                value = self._align[col]
            elif role == _BACKGROUND:
                value = self._background(row, col)
            elif role in _NEVER:
                value = None
            elif role == _FOREGROUND:
                value = self._foreground(row, column)
            elif role == _CHECK_STATE:
                value = self._check_state(row, column) if self._checks[col] else None
            else:
                value = self._cell(row, col, role)
            if value is None:
                slot.clearData()  # what Qt asks of a role without data
            else:
                slot.setData(value)

    def plain_cell(self, index: Index) -> PlainCell | None:
        """A drawn cell's text, alignment and colours, unless it has a check box or a refused value."""
        return self._plain(index.row(), index.column())

    def plain_row(self, row: int, columns: Sequence[int]) -> list[PlainCell | None]:
        """:meth:`plain_cell` of the cells of ``row`` in ``columns``, in one call (a page draws some 25 rows)."""
        plain = self._plain
        return [plain(row, col) for col in columns]

    def _plain(self, row: int, col: int) -> PlainCell | None:
        if self._checks[col]:
            return None
        column = self._columns[col]
        if self._refused(row, column):
            return None
        return (self._display(row, col, column), self._align[col], self._background(row, col),
                self._foreground(row, column))

    def _refused(self, row: int, column: Column) -> bool:
        """Whether the cell holds a refused value (drawn as typed, on the refused colour)."""
        bad = self._bad
        return bool(bad) and column.leaf is not None and (self._sheet.units[row].code, column.leaf.code) in bad

    @staticmethod
    def _fill(slot: QtCore.QModelRoleData, value: Any) -> None:
        if value is None:
            slot.clearData()
        else:
            slot.setData(value)

    def data(self, index: Index, role: int = 0) -> Any:
        if role in _NEVER or not index.isValid():
            return None  # asked for every cell drawn: answered before anything else
        return self._cell(index.row(), index.column(), role)

    def _cell(self, row: int, col: int, role: int) -> Any:
        column = self._columns[col]
        if self._bad and column.leaf is not None:
            bad = self._bad.get((self._sheet.units[row].code, column.leaf.code))
            if bad is not None and role in (_DISPLAY, _EDIT):
                return bad[0]
            if bad is not None and role == _BACKGROUND:
                return self._bad_brush
            if bad is not None and role == _TOOLTIP:
                return bad[1]
        if role == _DISPLAY:
            return self._display(row, col, column)
        if role == _BACKGROUND:
            return self._background(row, col)
        if role == _CHECK_STATE:
            return self._check_state(row, column) if self._checks[col] else None
        if role == _ALIGNMENT:
            return self._align[col]
        if role == _FOREGROUND:
            return self._foreground(row, column)
        if role == _EDIT or role == COPY_ROLE:
            return self._edit_text(row, col, column)
        return self._other(row, column, role)

    def _background(self, row: int, col: int) -> QtGui.QBrush | None:
        if self._result[col]:
            return self._result_brush
        return self._incomplete_brush if row in self._incomplete else None

    def _other(self, row: int, column: Column, role: int) -> Any:
        unit = self._sheet.units[row]
        if role == UNIT_CODE_ROLE:
            return unit.code
        if role == COLUMN_ROLE:
            return column
        if role == RAW_ROLE:
            return self._value((unit.code, column.leaf.code)) if column.leaf is not None else None
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
            raw = self._value((unit.code, column.leaf.code)) if column.leaf is not None else None
            live = self._live.row(unit.code) if self._live is not None else None
            return cell_tooltip(unit, column, raw, live)
        return None

    def _display(self, row: int, col: int, column: Column) -> str:
        if not self._result[col]:
            return self._make_text(row, column)
        text = self._results.get((row, col))
        if text is None:
            text = self._results[(row, col)] = self._make_text(row, column)
        return text

    def _value_text(self, leaf: Leaf, raw: RawValue | None, shown: bool) -> str:
        """A value's text in a leaf's cell (``shown``) or editor: worked out once per leaf and value."""
        key = (leaf.code, raw, shown)
        text = self._words.get(key)
        if text is None:
            make = display_text if shown else edit_text
            text = self._words[key] = make(leaf.criterion, raw, self._yes, self._no)
        return text

    def _make_text(self, row: int, column: Column) -> str:
        unit = self._sheet.units[row]
        if column.leaf is not None:
            measured = self._sheet.measured.get((unit.code, column.leaf.code))
            if measured is None and row >= self._read_rows:
                return "…"  # still being read
            raw = measured.raw if measured is not None else self._value((unit.code, column.leaf.code))
            return self._value_text(column.leaf, raw, True)
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
        raw = self._value((self._sheet.units[row].code, column.leaf.code))
        return self._value_text(column.leaf, raw, False)

    def _check_state(self, row: int, column: Column) -> Qt.CheckState | None:
        unit = self._sheet.units[row].code
        if column.kind is ColumnKind.VETO:
            assert column.veto is not None
            holds = self.veto_holds(unit, column.veto.code)
            return Qt.CheckState.Checked if holds else Qt.CheckState.Unchecked
        if column.leaf is not None and column.leaf.kind is Kind.CHECK:
            yes = self._value((unit, column.leaf.code)) == ONE
            return Qt.CheckState.Checked if yes else Qt.CheckState.Unchecked
        return None

    def _foreground(self, row: int, column: Column) -> QtGui.QBrush | None:
        measured = self._sheet.measured
        if measured and column.leaf is not None and (self._sheet.units[row].code, column.leaf.code) in measured:
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
        cleared: set[int] = set()
        for unit_code, leaf_code, raw in values:
            key = (unit_code, leaf_code)
            self._bad.pop(key, None)
            self._saved[key] = raw
            row, col = self._row_of[unit_code], self._column_of[leaf_code]
            rows.add(row)
            cols.add(col)
            if raw is None:
                cleared.add(row)
        if self._live is None:
            self._pending.extend(values)
        elif len(self._live.unread(unit_code for unit_code, _, _ in values)) > READ_HERE:
            self._hand_over(self._live, list(values))
        else:
            self._live.apply(values)
        self._recheck_complete(cleared | (rows & self._incomplete))  # a value given completes, never undoes
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

    def set_values(self, sheet: ScoreSheet, incomplete: frozenset[int]) -> None:
        """The values of every row are read (``sheet``, with ``incomplete`` its rows missing a
        value): shown under the values saved meanwhile."""
        self._sheet, self._stored = sheet, sheet.values
        self._read_rows = len(sheet.units)
        self._incomplete = set(incomplete)
        self._recheck_complete({self._row_of[unit] for unit, _ in self._saved})
        self._all_changed()
        self.values_ready.emit()

    def set_live(self, live: LiveResults) -> None:
        """Results computed off the GUI thread arrive: catch up with edits made meanwhile."""
        if len(live.unread(unit_code for unit_code, _, _ in self._pending)) > READ_HERE:
            values, self._pending = self._pending, []
            self._hand_over(live, values)
            return
        live.apply(self._pending)
        for unit_code, veto_code, on in self._pending_vetoes:
            live.set_veto(unit_code, veto_code, on)
        self._pending.clear()
        self._pending_vetoes.clear()
        self._live = live
        self._refresh_results()
        self.results_ready.emit()

    def _hand_over(self, live: LiveResults, values: list[Value]) -> None:
        """Let the live results go while ``values`` are applied to them in the background: the
        results show as being worked out ("…"), edits made meanwhile wait (see ``set_live``)."""
        self._live = None
        self._results_changed()
        self.catching_up.emit(live, values)

    def _refresh_results(self) -> None:
        if self._live is None:
            return
        self._live.refresh()
        self._results_changed()

    def _results_changed(self) -> None:
        """Every row's totals, ranks and grades are to be shown afresh."""
        self._results.clear()
        if self._sheet.units:
            columns = [i for i, c in enumerate(self._columns) if c.kind in RESULT_KINDS]
            self.dataChanged.emit(self.index(0, columns[0]), self.index(len(self._sheet.units) - 1, columns[-1]))

    def _complete(self, unit_code: str) -> bool:
        known = self._measured_cells
        return all(self._value((unit_code, leaf)) is not None or (unit_code, leaf) in known for leaf in self._base)

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


def _input_kind(column: Column) -> str | None:
    """How a cell of ``column`` takes input when the sheet is editable (None: it does not)."""
    if column.kind is ColumnKind.VETO:
        return _VETO_INPUT
    if column.leaf is None:
        return None
    return _CHECK_INPUT if column.leaf.kind is Kind.CHECK else _VALUE_INPUT


def _alignment(column: Column) -> int:
    if column.kind in (ColumnKind.TOTAL, ColumnKind.RANK):
        return _RIGHT
    if column.leaf is not None and column.leaf.kind not in (Kind.LEVELS, Kind.CHECK):
        return _RIGHT
    if column.kind is ColumnKind.VETO:
        return _CENTER
    return _LEFT
