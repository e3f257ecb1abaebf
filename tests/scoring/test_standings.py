from decimal import Decimal as D

from emulation.scoring.scores import Role, ScoreEntry
from emulation.scoring.standings import rank_period
from emulation.scoring.units import UnitInfo

from .helpers import criteria, member, simple_doc


def units(*names: str, parent: str | None = None, cluster: str | None = None) -> list[UnitInfo]:
    return [UnitInfo(f"U{i}", n, parent, cluster) for i, n in enumerate(names)]


def scored(totals: dict[str, tuple[str, str]]) -> list[ScoreEntry]:
    return [e for code, (a, b) in totals.items() for e in (member(code, "A", a), member(code, "B", b))]


def test_units_tied_only_in_exact_arithmetic_share_a_rank() -> None:
    cs = criteria(simple_doc())
    us = units("Thôn Một", "Thôn Hai", "Thôn Ba")
    rows = rank_period(cs, us, scored({"U0": ("8.1", "7.2"), "U1": ("7.6", "7.7"), "U2": ("10", "10")}))
    assert [(r.unit.name, r.total, r.rank) for r in rows] == [
        ("Thôn Ba", D(20), 1),
        ("Thôn Hai", D("15.3"), 2),
        ("Thôn Một", D("15.3"), 2),
    ]


def test_shared_ranks_skip_and_ties_are_in_vietnamese_order() -> None:
    cs = criteria(simple_doc())
    us = units("Thôn Đông Lai", "Thôn Dương Quỳ", "Thôn Êm", "Thôn Ba")
    rows = rank_period(cs, us, scored({"U0": ("40", "40"), "U1": ("40", "40"), "U2": ("40", "40"), "U3": ("30", "30")}))
    assert [r.unit.name for r in rows] == ["Thôn Dương Quỳ", "Thôn Đông Lai", "Thôn Êm", "Thôn Ba"]
    assert [r.rank for r in rows] == [1, 1, 1, 4]


def test_tie_breakers_in_order() -> None:
    cs = criteria(simple_doc(tie_breakers=["B", "penalty"]))
    us = units("Một", "Hai", "Ba")
    entries = scored({"U0": ("40", "40"), "U1": ("38", "42"), "U2": ("36", "44")})
    entries += [ScoreEntry("U2", "-", Role.MEMBER, "m1", D(1)), ScoreEntry("U2", "+", Role.MEMBER, "m1", D(2))]
    rows = rank_period(cs, us, entries)
    assert [(r.unit.name, r.rank) for r in rows] == [("Ba", 1), ("Hai", 2), ("Một", 3)]
    cs2 = criteria(simple_doc(tie_breakers=["penalty"]))
    rows = rank_period(cs2, us, entries)
    assert [(r.unit.name, r.rank) for r in rows] == [("Hai", 1), ("Một", 1), ("Ba", 3)]


def test_ranks_within_parent_and_inherited_cluster() -> None:
    cs = criteria(simple_doc())
    us = [
        UnitInfo("X-1", "Thôn 1", "X", "Cụm 1"),
        UnitInfo("X-2", "Thôn 2", "X", "Cụm 1"),
        UnitInfo("Y-1", "Thôn 3", "Y", "Cụm 1"),
        UnitInfo("Z-1", "Thôn 4", "Z", None),
    ]
    rows = rank_period(
        cs, us, scored({"X-1": ("40", "40"), "X-2": ("45", "45"), "Y-1": ("30", "30"), "Z-1": ("50", "50")})
    )
    got = {r.unit.code: (r.rank, r.parent_rank, r.cluster_rank) for r in rows}
    assert got == {"Z-1": (1, 1, None), "X-2": (2, 1, 1), "X-1": (3, 2, 2), "Y-1": (4, 1, 3)}


def test_incomplete_units_are_flagged_and_count_zero() -> None:
    cs = criteria(simple_doc())
    rows = rank_period(cs, units("Một"), [member("U0", "A", "40")])
    assert rows[0].total == 40 and rows[0].standing.incomplete and rows[0].standing.missing == ("B",)


def test_vetoed_units_are_capped_and_barred() -> None:
    doc = simple_doc(
        vetoes=[
            {"code": "K1", "title": "Ô nhiễm", "cap_grade": "Khá"},
            {"code": "K2", "title": "Vi phạm nặng", "cap_grade": None},
        ]
    )
    cs = criteria(doc)
    us = units("Một", "Hai", "Ba")
    rows = rank_period(
        cs, us, scored({"U0": ("48", "47"), "U1": ("46", "46"), "U2": ("45", "45")}), {"U0": ["K1"], "U1": ["K2"]}
    )
    by = {r.unit.name: r for r in rows}
    assert (by["Một"].grade, by["Một"].grade_by_total, by["Một"].capped_by) == ("Khá", "Xuất sắc", ("K1",))
    assert by["Một"].rank == 1 and by["Một"].award_barred
    assert by["Hai"].grade == "Xuất sắc" and by["Hai"].award_barred
    assert by["Ba"].grade == "Xuất sắc" and not by["Ba"].award_barred


def _quota_doc() -> dict:
    return simple_doc(quotas=[{"grade": "Xuất sắc", "max_share": 0.2, "of": "Tốt"}])


def test_quota_is_a_ceiling() -> None:
    cs = criteria(_quota_doc())
    # ten units graded Tốt or better → at most 2 Xuất sắc
    totals = ["50", "49", "48", "47", "46", "40", "40", "40", "40", "40"]
    us = units(*[f"Thôn {i}" for i in range(10)])
    rows = rank_period(cs, us, scored({f"U{i}": (t, "45") for i, t in enumerate(totals)}))
    assert [r.grade for r in rows][:3] == ["Xuất sắc", "Xuất sắc", "Tốt"]
    assert rows[2].quota_demoted and not rows[1].quota_demoted


def test_units_tied_across_the_cap_all_move_down() -> None:
    cs = criteria(_quota_doc())
    totals = ["50", "48", "48", "47", "46", "40", "40", "40", "40", "40"]
    us = units(*[f"Thôn {i}" for i in range(10)])
    rows = rank_period(cs, us, scored({f"U{i}": (t, "45") for i, t in enumerate(totals)}))
    assert [(r.rank, r.grade) for r in rows][:4] == [(1, "Xuất sắc"), (2, "Tốt"), (2, "Tốt"), (4, "Tốt")]


def test_a_quota_with_a_cap_of_zero_moves_everyone_down() -> None:
    cs = criteria(_quota_doc())
    rows = rank_period(cs, units("Một", "Hai"), scored({"U0": ("50", "45"), "U1": ("45", "45")}))
    assert [r.grade for r in rows] == ["Tốt", "Tốt"]


def test_a_unit_nobody_scored_has_no_rank_no_grade_and_counts_in_no_quota() -> None:
    from emulation.scoring.awards import select_awards

    doc = simple_doc(
        quotas=[{"grade": "Xuất sắc", "max_share": 0.5, "of": "Chưa đạt"}],
        awards=[{"name": "Giấy khen", "rule": {"min_total": 0}}],
    )
    cs = criteria(doc)
    us = units("Thôn Một", "Thôn Hai", "Bản Ba", "Bản Bốn")
    entries = [*scored({"U0": ("50", "45"), "U1": ("48", "45")}), member("U2", "A", "10")]
    rows = rank_period(cs, us, entries)
    got = [(r.unit.name, r.rank, r.grade, r.standing.unscored, r.standing.incomplete) for r in rows]
    assert got == [
        ("Thôn Một", 1, "Xuất sắc", False, False),
        ("Thôn Hai", 2, "Tốt", False, False),  # 2 × 0.5 of the three scored: one "Xuất sắc"
        ("Bản Ba", 3, "Chưa đạt", False, True),  # partly scored: ranked, flagged incomplete
        ("Bản Bốn", None, None, True, True),
    ]
    assert [a.row.unit.name for a in select_awards(cs, rows)] == ["Thôn Một", "Thôn Hai", "Bản Ba"]
