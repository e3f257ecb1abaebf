"""Standings from stored texts grouped by unit and leaf are the standings from the entries themselves."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

import pytest

from emulation.scoring.criteria import Aggregation, CriteriaSet, Kind, Leaf
from emulation.scoring.entries import encode_raw
from emulation.scoring.scores import Role, ScoreEntry
from emulation.scoring.standings import Standing, period_standings
from emulation.scoring.stored_points import GroupedStandings, LeafTexts
from emulation.scoring.units import UnitInfo

from .helpers import sample_criteria

ROLES = (Role.SELF, Role.MEMBER, Role.MEMBER, Role.MEMBER, Role.OFFICIAL)


def raw_for(leaf: Leaf, rnd: random.Random) -> Decimal | str:
    c = leaf.criterion
    if c.kind is Kind.LEVELS:
        return rnd.choice(c.levels).label
    if c.kind is Kind.CHECK:
        return Decimal(rnd.randint(0, 1))
    if c.kind in (Kind.BANDS, Kind.RATIO) or (c.kind is Kind.PENALTY and c.per_item is not None):
        return Decimal(rnd.randint(0, 12))
    assert c.max is not None
    steps = int(c.max / c.effective_step)
    return c.effective_step * rnd.randint(0, steps)


def entries_of(cs: CriteriaSet, units: Sequence[UnitInfo], seed: int) -> list[ScoreEntry]:
    rnd = random.Random(seed)
    entries = []
    for unit in units[:-1]:  # the last unit has no entry at all
        for leaf in cs.leaves:
            for i, role in enumerate(ROLES):
                if rnd.random() < 0.8:
                    entries.append(ScoreEntry(unit.code, leaf.code, role, f"người {i}", raw_for(leaf, rnd)))
    entries.append(ScoreEntry(units[0].code, "no-such-leaf", Role.MEMBER, "người 1", Decimal(1)))
    return entries


def grouped(entries: Sequence[ScoreEntry], ids: dict[str, int]) -> list[LeafTexts[int]]:
    """What the store hands over: one group per unit and leaf, each role's texts in any order."""
    table: dict[tuple[int, str], tuple[list[str], list[str], list[str]]] = {}
    slot = {Role.SELF: 0, Role.MEMBER: 1, Role.OFFICIAL: 2}
    for e in entries:
        table.setdefault((ids[e.unit_code], e.leaf_code), ([], [], []))[slot[e.role]].append(encode_raw(e.raw))
    return [(uid, leaf, *(list(reversed(t)) or None for t in texts)) for (uid, leaf), texts in sorted(table.items())]


def standings_from_groups(cs: CriteriaSet, units: Mapping[int, UnitInfo], groups: Iterable[LeafTexts[int]],
                          vetoes: Mapping[str, Iterable[str]] | None = None) -> list[Standing]:
    """The standings of ``groups`` given all at once."""
    standings = GroupedStandings(cs, units, vetoes)
    standings.add(groups)
    return standings.standings()


@pytest.mark.parametrize("method", list(Aggregation))
@pytest.mark.parametrize("use_self", [False, True])
def test_grouped_texts_give_the_same_standings_as_entries(method: Aggregation, use_self: bool) -> None:
    from dataclasses import replace

    cs = replace(sample_criteria(), aggregation=method, use_self_when_missing=use_self)
    units = [UnitInfo(f"U{i}", f"Thôn {i}", "X", None) for i in range(12)]
    ids = {u.code: 100 + i for i, u in enumerate(units)}
    entries = entries_of(cs, units, seed=len(method.value) + use_self)
    vetoes = {"U3": ["K1"]}
    expected = period_standings(cs, units, entries, vetoes)
    got = standings_from_groups(cs, {ids[u.code]: u for u in units}, grouped(entries, ids), vetoes)
    assert got == expected
    assert got[-1].incomplete and got[-1].scores == {}
    groups = list(grouped(entries, ids))
    for part in (1, 2, 3, 7):  # the same groups given a few at a time, a unit's split across parts
        fed = GroupedStandings(cs, {ids[u.code]: u for u in units}, vetoes)
        for start in range(0, len(groups), part):
            fed.add(groups[start:start + part])
        assert fed.standings() == expected


def test_groups_out_of_unit_order_are_refused() -> None:
    cs = sample_criteria()
    units = {1: UnitInfo("A", "Thôn A"), 2: UnitInfo("B", "Thôn B")}
    leaf = cs.leaves[0].code
    groups: list[LeafTexts[int]] = [(1, leaf, None, ["1"], None), (2, leaf, None, ["1"], None),
                                    (1, leaf, None, ["1"], None)]
    with pytest.raises(ValueError):
        standings_from_groups(cs, units, groups)
    fed = GroupedStandings(cs, units)
    fed.add(groups[:2])
    with pytest.raises(ValueError):  # also when the unit comes back in a later part
        fed.add(groups[2:])
