"""The criteria tree of a scoring scheme (bộ tiêu chí) as immutable values."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

from emulation.scoring.history import HistoryNeed
from emulation.scoring.numbers import ZERO

if TYPE_CHECKING:
    from emulation.scoring.measures import Measure

DEFAULT_STEP = Decimal("0.25")
FORMAT = "emulation-criteria/1"


class Kind(StrEnum):
    GROUP = "group"
    POINTS = "points"
    CHECK = "check"
    LEVELS = "levels"
    BANDS = "bands"
    RATIO = "ratio"
    BONUS = "bonus"
    PENALTY = "penalty"


#: Kinds whose entered value is a count or measure rather than points.
MEASURED = frozenset({Kind.BANDS, Kind.RATIO})
#: Leaves that sit outside the base: added on top or taken away.
ADJUSTMENTS = frozenset({Kind.BONUS, Kind.PENALTY})


class Aggregation(StrEnum):
    MEAN = "mean"
    MEDIAN = "median"
    TRIMMED_MEAN = "trimmed_mean"
    OFFICIAL = "official"


@dataclass(frozen=True, slots=True)
class Band:
    min: Decimal
    points: Decimal


@dataclass(frozen=True, slots=True)
class Level:
    label: str
    points: Decimal


@dataclass(frozen=True)
class Criterion:
    """A node of the tree. ``code`` is the node's own code; see :class:`Leaf` for full codes."""

    code: str
    title: str
    kind: Kind
    max: Decimal | None = None
    step: Decimal | None = None
    unit: str | None = None
    target: Decimal | None = None
    per_item: Decimal | None = None
    bands: tuple[Band, ...] = ()
    levels: tuple[Level, ...] = ()
    guidance: str | None = None
    note: str | None = None
    children: tuple[Criterion, ...] = ()
    measure: Measure | None = None

    @property
    def is_group(self) -> bool:
        return self.kind is Kind.GROUP

    @property
    def effective_step(self) -> Decimal:
        return self.step if self.step is not None else DEFAULT_STEP

    @cached_property
    def max_points(self) -> Decimal:
        """The most this node can contribute (for a group: to the base)."""
        if self.kind is Kind.GROUP:
            if self.max is not None:
                return self.max
            return sum((c.max_points for c in self.children if c.kind not in ADJUSTMENTS), ZERO)
        if self.kind is Kind.BANDS:
            return max((b.points for b in self.bands), default=ZERO)
        if self.kind is Kind.LEVELS:
            return max((lv.points for lv in self.levels), default=ZERO)
        return self.max if self.max is not None else ZERO


@dataclass(frozen=True, slots=True)
class Leaf:
    """A leaf criterion with its full code (``II.2.a``) and the titles of its ancestors."""

    code: str
    criterion: Criterion
    path: tuple[str, ...]

    @property
    def kind(self) -> Kind:
        return self.criterion.kind

    @property
    def title(self) -> str:
        return self.criterion.title


@dataclass(frozen=True, slots=True)
class Grade:
    name: str
    min: Decimal


@dataclass(frozen=True, slots=True)
class Veto:
    code: str
    title: str
    cap_grade: str | None = None


@dataclass(frozen=True, slots=True)
class Quota:
    grade: str
    max_share: Decimal
    of: str


@dataclass(frozen=True, slots=True)
class TopRule:
    top: int
    per: str = "all"  # "all" | "parent" | "cluster"


@dataclass(frozen=True, slots=True)
class GradesRule:
    grades: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MinTotalRule:
    min_total: Decimal


@dataclass(frozen=True, slots=True)
class HistoryRule:
    """Units that ``base`` selects (every eligible unit when None) and whose past meets ``need``:
    "Giấy khen ở 2 năm liền trước", "Hoàn thành xuất sắc 2 năm liên tục"."""

    need: HistoryNeed
    base: TopRule | GradesRule | MinTotalRule | None = None


AwardSelector = TopRule | GradesRule | MinTotalRule | HistoryRule


@dataclass(frozen=True, slots=True)
class AwardRule:
    name: str
    rule: AwardSelector
    amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class NodeStep:
    """One node in the order points are added up: children before their group."""

    code: str
    group: bool
    cap: Decimal | None  # the node's max; None when nothing clips
    counted: tuple[str, ...]  # a group's children that add to it (not bonus, not penalty)


@dataclass(frozen=True, slots=True)
class EvaluationPlan:
    """The tree flattened for adding up many units' points (DESIGN §3)."""

    steps: tuple[NodeStep, ...]
    base: tuple[str, ...]  # top-level nodes that make the base
    bonus: tuple[str, ...]
    penalty: tuple[str, ...]


def _plan(cs: CriteriaSet) -> EvaluationPlan:
    steps: list[NodeStep] = []

    def walk(node: Criterion, code: str) -> None:
        if not node.is_group:
            steps.append(NodeStep(code, False, node.max, ()))  # a leaf is worth at most its max
            return
        for child in node.children:
            walk(child, full_code(code, child.code))
        counted = tuple(full_code(code, c.code) for c in node.children if c.kind not in ADJUSTMENTS)
        steps.append(NodeStep(code, True, node.max, counted))

    base = [n for n in cs.criteria if n.kind not in ADJUSTMENTS]
    for node in (*base, *(n for n in cs.criteria if n.kind in ADJUSTMENTS)):
        walk(node, node.code)
    return EvaluationPlan(
        tuple(steps),
        tuple(n.code for n in base),
        tuple(lf.code for lf in cs.leaves if lf.kind is Kind.BONUS),
        tuple(lf.code for lf in cs.leaves if lf.kind is Kind.PENALTY),
    )


@dataclass(frozen=True)
class CriteriaSet:
    name: str
    max_total: Decimal
    criteria: tuple[Criterion, ...]
    version: str | None = None
    unit_kind: str | None = None
    movement: str | None = None
    bonus_cap: Decimal | None = None
    aggregation: Aggregation = Aggregation.MEAN
    use_self_when_missing: bool = False
    tie_breakers: tuple[str, ...] = ()
    grades: tuple[Grade, ...] = ()
    vetoes: tuple[Veto, ...] = ()
    quotas: tuple[Quota, ...] = ()
    awards: tuple[AwardRule, ...] = ()
    extra: tuple[tuple[str, object], ...] = field(default=(), compare=False)

    @cached_property
    def leaves(self) -> tuple[Leaf, ...]:
        return tuple(_walk_leaves(self.criteria, "", ()))

    @cached_property
    def leaf_by_code(self) -> dict[str, Leaf]:
        return {leaf.code: leaf for leaf in self.leaves}

    @cached_property
    def evaluation_plan(self) -> EvaluationPlan:
        return _plan(self)

    @cached_property
    def node_by_code(self) -> dict[str, Criterion]:
        return dict(walk_nodes(self.criteria))

    @cached_property
    def effective_bonus_cap(self) -> Decimal:
        if self.bonus_cap is not None:
            return self.bonus_cap
        return sum((lf.criterion.max_points for lf in self.leaves if lf.kind is Kind.BONUS), ZERO)

    @cached_property
    def ceiling(self) -> Decimal:
        """The highest total a unit can reach."""
        return self.max_total + self.effective_bonus_cap

    def grade_index(self, name: str | None) -> int | None:
        """Position of a grade, 0 = best; None when unknown or no grade."""
        for i, grade in enumerate(self.grades):
            if grade.name == name:
                return i
        return None


def full_code(prefix: str, code: str) -> str:
    return f"{prefix}.{code}" if prefix else code


def walk_nodes(nodes: tuple[Criterion, ...], prefix: str = "") -> Iterator[tuple[str, Criterion]]:
    for node in nodes:
        code = full_code(prefix, node.code)
        yield code, node
        yield from walk_nodes(node.children, code)


def _walk_leaves(nodes: tuple[Criterion, ...], prefix: str, titles: tuple[str, ...]) -> Iterator[Leaf]:
    for node in nodes:
        code = full_code(prefix, node.code)
        if node.is_group:
            yield from _walk_leaves(node.children, code, (*titles, node.title))
        else:
            yield Leaf(code, node, titles)
