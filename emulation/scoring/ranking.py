"""Ranking: total first, then the set's tie-breakers; equal units share a rank (1, 2, 2, 4).

Each tie-breaker is a small metric with a value and a direction; a unit's ranking key is the
tuple of its metrics, so equal keys mean tied on every tie-breaker. Units still equal are
listed in Vietnamese alphabetical order of name, which never changes their rank.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from emulation.scoring.numbers import ZERO


class Ranked(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def total(self) -> Decimal: ...
    @property
    def penalty(self) -> Decimal: ...
    @property
    def nodes(self) -> Mapping[str, Decimal]: ...


@dataclass(frozen=True, slots=True)
class Metric:
    """One ranking criterion: ``value`` of a unit, and whether higher is better."""

    label: str
    value: Callable[[Ranked], Decimal]
    higher_is_better: bool = True

    def key(self, unit: Ranked) -> Decimal:
        v = self.value(unit)
        return -v if self.higher_is_better else v


TOTAL = Metric("total", lambda u: u.total)
FEWER_PENALTY = Metric("penalty", lambda u: u.penalty, higher_is_better=False)


def criterion_metric(code: str) -> Metric:
    def points(unit: Ranked) -> Decimal:
        return unit.nodes.get(code, ZERO)

    return Metric(code, points)


def metrics_for(tie_breakers: Sequence[str]) -> tuple[Metric, ...]:
    """The registry: "penalty" names the penalty metric, anything else a criterion code."""
    return (TOTAL, *(FEWER_PENALTY if tb == "penalty" else criterion_metric(tb) for tb in tie_breakers))


def ranking_key(unit: Ranked, metrics: Sequence[Metric]) -> tuple[Decimal, ...]:
    return tuple(m.key(unit) for m in metrics)


def competition_ranks(keys: Sequence[tuple[Decimal, ...]]) -> list[int]:
    """Ranks for keys already in order: equal keys share the rank of the first of them."""
    ranks: list[int] = []
    for i, key in enumerate(keys):
        ranks.append(ranks[-1] if i and key == keys[i - 1] else i + 1)
    return ranks


def ranks_in_scopes(keys: Sequence[tuple[Decimal, ...]], scopes: Sequence[Hashable | None]) -> list[int | None]:
    """Competition rank of each unit, given in order by its ranking key, among the units of its
    scope (None: no scope)."""
    groups: dict[Hashable, list[int]] = {}
    for i, s in enumerate(scopes):
        if s is not None:
            groups.setdefault(s, []).append(i)
    result: list[int | None] = [None] * len(keys)
    for members in groups.values():
        for i, rank in zip(members, competition_ranks([keys[i] for i in members]), strict=True):
            result[i] = rank
    return result

