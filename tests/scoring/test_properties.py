"""Properties the committee relies on, over generated periods."""

from __future__ import annotations

import itertools
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from emulation.scoring.criteria import Criterion, Kind
from emulation.scoring.entries import RawValue, check_entry
from emulation.scoring.numbers import floor_int
from emulation.scoring.ranking import metrics_for, ranking_key
from emulation.scoring.scores import Role, ScoreEntry
from emulation.scoring.standings import RankedRow, rank_period
from emulation.scoring.units import UnitInfo

from .helpers import sample_criteria

CS = sample_criteria()
NAMES = ["Thôn Đông Lai", "Thôn Dương Quỳ", "Bản Bông", "Thôn Ắc", "Tổ dân phố 1", "Thôn Ưng", "Thôn Ong"]


def raw_values(leaf: Criterion) -> st.SearchStrategy[RawValue]:
    if leaf.kind is Kind.LEVELS:
        return st.sampled_from([lv.label for lv in leaf.levels])
    if leaf.kind is Kind.CHECK:
        return st.sampled_from([Decimal(0), Decimal(1)])
    if leaf.kind in (Kind.BANDS, Kind.RATIO):
        return st.integers(0, 15000).map(lambda n: Decimal(n) / 100)
    if leaf.kind is Kind.PENALTY and leaf.per_item is not None:
        return st.integers(0, 7).map(Decimal)
    assert leaf.max is not None
    steps = int(leaf.max / leaf.effective_step)
    return st.integers(0, steps).map(lambda k: k * leaf.effective_step)


@st.composite
def periods(draw: st.DrawFn) -> tuple[list[UnitInfo], list[ScoreEntry], dict[str, list[str]]]:
    count = draw(st.integers(1, 12))
    units = [
        UnitInfo(
            f"U{i}", draw(st.sampled_from(NAMES)) + f" {i % 3}", f"P{i % 3}", draw(st.sampled_from([None, "C1", "C2"]))
        )
        for i in range(count)
    ]
    entries: list[ScoreEntry] = []
    for u in units:
        for leaf in CS.leaves:
            for scorer in draw(st.lists(st.sampled_from(["An", "Bình", "Chi"]), max_size=3, unique=True)):
                entries.append(ScoreEntry(u.code, leaf.code, Role.MEMBER, scorer, draw(raw_values(leaf.criterion))))
            if draw(st.booleans()):
                entries.append(ScoreEntry(u.code, leaf.code, Role.SELF, "", draw(raw_values(leaf.criterion))))
    vetoes = {u.code: ["K1"] for u in units if draw(st.integers(0, 5)) == 0}
    return units, entries, vetoes


def summary(rows: list[RankedRow]) -> dict[str, tuple[object, ...]]:
    return {r.unit.code: (r.total, r.rank, r.parent_rank, r.cluster_rank, r.grade, r.standing.incomplete) for r in rows}


@settings(max_examples=60, deadline=None)
@given(periods(), st.randoms(use_true_random=False))
def test_order_of_units_and_scorers_never_changes_a_result(period, rnd) -> None:  # type: ignore[no-untyped-def]
    units, entries, vetoes = period
    for e in entries:
        assert check_entry(CS.leaf_by_code[e.leaf_code].criterion, e.raw) is None
    first = rank_period(CS, units, entries, vetoes)
    shuffled_units, shuffled_entries = units[:], entries[:]
    rnd.shuffle(shuffled_units)
    rnd.shuffle(shuffled_entries)
    second = rank_period(CS, shuffled_units, shuffled_entries, vetoes)
    assert summary(first) == summary(second)
    assert [r.unit.code for r in first] == [r.unit.code for r in second]


@settings(max_examples=60, deadline=None)
@given(periods())
def test_totals_stay_within_bounds_and_ranks_agree_with_keys(period) -> None:  # type: ignore[no-untyped-def]
    units, entries, vetoes = period
    rows = rank_period(CS, units, entries, vetoes)
    metrics = metrics_for(CS.tie_breakers)
    for r in rows:
        assert Decimal(0) <= r.total <= CS.max_total + CS.effective_bonus_cap
        assert r.total == r.total.quantize(Decimal("0.01"))
    for a, b in itertools.pairwise(rows):
        ka, kb = ranking_key(a.standing, metrics), ranking_key(b.standing, metrics)
        assert a.total >= b.total
        assert ka <= kb
        assert (a.rank == b.rank) == (ka == kb)
        if ka != kb:
            assert b.rank == rows.index(b) + 1


@settings(max_examples=60, deadline=None)
@given(periods())
def test_no_quota_is_exceeded(period) -> None:  # type: ignore[no-untyped-def]
    units, entries, vetoes = period
    rows = rank_period(CS, units, entries, vetoes)
    for quota in CS.quotas:
        of = CS.grade_index(quota.of)
        before = [CS.grade_index(g) for g in (_before_quota(r) for r in rows)]
        eligible = sum(1 for g in before if g is not None and of is not None and g <= of)
        holders = sum(1 for r in rows if r.grade == quota.grade)
        assert holders <= floor_int(quota.max_share * eligible)


def _before_quota(row: RankedRow) -> str | None:
    if not row.quota_demoted:
        return row.grade
    index = CS.grade_index(row.grade)
    assert index is not None
    return CS.grades[index - 1].name
