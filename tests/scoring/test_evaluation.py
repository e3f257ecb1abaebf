from decimal import Decimal as D

from emulation.scoring.aggregation import aggregate
from emulation.scoring.criteria import Aggregation
from emulation.scoring.evaluation import evaluate, leaf_values
from emulation.scoring.scores import Role, ScoreEntry

from .helpers import criteria, member, sample_criteria, simple_doc


def test_groups_add_up_and_clip_to_their_max() -> None:
    cs = criteria(
        simple_doc(
            criteria=[
                {
                    "code": "I",
                    "title": "Nhóm",
                    "max": 10,
                    "children": [
                        {"code": "1", "title": "Một", "kind": "points", "max": 8},
                        {"code": "2", "title": "Hai", "kind": "points", "max": 8},
                    ],
                },
                {"code": "II", "title": "Khác", "kind": "points", "max": 90},
            ]
        )
    )
    score = evaluate(cs, {"I.1": D(7), "I.2": D(6), "II": D(80)})
    assert score.nodes["I"] == D(10)
    assert score.total == D(90)


def test_total_is_base_plus_bonus_minus_penalty_clipped() -> None:
    cs = criteria(simple_doc())
    s = evaluate(cs, {"A": D("45.5"), "B": D(40), "+": D(5), "-": D(6)})
    assert (s.base, s.bonus, s.penalty, s.total) == (D("85.5"), D(5), D(6), D("84.5"))
    assert evaluate(cs, {"-": D(10)}).total == 0  # never below 0
    assert evaluate(cs, {"-": D(12)}).penalty == 10  # a penalty takes at most its max
    assert evaluate(cs, {"A": D(50), "B": D(50), "+": D(5)}).total == D(105)


def test_exact_ties_without_binary_floats() -> None:
    cs = criteria(simple_doc())
    a = evaluate(cs, {"A": D("8.1"), "B": D("7.2")}).total
    b = evaluate(cs, {"A": D("7.6"), "B": D("7.7")}).total
    assert a == b == D("15.3")


def test_aggregations() -> None:
    members = [D("7.25"), D("8.5"), D("8")]
    assert aggregate(Aggregation.MEAN, members, []) == D("7.92")  # 7,91666… → 7,92
    assert aggregate(Aggregation.MEAN, [D("8.25"), D("8.5")], [D("8.5")]) == D("8.42")
    assert aggregate(Aggregation.MEAN, [D("8.25"), D("8.5")], []) == D("8.38")  # 8,375 → half-up
    assert aggregate(Aggregation.MEDIAN, [D(6), D(9), D(7), D(8)], []) == D("7.5")
    assert aggregate(Aggregation.TRIMMED_MEAN, [D(1), D(8), D(9), D(10)], []) == D("8.5")
    assert aggregate(Aggregation.TRIMMED_MEAN, [D(1), D(8)], []) == D("4.5")
    assert aggregate(Aggregation.OFFICIAL, [D(6), D(7)], [D(9)]) == D(9)
    assert aggregate(Aggregation.OFFICIAL, [D(6), D(7)], []) == D("6.5")
    assert aggregate(Aggregation.MEAN, [], []) is None


def test_self_scores_are_kept_apart() -> None:
    cs = criteria(simple_doc())
    values = leaf_values(
        cs,
        [
            member("U", "A", "40", "m1"),
            member("U", "A", "42", "m2"),
            ScoreEntry("U", "A", Role.SELF, "", D(50)),
            ScoreEntry("U", "B", Role.SELF, "", D(45)),
        ],
    )
    assert values.committee == {"A": D(41)}
    assert values.self_points == {"A": D(50), "B": D(45)}
    assert values.missing == ("B",)


def test_a_leaf_filled_only_by_a_self_score() -> None:
    doc = simple_doc(use_self_when_missing=True)
    cs = criteria(doc)
    values = leaf_values(cs, [member("U", "A", "40"), ScoreEntry("U", "B", Role.SELF, "", D(45))])
    assert values.committee == {"A": D(40), "B": D(45)}
    assert values.missing == ()


def test_blank_bonus_and_penalty_are_not_missing() -> None:
    cs = sample_criteria()
    entries = [member("U", leaf.code, "0") for leaf in cs.leaves if leaf.kind.value == "points"]
    missing = leaf_values(cs, entries).missing
    assert "+" not in missing and "-" not in missing
    assert "I.1" in missing
