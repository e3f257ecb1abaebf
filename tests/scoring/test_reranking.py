"""A ranking kept up to date edit by edit gives the rows of ranking the whole period afresh."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from emulation.scoring import reranking
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.reranking import Reranking
from emulation.scoring.scores import Role, ScoreEntry
from emulation.scoring.standings import Standing, rank_standings, unit_standing
from emulation.scoring.units import UnitInfo

from .helpers import criteria, simple_doc

#: few values, so that totals and tie-breakers often come out equal
VALUES = ["40", "42.5", "45", "50"]
NAMES = ["Thôn Đông", "Thôn Ắc", "Bản Bông", "Thôn Đông", "Tổ 1", "Tổ 10", "Tổ 2"]


def _criteria(with_quota: bool) -> CriteriaSet:
    doc = simple_doc(
        tie_breakers=["B", "penalty"],
        vetoes=[
            {"code": "K1", "title": "Ô nhiễm", "cap_grade": "Khá"},
            {"code": "K2", "title": "Nặng", "cap_grade": None},
        ],
    )
    if with_quota:
        doc["quotas"] = [
            {"grade": "Xuất sắc", "max_share": 0.3, "of": "Tốt"},
            {"grade": "Tốt", "max_share": 0.5, "of": "Khá"},
        ]
    return criteria(doc)


def _units(rnd: random.Random, count: int) -> list[UnitInfo]:
    return [
        UnitInfo(f"U{i}", rnd.choice(NAMES), rnd.choice(["P1", "P2", None]), rnd.choice(["C1", "C2", None]))
        for i in range(count)
    ]


def _standing(cs: CriteriaSet, rnd: random.Random, unit: UnitInfo) -> Standing:
    """A unit scored at random: often by nobody, often with the same values as others, sometimes vetoed."""
    entries: list[ScoreEntry] = []
    if rnd.random() > 0.15:
        for leaf in ("A", "B"):
            if rnd.random() > 0.1:
                entries.append(ScoreEntry(unit.code, leaf, Role.MEMBER, "m1", Decimal(rnd.choice(VALUES))))
        if rnd.random() < 0.3:
            entries.append(ScoreEntry(unit.code, "-", Role.MEMBER, "m1", Decimal(rnd.randint(0, 2))))
    vetoes = rnd.choice([(), (), (), ("K1",), ("K2",), ("K1", "K2")])
    return unit_standing(cs, unit, entries, vetoes)


@pytest.mark.parametrize("with_quota", [False, True])
@pytest.mark.parametrize("seed", range(6))
def test_edits_rank_as_the_whole_period_ranked_again(seed: int, with_quota: bool) -> None:
    rnd = random.Random(seed)
    cs = _criteria(with_quota)
    units = _units(rnd, rnd.randint(1, 40))
    standings = {u.code: _standing(cs, rnd, u) for u in units}
    ranking = Reranking(cs, standings.values())
    assert ranking.rows() == rank_standings(cs, list(standings.values()))
    if seed % 2:  # built a few units a step instead, it is the same ranking, edited the same way
        ranking = _in_steps(cs, list(standings.values()), step=rnd.randint(1, 5))
        assert ranking.rows() == rank_standings(cs, list(standings.values()))
    for _ in range(30):
        edited = rnd.sample(units, rnd.randint(1, min(4, len(units))))
        changed = [_standing(cs, rnd, u) for u in edited]
        for s in changed:
            standings[s.unit.code] = s
        ranking.replace(changed)
        fresh = rank_standings(cs, list(standings.values()))
        assert ranking.rows() == fresh
        assert all(ranking.row(r.unit.code) == r for r in fresh)


def test_a_unit_given_later_ranks_after_its_equals() -> None:
    cs = _criteria(False)
    one, two = UnitInfo("U1", "Thôn An", "P1"), UnitInfo("U2", "Thôn An", "P1")
    entries = [ScoreEntry(u.code, leaf, Role.MEMBER, "m1", Decimal(45)) for u in (one, two) for leaf in "AB"]
    first = unit_standing(cs, one, [e for e in entries if e.unit_code == "U1"])
    second = unit_standing(cs, two, [e for e in entries if e.unit_code == "U2"])
    ranking = Reranking(cs, [first])
    ranking.replace([second])
    assert [(r.unit.code, r.rank) for r in ranking.rows()] == [("U1", 1), ("U2", 1)]
    assert ranking.rows() == rank_standings(cs, [first, second])


def _in_steps(cs: CriteriaSet, standings: list[Standing], step: int) -> Reranking:
    steps = Reranking.in_steps(cs, standings, step=step)
    taken = 0
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            assert taken >= len(standings) // step  # it gave its thread back between steps
            return stop.value  # type: ignore[no-any-return]
        taken += 1


@pytest.mark.parametrize("counted", [1, 7, 2_500])
@pytest.mark.parametrize("with_quota", [False, True])
def test_a_ranking_built_in_steps_is_the_ranking_built_at_once(
    with_quota: bool, counted: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built a few units placed a step, and a few ranks counted a step (ties across steps too)."""
    monkeypatch.setattr(reranking, "RANKS_A_STEP", counted)
    rnd = random.Random(7)
    cs = _criteria(with_quota)
    standings = [_standing(cs, rnd, u) for u in _units(rnd, 60)]
    totals = [s.total for s in standings]
    assert len(set(totals)) < len(totals)  # some units tie
    for step in (1, 7, 250):
        built = _in_steps(cs, standings, step)
        assert built.rows() == Reranking(cs, standings).rows() == rank_standings(cs, standings)
        assert all(built.row(r.unit.code) == r for r in rank_standings(cs, standings))


def test_a_ranking_is_let_go_a_few_entries_a_step() -> None:
    """What a large period's ranking holds is freed between steps, not in one (it is empty after)."""
    rnd = random.Random(11)
    cs = _criteria(True)
    standings = [_standing(cs, rnd, u) for u in _units(rnd, 60)]
    ranking = Reranking(cs, standings)
    kept = rank_standings(cs, standings)
    assert ranking.rows() == kept
    steps = sum(1 for _ in ranking.let_go_in_steps(step=7))
    assert steps >= 2 * 60 // 7  # the order, then each of the ranking's maps, 7 entries a step
    assert ranking.rows() == [] and ranking.row(kept[0].unit.code) is None
    assert rank_standings(cs, standings) == kept  # the standings themselves are untouched
