from decimal import Decimal as D

from emulation.scoring.awards import Override, award_amount, select_awards
from emulation.scoring.standings import rank_period
from emulation.scoring.units import UnitInfo

from .helpers import criteria, member, simple_doc


def _setup(awards: list, vetoes: dict | None = None):  # type: ignore[no-untyped-def]
    doc = simple_doc(awards=awards, vetoes=[{"code": "K1", "title": "Ô nhiễm", "cap_grade": "Khá"}])
    cs = criteria(doc)
    us = [
        UnitInfo("X-1", "Thôn Một", "X", "Cụm 1"),
        UnitInfo("X-2", "Thôn Hai", "X", "Cụm 1"),
        UnitInfo("Y-1", "Thôn Ba", "Y", "Cụm 2"),
        UnitInfo("Y-2", "Thôn Bốn", "Y", "Cụm 2"),
    ]
    totals = {"X-1": "50", "X-2": "45", "Y-1": "30", "Y-2": "30"}
    entries = [e for c, t in totals.items() for e in (member(c, "A", t), member(c, "B", "40"))]
    rows = rank_period(cs, us, entries, vetoes or {})
    return cs, rows


def test_amounts_round_up_to_ten_thousand() -> None:
    assert award_amount(D("0.3"), 2_340_000) == 710_000
    assert award_amount(D("1.5"), 2_340_000) == 3_510_000
    assert award_amount(None, 2_340_000) is None


def test_top_per_parent_skips_a_vetoed_leader_and_includes_ties() -> None:
    cs, rows = _setup([{"name": "Giấy khen", "rule": {"top": 1, "per": "parent"}, "amount": 0.3}], {"X-1": ["K1"]})
    got = [(a.row.unit.code, a.award, a.amount_vnd) for a in select_awards(cs, rows)]
    assert got == [("X-2", "Giấy khen", 710_000), ("Y-1", "Giấy khen", 710_000), ("Y-2", "Giấy khen", 710_000)]


def test_first_rule_wins_and_rules_by_grade_and_total() -> None:
    awards = [
        {"name": "Bằng khen", "rule": {"top": 1, "per": "all"}, "amount": 1},
        {"name": "Giấy khen", "rule": {"grades": ["Xuất sắc", "Tốt"]}, "amount": 0.3},
        {"name": "Khen", "rule": {"min_total": 70}},
    ]
    cs, rows = _setup(awards)
    got = {a.row.unit.code: a.award for a in select_awards(cs, rows)}
    assert got == {"X-1": "Bằng khen", "X-2": "Giấy khen", "Y-1": "Khen", "Y-2": "Khen"}


def test_manual_overrides() -> None:
    cs, rows = _setup([{"name": "Giấy khen", "rule": {"top": 1, "per": "all"}, "amount": 0.3}])
    result = select_awards(
        cs,
        rows,
        overrides=[
            Override("X-1", include=False, reason="Có đơn thư"),
            Override("Y-1", include=True, reason="Thành tích đột xuất", award_name="Giấy khen"),
        ],
    )
    assert [(a.row.unit.code, a.manual) for a in result] == [("Y-1", True)]


def test_a_unit_included_by_hand_is_rewarded_even_without_award_rules() -> None:
    cs, rows = _setup([])
    result = select_awards(
        cs,
        rows,
        overrides=[
            Override("Y-2", True, "Có thành tích đột xuất"),
            Override("X-2", True, "Phong trào tốt", award_name="Giấy khen đột xuất"),
        ],
    )
    got = [(a.row.unit.code, a.award, a.amount_vnd, a.manual) for a in result]
    assert got == [("X-2", "Giấy khen đột xuất", None, True), ("Y-2", "Giấy khen", None, True)]
