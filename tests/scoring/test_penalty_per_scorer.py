"""DESIGN §3: a penalty is turned into points (count × per_item, capped at max) per scorer, then aggregated."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.evaluation import leaf_values
from emulation.scoring.scores import Role, ScoreEntry

from .helpers import criteria, simple_doc

PENALTY = {"code": "-", "title": "Điểm trừ", "kind": "penalty", "per_item": 2.5, "max": 10}


def penalty_set(aggregation: str) -> CriteriaSet:
    doc = simple_doc(aggregation=aggregation)
    doc["criteria"] = [*doc["criteria"][:3], PENALTY]
    return criteria(doc)


def counts(*values: int, official: int | None = None) -> list[ScoreEntry]:
    entries = [ScoreEntry("U", "-", Role.MEMBER, f"m{i}", D(v)) for i, v in enumerate(values)]
    if official is not None:
        entries.append(ScoreEntry("U", "-", Role.OFFICIAL, "tđ", D(official)))
    return entries


@pytest.mark.parametrize(
    ("aggregation", "entries", "expected"),
    [
        ("mean", counts(5, 1), "6.25"),  # 10 (12,5 capped) and 2,5
        ("median", counts(3, 3, 5, 5), "8.75"),  # 7,5 7,5 10 10 → (7,5 + 10) / 2
        ("trimmed_mean", counts(3, 3, 5, 5), "8.75"),  # drop one 7,5 and one 10
        ("trimmed_mean", counts(5, 1, 9), "10"),  # 10, 2,5, 10 → drop 2,5 and a 10
        ("official", counts(1, 1, official=5), "10"),  # the official's 12,5 capped at 10
        ("official", counts(5, 1), "6.25"),  # no official: the members' mean
    ],
)
def test_each_scorers_penalty_is_capped_before_aggregation(
    aggregation: str, entries: list[ScoreEntry], expected: str
) -> None:
    values = leaf_values(penalty_set(aggregation), entries)
    assert values.committee["-"] == D(expected)


def test_entered_penalty_points_are_capped_per_scorer_too() -> None:
    doc = simple_doc()
    doc["criteria"] = [*doc["criteria"][:3], {"code": "-", "title": "Điểm trừ", "kind": "penalty", "max": 10}]
    entries = [ScoreEntry("U", "-", Role.MEMBER, "m1", D(10)), ScoreEntry("U", "-", Role.MEMBER, "m2", D(3))]
    assert leaf_values(criteria(doc), entries).committee["-"] == D("6.5")
