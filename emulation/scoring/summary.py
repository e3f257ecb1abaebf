"""Summary periods (kỳ tổng hợp): a quarter or year built from other periods' totals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from emulation.scoring.numbers import ZERO, round2
from emulation.scoring.standings import Standing
from emulation.scoring.units import UnitInfo


def summary_standings(
    units: Sequence[UnitInfo],
    members: Sequence[Mapping[str, Standing]],
    *,
    skip_missing: bool = False,
    vetoes: Mapping[str, Sequence[str]] | None = None,
) -> list[Standing]:
    """Each unit's total = mean of its member periods' totals, rounded half-up.

    A period in which the unit was not scored counts 0, unless ``skip_missing``; either way
    the unit is marked incomplete. Node points (used by tie-breakers) and penalties are
    averaged the same way; a veto that held in any member period holds here too.
    """
    vetoes = vetoes or {}
    result: list[Standing] = []
    for unit in units:
        found = [m[unit.code] for m in members if unit.code in m]
        count = len(found) if skip_missing else len(members)
        missing = len(found) < len(members)
        held = {v for s in found for v in s.vetoes} | set(vetoes.get(unit.code, ()))
        result.append(
            Standing(
                unit=unit,
                total=_mean([s.total for s in found], count),
                base=_mean([s.base for s in found], count),
                bonus=_mean([s.bonus for s in found], count),
                penalty=_mean([s.penalty for s in found], count),
                nodes=_mean_map([s.nodes for s in found], count),
                scores=_mean_map([s.scores for s in found], count),
                incomplete=missing or any(s.incomplete for s in found),
                vetoes=tuple(sorted(held)),
            )
        )
    return result


def _mean(values: Sequence[Decimal], count: int) -> Decimal:
    return round2(sum(values, ZERO) / count) if count else ZERO


def _mean_map(maps: Sequence[Mapping[str, Decimal]], count: int) -> dict[str, Decimal]:
    keys = {k for m in maps for k in m}
    return {k: _mean([m.get(k, ZERO) for m in maps], count) for k in sorted(keys)}
