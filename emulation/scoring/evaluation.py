"""One unit's points: leaves → groups → base, bonus, penalty and total."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from emulation.scoring.aggregation import aggregate
from emulation.scoring.criteria import ADJUSTMENTS, CriteriaSet, Criterion, Kind, full_code
from emulation.scoring.entries import entry_points
from emulation.scoring.numbers import ZERO
from emulation.scoring.scores import Role, ScoreEntry


@dataclass(frozen=True)
class UnitScore:
    """Points of one unit. ``nodes`` holds every node's points by full code (groups too)."""

    base: Decimal
    bonus: Decimal
    penalty: Decimal
    total: Decimal
    nodes: Mapping[str, Decimal] = field(default_factory=dict)


def evaluate(cs: CriteriaSet, leaf_points: Mapping[str, Decimal]) -> UnitScore:
    """Add up leaf points (missing leaves count 0) as DESIGN §3 says."""
    nodes: dict[str, Decimal] = {}
    base = sum(
        (_node_points(n, n.code, leaf_points, nodes) for n in cs.criteria if n.kind not in ADJUSTMENTS),
        ZERO,
    )
    for n in cs.criteria:
        if n.kind in ADJUSTMENTS:
            _node_points(n, n.code, leaf_points, nodes)
    bonus = ZERO
    penalty = ZERO
    for leaf in cs.leaves:
        if leaf.kind is Kind.BONUS:
            bonus += nodes[leaf.code]
        elif leaf.kind is Kind.PENALTY:
            penalty += nodes[leaf.code]
    total = min(max(base + bonus - penalty, ZERO), cs.ceiling)
    return UnitScore(base=base, bonus=bonus, penalty=penalty, total=total, nodes=nodes)


def _node_points(node: Criterion, code: str, leaf_points: Mapping[str, Decimal], out: dict[str, Decimal]) -> Decimal:
    if not node.is_group:
        points = leaf_points.get(code, ZERO)
        if node.max is not None:  # a leaf is worth at most its max, whatever handed it points
            points = min(points, node.max)
        out[code] = points
        return points
    total = ZERO
    for child in node.children:
        points = _node_points(child, full_code(code, child.code), leaf_points, out)
        if child.kind not in ADJUSTMENTS:
            total += points
    if node.max is not None:
        total = min(total, node.max)
    out[code] = total
    return total


@dataclass(frozen=True)
class LeafValues:
    """The committee's value of each leaf of one unit, the self-scores, and what is missing."""

    committee: Mapping[str, Decimal]
    self_points: Mapping[str, Decimal]
    missing: tuple[str, ...]


def leaf_values(cs: CriteriaSet, entries: Iterable[ScoreEntry]) -> LeafValues:
    """Aggregate one unit's entries leaf by leaf (DESIGN §3, several scorers)."""
    by_leaf: dict[str, dict[Role, list[Decimal]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        leaf = cs.leaf_by_code.get(e.leaf_code)
        if leaf is not None:
            by_leaf[e.leaf_code][e.role].append(entry_points(leaf.criterion, e.raw))
    committee: dict[str, Decimal] = {}
    self_points: dict[str, Decimal] = {}
    missing: list[str] = []
    for leaf in cs.leaves:
        roles = by_leaf.get(leaf.code, {})
        own = aggregate(cs.aggregation, roles.get(Role.SELF, []), [])
        if own is not None:
            self_points[leaf.code] = own
        value = aggregate(cs.aggregation, roles.get(Role.MEMBER, []), roles.get(Role.OFFICIAL, []))
        if value is None and cs.use_self_when_missing:
            value = own
        if value is not None:
            committee[leaf.code] = value
        elif leaf.kind not in ADJUSTMENTS:
            missing.append(leaf.code)
    return LeafValues(committee, self_points, tuple(missing))
