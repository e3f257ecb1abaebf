"""A period's standings: every unit's points, rank, grade and why."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.evaluation import LeafValues, evaluate, leaf_values
from emulation.scoring.grading import apply_quotas, apply_vetoes, grade_by_total
from emulation.scoring.ranking import competition_ranks, metrics_for, ranking_key, ranks_in_scopes
from emulation.scoring.scores import ScoreEntry
from emulation.scoring.units import UnitInfo
from emulation.text import sort_key


@dataclass(frozen=True)
class Standing:
    """One unit's points before ranking."""

    unit: UnitInfo
    total: Decimal
    base: Decimal
    bonus: Decimal
    penalty: Decimal
    nodes: Mapping[str, Decimal]
    scores: Mapping[str, Decimal]
    incomplete: bool = False
    missing: tuple[str, ...] = ()
    vetoes: tuple[str, ...] = ()
    self_total: Decimal | None = None
    self_scores: Mapping[str, Decimal] = field(default_factory=dict)
    #: no leaf has a committee value: shown as "chưa chấm", without rank or grade, in no quota
    unscored: bool = False

    @property
    def name(self) -> str:
        return self.unit.name


@dataclass(frozen=True)
class RankedRow:
    standing: Standing
    rank: int | None
    parent_rank: int | None
    cluster_rank: int | None
    grade: str | None
    grade_by_total: str | None
    capped_by: tuple[str, ...]
    quota_demoted: bool
    award_barred: bool

    @property
    def unit(self) -> UnitInfo:
        return self.standing.unit

    @property
    def total(self) -> Decimal:
        return self.standing.total


def unit_standing(
    cs: CriteriaSet, unit: UnitInfo, entries: Iterable[ScoreEntry], vetoes: Iterable[str] = ()
) -> Standing:
    return standing_of_values(cs, unit, leaf_values(cs, entries), vetoes)


def standing_of_values(cs: CriteriaSet, unit: UnitInfo, values: LeafValues, vetoes: Iterable[str] = ()) -> Standing:
    """A unit's standing from the committee's (and the unit's own) value of each leaf."""
    score = evaluate(cs, values.committee)
    own = evaluate(cs, values.self_points) if values.self_points else None
    return Standing(
        unit=unit,
        total=score.total,
        base=score.base,
        bonus=score.bonus,
        penalty=score.penalty,
        nodes=score.nodes,
        scores=values.committee,
        incomplete=bool(values.missing),
        missing=values.missing,
        vetoes=tuple(sorted(set(vetoes))),
        self_total=own.total if own else None,
        self_scores=values.self_points,
        unscored=not values.committee,
    )


def period_standings(
    cs: CriteriaSet,
    units: Sequence[UnitInfo],
    entries: Iterable[ScoreEntry],
    vetoes: Mapping[str, Iterable[str]] | None = None,
) -> list[Standing]:
    by_unit: dict[str, list[ScoreEntry]] = {u.code: [] for u in units}
    for e in entries:
        if e.unit_code in by_unit:
            by_unit[e.unit_code].append(e)
    vetoes = vetoes or {}
    return [unit_standing(cs, u, by_unit[u.code], vetoes.get(u.code, ())) for u in units]


def rank_standings(cs: CriteriaSet, standings: Sequence[Standing]) -> list[RankedRow]:
    """Rank, grade, cap by vetoes and hold quotas; rows come back in rank order. Units nobody
    scored come last, in name order, with no rank and no grade, and count in no quota."""
    scored = [s for s in standings if not s.unscored]
    unscored = sorted((s for s in standings if s.unscored), key=lambda s: sort_key(s.name))
    return _ranked(cs, scored) + [_unranked(s) for s in unscored]


def _unranked(s: Standing) -> RankedRow:
    return RankedRow(s, None, None, None, None, None, (), False, False)


def _ranked(cs: CriteriaSet, standings: Sequence[Standing]) -> list[RankedRow]:
    metrics = metrics_for(cs.tie_breakers)
    keys = [ranking_key(s, metrics) for s in standings]  # each unit's key worked out once
    names = [sort_key(s.name) for s in standings]
    places = sorted(range(len(standings)), key=lambda i: (keys[i], names[i]))  # stable: ties in name order
    ordered = [standings[i] for i in places]
    ordered_keys = [keys[i] for i in places]
    ranks = competition_ranks(ordered_keys)
    parent_ranks = ranks_in_scopes(ordered_keys, [s.unit.parent_code or "" for s in ordered])
    cluster_ranks = ranks_in_scopes(ordered_keys, [s.unit.cluster for s in ordered])
    by_total = [grade_by_total(cs, s.total) for s in ordered]
    outcomes = [apply_vetoes(cs, g, s.vetoes) for g, s in zip(by_total, ordered, strict=True)]
    final = apply_quotas(cs, [o.grade for o in outcomes], ranks)
    return [
        RankedRow(
            standing=s,
            rank=ranks[i],
            parent_rank=parent_ranks[i],
            cluster_rank=cluster_ranks[i],
            grade=_name(cs, final[i]),
            grade_by_total=_name(cs, by_total[i]),
            capped_by=outcomes[i].capped_by,
            quota_demoted=final[i] != outcomes[i].grade,
            award_barred=outcomes[i].excluded,
        )
        for i, s in enumerate(ordered)
    ]


def _name(cs: CriteriaSet, index: int | None) -> str | None:
    return cs.grades[index].name if index is not None else None


def rank_period(
    cs: CriteriaSet,
    units: Sequence[UnitInfo],
    entries: Iterable[ScoreEntry],
    vetoes: Mapping[str, Iterable[str]] | None = None,
) -> list[RankedRow]:
    """Everything from entered scores to graded ranking, for one period."""
    return rank_standings(cs, period_standings(cs, units, entries, vetoes))
