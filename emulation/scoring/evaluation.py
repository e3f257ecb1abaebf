"""One unit's points: leaves → groups → base, bonus, penalty and total."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from emulation.scoring.aggregation import aggregate
from emulation.scoring.criteria import ADJUSTMENTS, Aggregation, CriteriaSet
from emulation.scoring.entries import entry_points
from emulation.scoring.numbers import ZERO, round2
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
    plan = cs.evaluation_plan
    for step in plan.steps:
        if step.group:
            points = ZERO
            for child in step.counted:
                points += nodes[child]
        else:
            points = leaf_points.get(step.code, ZERO)
        if step.cap is not None and points > step.cap:
            points = step.cap
        nodes[step.code] = points
    base = ZERO
    for code in plan.base:
        base += nodes[code]
    bonus = ZERO
    for code in plan.bonus:
        bonus += nodes[code]
    penalty = ZERO
    for code in plan.penalty:
        penalty += nodes[code]
    total = min(max(base + bonus - penalty, ZERO), cs.ceiling)
    return UnitScore(base=base, bonus=bonus, penalty=penalty, total=total, nodes=nodes)


@dataclass(frozen=True)
class LeafValues:
    """The committee's value of each leaf of one unit, the self-scores, and what is missing."""

    committee: Mapping[str, Decimal]
    self_points: Mapping[str, Decimal]
    missing: tuple[str, ...]


#: one leaf's points: the unit's own (self), the members', the official's
LeafPoints = tuple[Sequence[Decimal], Sequence[Decimal], Sequence[Decimal]]
_ROLE_SLOT = {Role.SELF: 0, Role.MEMBER: 1, Role.OFFICIAL: 2}


def leaf_values(cs: CriteriaSet, entries: Iterable[ScoreEntry]) -> LeafValues:
    """Aggregate one unit's entries leaf by leaf (DESIGN §3, several scorers)."""
    by_leaf: dict[str, tuple[list[Decimal], list[Decimal], list[Decimal]]] = {}
    for e in entries:
        leaf = cs.leaf_by_code.get(e.leaf_code)
        if leaf is not None:
            slots = by_leaf.setdefault(e.leaf_code, ([], [], []))
            slots[_ROLE_SLOT[e.role]].append(entry_points(leaf.criterion, e.raw))
    return values_of_leaves(cs, by_leaf)


def values_of_leaves(cs: CriteriaSet, by_leaf: Mapping[str, LeafPoints]) -> LeafValues:
    """The committee's value of each leaf from its points grouped by role."""
    committee: dict[str, Decimal] = {}
    self_points: dict[str, Decimal] = {}
    missing: list[str] = []
    method, fallback = cs.aggregation, cs.use_self_when_missing
    for leaf in cs.leaves:
        code = leaf.code
        found = by_leaf.get(code)
        value = own = None
        if found is not None:
            own_points, members, officials = found
            if own_points:
                own = aggregate(method, own_points, ())
                if own is not None:
                    self_points[code] = own
            if method is Aggregation.MEAN:  # the usual method, inline: one list, one division
                values = [*members, *officials]
                value = round2(sum(values, ZERO) / len(values)) if values else None
            else:
                value = aggregate(method, members, officials)
            if value is None and fallback:
                value = own
        if value is not None:
            committee[code] = value
        elif leaf.kind not in ADJUSTMENTS:
            missing.append(code)
    return LeafValues(committee, self_points, tuple(missing))
