"""Several scorers' points for one leaf → the committee's value."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from emulation.scoring.criteria import Aggregation
from emulation.scoring.numbers import ZERO, round2


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, ZERO) / len(values)


def _median(values: Sequence[Decimal]) -> Decimal:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _trimmed_mean(values: Sequence[Decimal]) -> Decimal:
    if len(values) < 3:
        return _mean(values)
    return _mean(sorted(values)[1:-1])


def aggregate(method: Aggregation, members: Sequence[Decimal], officials: Sequence[Decimal]) -> Decimal | None:
    """The committee's points for a leaf, rounded half-up to 2 decimals; None if nobody scored."""
    if method is Aggregation.OFFICIAL:
        chosen = officials or members
        return round2(_mean(chosen)) if chosen else None
    values = [*members, *officials]
    if not values:
        return None
    if method is Aggregation.MEDIAN:
        return round2(_median(values))
    if method is Aggregation.TRIMMED_MEAN:
        return round2(_trimmed_mean(values))
    return round2(_mean(values))
