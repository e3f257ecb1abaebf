"""Grades: by total, capped by vetoes, then held to quotas as ceilings.

Grades are handled by index (0 = best) so that "better" and "one grade down" are plain
integer comparisons; ``None`` means no grade (a total below every grade's min).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.numbers import floor_int


def grade_by_total(cs: CriteriaSet, total: Decimal) -> int | None:
    """The first grade, best first, whose min ≤ total."""
    for i, grade in enumerate(cs.grades):
        if grade.min <= total:
            return i
    return None


@dataclass(frozen=True, slots=True)
class VetoOutcome:
    grade: int | None
    capped_by: tuple[str, ...]
    excluded: bool


def apply_vetoes(cs: CriteriaSet, grade: int | None, holding: Sequence[str]) -> VetoOutcome:
    """Cap the grade at each holding veto's ``cap_grade``; any holding veto bars awards."""
    capped_by: list[str] = []
    for veto in cs.vetoes:
        if veto.code not in holding or veto.cap_grade is None:
            continue
        cap = cs.grade_index(veto.cap_grade)
        if grade is not None and cap is not None and grade < cap:
            grade = cap
            capped_by.append(veto.code)
    return VetoOutcome(grade, tuple(capped_by), excluded=bool(holding))


def apply_quotas(cs: CriteriaSet, grades: Sequence[int | None], ranks: Sequence[int]) -> list[int | None]:
    """Hold each quota as a ceiling over units given in rank order.

    cap = floor(max_share × units graded ``of`` or better before quotas). Units past the cap
    move down one grade (meeting that grade's quota in turn); when units tied on every
    tie-breaker (equal rank) straddle the cap, all of them move down.
    """
    before = list(grades)
    result = list(grades)
    for index in range(len(cs.grades)):
        for quota in (q for q in cs.quotas if cs.grade_index(q.grade) == index):
            of = cs.grade_index(quota.of)
            assert of is not None
            eligible = sum(1 for g in before if g is not None and g <= of)
            cap = floor_int(quota.max_share * eligible)
            holders = [i for i, g in enumerate(result) if g == index]
            for i in _past_cap(holders, ranks, cap):
                if index + 1 < len(cs.grades):
                    result[i] = index + 1
    return result


def _past_cap(holders: list[int], ranks: Sequence[int], cap: int) -> list[int]:
    """Positions (into the rank-ordered rows) that do not fit under the cap."""
    if len(holders) <= cap:
        return []
    kept = holders[:cap]
    first_out = holders[cap]
    kept_set = {i for i in kept if ranks[i] != ranks[first_out]}
    return [i for i in holders if i not in kept_set]
