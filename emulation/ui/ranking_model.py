"""A period's ranking as a table, overall or within each parent unit or cluster.

Shared ranks carry "=" ("2=") within the scope shown; rows of a scope are listed together.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum
from typing import Any

from emulation.scoring.standings import RankedRow
from emulation.services.results import Ranking
from emulation.text import sort_key
from emulation.ui.grade_chart import grade_colour
from emulation.ui.labels import points
from emulation.ui.qt import Qt, QtCore, QtGui
from emulation.ui.table_model import CENTER, LEFT, RIGHT, Column, RowsModel

RANK_ROLE = Qt.ItemDataRole.UserRole + 10
"""The rank (int) within the scope shown, or None."""
TIED_ROLE = Qt.ItemDataRole.UserRole + 11
"""Whether the rank is shared within the scope shown."""


class Scope(StrEnum):
    ALL = "all"
    PARENT = "parent"
    CLUSTER = "cluster"


def scope_rank(row: RankedRow, scope: Scope) -> int | None:
    return {Scope.ALL: row.rank, Scope.PARENT: row.parent_rank, Scope.CLUSTER: row.cluster_rank}[scope]


def scope_key(row: RankedRow, scope: Scope) -> str:
    if scope is Scope.PARENT:
        return row.unit.parent_code or ""
    if scope is Scope.CLUSTER:
        return row.unit.cluster or ""
    return ""


class RankingModel(RowsModel[RankedRow]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        self._ranking: Ranking | None = None
        self._scope = Scope.ALL
        self._hide_unscored = False
        self._shared: Counter[tuple[str, int | None]] = Counter()
        super().__init__(
            [
                Column(self.tr("Hạng"), self.rank_text, CENTER, sort_key=self._rank_order),
                Column(self.tr("Mã"), lambda r: r.unit.code, LEFT),
                Column(self.tr("Đơn vị"), lambda r: r.unit.name, LEFT),
                Column(self.tr("Thuộc"), self.parent_name, LEFT),
                Column(self.tr("Cụm"), lambda r: r.unit.cluster or "", LEFT),
                Column(self.tr("Điểm"), lambda r: points(r.total), RIGHT, sort_key=lambda r: r.total),
                Column(self.tr("Xếp loại"), lambda r: r.grade or "", LEFT),
                Column(self.tr("Khống chế"), lambda r: ", ".join(r.standing.vetoes), CENTER, self._veto_titles),
                Column(self.tr("Chưa đủ"), self._incomplete, CENTER),
            ],
            parent,
        )

    @property
    def ranking(self) -> Ranking | None:
        return self._ranking

    @property
    def scope(self) -> Scope:
        return self._scope

    def set_ranking(self, ranking: Ranking | None, scope: Scope | None = None) -> None:
        self._ranking = ranking
        self._scope = scope or self._scope
        rows = list(ranking.rows) if ranking else []
        if self._hide_unscored:
            rows = [r for r in rows if not r.standing.unscored]
        if self._scope is not Scope.ALL:
            position = {id(r): i for i, r in enumerate(rows)}
            rows.sort(key=lambda r: self._group_order(r, position[id(r)]))
        self._shared = Counter((scope_key(r, self._scope), scope_rank(r, self._scope)) for r in rows)
        self.set_rows(rows)

    def set_hide_unscored(self, hide: bool) -> None:
        """Leave out the units nobody scored ("chưa chấm")."""
        self._hide_unscored = hide
        self.set_ranking(self._ranking)

    def set_scope(self, scope: Scope) -> None:
        self.set_ranking(self._ranking, scope)

    def row_of(self, unit_code: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.unit.code == unit_code), -1)

    def tied(self, row: RankedRow) -> bool:
        rank = scope_rank(row, self._scope)
        return rank is not None and self._shared[(scope_key(row, self._scope), rank)] > 1

    def rank_text(self, row: RankedRow) -> str:
        rank = scope_rank(row, self._scope)
        if row.standing.unscored:
            return self.tr("chưa chấm")
        if rank is None:
            return "–"
        return f"{rank}=" if self.tied(row) else str(rank)

    def _rank_order(self, row: RankedRow) -> tuple[bool, int]:
        rank = scope_rank(row, self._scope)
        return (rank is None, rank or 0)

    def parent_name(self, row: RankedRow) -> str:
        if self._ranking is None or not row.unit.parent_code:
            return ""
        return self._ranking.parent_names.get(row.unit.parent_code, row.unit.parent_code)

    def _group_order(self, row: RankedRow, position: int) -> tuple[object, ...]:
        return (sort_key(self._group_name(row)), scope_rank(row, self._scope) or 10**9, position)

    def _group_name(self, row: RankedRow) -> str:
        return self.parent_name(row) if self._scope is Scope.PARENT else row.unit.cluster or ""

    def _veto_titles(self, row: RankedRow) -> str | None:
        if self._ranking is None or not row.standing.vetoes:
            return None
        return "\n".join(f"{v.code}: {v.title}" for v in self._ranking.criteria.vetoes if v.code in row.standing.vetoes)

    def _incomplete(self, row: RankedRow) -> str:
        return self.tr("Chưa đủ") if row.standing.incomplete else ""

    def extra_data(self, row: RankedRow, column: int, role: int) -> Any:
        if role == RANK_ROLE:
            return scope_rank(row, self._scope)
        if role == TIED_ROLE:
            return self.tied(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and self._ranking is not None:
            return QtGui.QBrush(grade_colour(self._ranking.criteria.grade_index(row.grade)))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and self.tied(row):
            return self.tr("Bằng điểm và các tiêu chí phụ với đơn vị khác: cùng hạng")
        return None
