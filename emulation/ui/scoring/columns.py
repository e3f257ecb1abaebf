"""The grid's columns: the unit and its results (frozen on the left), one per leaf criterion, one per veto."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from emulation.scoring.criteria import CriteriaSet, Leaf, Veto


class ColumnKind(Enum):
    CODE = auto()
    NAME = auto()
    LEAF = auto()
    VETO = auto()
    TOTAL = auto()
    RANK = auto()
    GRADE = auto()


#: how many leading columns stay in place while the rest scroll: the unit and its results
FROZEN = 5
RESULT_KINDS = frozenset({ColumnKind.TOTAL, ColumnKind.RANK, ColumnKind.GRADE})
VETO_GROUP = "#vetoes"
RESULT_GROUP = "#results"


@dataclass(frozen=True, slots=True)
class Column:
    kind: ColumnKind
    leaf: Leaf | None = None
    veto: Veto | None = None

    @property
    def group_key(self) -> str | None:
        """Columns with the same key share the band above their headers."""
        if self.leaf is not None:
            return self.leaf.code.rpartition(".")[0] or None
        if self.kind is ColumnKind.VETO:
            return VETO_GROUP
        if self.kind in RESULT_KINDS:
            return RESULT_GROUP
        return None

    @property
    def is_input(self) -> bool:
        return self.kind in (ColumnKind.LEAF, ColumnKind.VETO)


def sheet_columns(cs: CriteriaSet) -> tuple[Column, ...]:
    return (
        Column(ColumnKind.CODE),
        Column(ColumnKind.NAME),
        Column(ColumnKind.TOTAL),
        Column(ColumnKind.RANK),
        Column(ColumnKind.GRADE),
        *(Column(ColumnKind.LEAF, leaf=leaf) for leaf in cs.leaves),
        *(Column(ColumnKind.VETO, veto=veto) for veto in cs.vetoes),
    )
