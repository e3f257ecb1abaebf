"""Who is rewarded: award rules best first, vetoes bar, amounts from the base salary."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from emulation.scoring.criteria import (
    AwardRule,
    AwardSelector,
    CriteriaSet,
    GradesRule,
    HistoryRule,
    MinTotalRule,
    TopRule,
)
from emulation.scoring.history import History
from emulation.scoring.numbers import round_up_to
from emulation.scoring.ranking import competition_ranks, metrics_for, ranking_key
from emulation.scoring.standings import RankedRow

MONEY_STEP = 10_000
DEFAULT_BASE_SALARY = 2_340_000
#: the award a unit included by hand receives when the criteria set names no award of its own
DEFAULT_AWARD = "Giấy khen"


@dataclass(frozen=True, slots=True)
class Override:
    """A manual decision: include (with an award) or exclude a unit; the reason is required."""

    unit_code: str
    include: bool
    reason: str
    award_name: str | None = None


@dataclass(frozen=True, slots=True)
class Awarded:
    row: RankedRow
    award: str
    amount_vnd: int | None
    manual: bool = False
    reason: str | None = None


def award_amount(coefficient: Decimal | None, base_salary: int) -> int | None:
    """coefficient × base salary, rounded up to the next 10.000 đ (NĐ 91/2017, Điều 68)."""
    if coefficient is None:
        return None
    return round_up_to(coefficient * base_salary, MONEY_STEP)


def select_awards(
    cs: CriteriaSet,
    rows: Sequence[RankedRow],
    base_salary: int = DEFAULT_BASE_SALARY,
    overrides: Sequence[Override] = (),
    history: History | None = None,
) -> list[Awarded]:
    """The awardees in rank order; each unit gets the first rule that selects it.

    A rule that asks for history selects nobody when no ``history`` is given.
    """
    manual = {o.unit_code: o for o in overrides}
    eligible = [r for r in rows if not r.award_barred and not r.standing.unscored]
    chosen: dict[str, AwardRule] = {}
    for award in cs.awards:
        for r in _selected(cs, award.rule, eligible, history):
            chosen.setdefault(r.unit.code, award)
    result: list[Awarded] = []
    for r in rows:
        o = manual.get(r.unit.code)
        if o is not None and not o.include:
            continue
        rule: AwardRule | None = chosen.get(r.unit.code)
        by_hand = o is not None and o.include
        if o is not None and by_hand and (o.award_name is not None or rule is None):
            rule = _rule_named(cs, o.award_name)
        if rule is not None:
            reason = o.reason if o is not None and by_hand else None
            result.append(Awarded(r, rule.name, award_amount(rule.amount, base_salary), by_hand, reason))
    return result


def _rule_named(cs: CriteriaSet, name: str | None) -> AwardRule:
    """The award a unit included by hand receives: the named rule, else the best one; an award
    the set does not know (or a set without award rules) gives that award without an amount."""
    if name is None and cs.awards:
        return cs.awards[0]
    known = next((a for a in cs.awards if a.name == name), None)
    return known or AwardRule(name or DEFAULT_AWARD, MinTotalRule(Decimal(0)), None)


def _selected(
    cs: CriteriaSet, sel: AwardSelector, eligible: Sequence[RankedRow], history: History | None
) -> list[RankedRow]:
    if isinstance(sel, HistoryRule):
        if history is None:
            return []
        base = eligible if sel.base is None else _selected(cs, sel.base, eligible, history)
        return [r for r in base if history.met(r.unit.code, sel.need)]
    if isinstance(sel, GradesRule):
        return [r for r in eligible if r.grade in sel.grades]
    if isinstance(sel, MinTotalRule):
        return [r for r in eligible if r.total >= sel.min_total]
    assert isinstance(sel, TopRule)
    return _top(cs, sel, eligible)


_SCOPES: Mapping[str, Callable[[RankedRow], str | None]] = {
    "all": lambda r: "",
    "parent": lambda r: r.unit.parent_code or "",
    "cluster": lambda r: r.unit.cluster,
}


def _top(cs: CriteriaSet, sel: TopRule, eligible: Sequence[RankedRow]) -> list[RankedRow]:
    """Units whose competition rank among the eligible units of their scope is ≤ N."""
    metrics = metrics_for(cs.tie_breakers)
    scope = _SCOPES[sel.per]
    groups: dict[str, list[RankedRow]] = {}
    for r in eligible:  # already in rank order
        key = scope(r)
        if key is not None:
            groups.setdefault(key, []).append(r)
    picked: set[str] = set()
    for members in groups.values():
        ranks = competition_ranks([ranking_key(m.standing, metrics) for m in members])
        picked.update(m.unit.code for m, rank in zip(members, ranks, strict=True) if rank <= sel.top)
    return [r for r in eligible if r.unit.code in picked]
