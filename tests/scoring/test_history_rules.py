"""Award rules that ask for history: "Giấy khen ở 2 năm liền trước", "Hoàn thành xuất sắc 2 năm liên tục"."""

from __future__ import annotations

from emulation.scoring.awards import select_awards
from emulation.scoring.criteria import HistoryRule
from emulation.scoring.criteria_doc import loads, parse_criteria, to_document
from emulation.scoring.history import History, HistoryNeed, PastAward
from emulation.scoring.standings import rank_period
from emulation.scoring.units import UnitInfo

from .helpers import criteria, member, simple_doc

AWARDS = [
    {"name": "Bằng khen", "rule": {"grades": ["Xuất sắc", "Tốt"], "history": {"award": "Giấy khen", "years": 2}},
     "amount": 1},
    {"name": "Giấy khen", "rule": {"grades": ["Xuất sắc", "Tốt"]}, "amount": 0.3},
]
UNITS = [UnitInfo("A", "Thôn An", None, None), UnitInfo("B", "Thôn Bình", None, None),
         UnitInfo("C", "Thôn Cường", None, None)]
PAST = [
    PastAward("A", 2024, award="Giấy khen"), PastAward("A", 2025, award="Giấy khen"),  # both years
    PastAward("B", 2023, award="Giấy khen"), PastAward("B", 2025, award="Giấy khen"),  # missed 2024
    PastAward("C", 2024, grade="Xuất sắc"), PastAward("C", 2025, grade="Xuất sắc"),
]


def _rows(awards: list[dict[str, object]]):  # type: ignore[no-untyped-def]
    cs = criteria(simple_doc(awards=awards))
    entries = [e for code in ("A", "B", "C") for e in (member(code, "A", "48"), member(code, "B", "45"))]
    return cs, rank_period(cs, UNITS, entries, {})


def test_two_previous_years_earn_the_higher_award_and_a_missed_year_does_not() -> None:
    cs, rows = _rows(AWARDS)
    got = {a.row.unit.code: a.award for a in select_awards(cs, rows, history=History.of(2026, PAST))}
    assert got == {"A": "Bằng khen", "B": "Giấy khen", "C": "Giấy khen"}


def test_a_grade_kept_two_years_running() -> None:
    awards = [{"name": "Bằng khen", "rule": {"history": {"grade": "Xuất sắc", "years": 2}}}, *AWARDS[1:]]
    cs, rows = _rows(awards)
    got = {a.row.unit.code: a.award for a in select_awards(cs, rows, history=History.of(2026, PAST))}
    assert got == {"A": "Giấy khen", "B": "Giấy khen", "C": "Bằng khen"}


def test_without_history_the_rule_selects_nobody() -> None:
    cs, rows = _rows(AWARDS)
    assert {a.award for a in select_awards(cs, rows)} == {"Giấy khen"}


def test_award_names_match_regardless_of_case_and_unicode_form() -> None:
    need = HistoryNeed(2, award="giấy  KHEN")
    past = History.of(2026, [PastAward("A", 2024, award="Giấy khen"), PastAward("A", 2025, award="GIẤY KHEN")])
    assert past.met("A", need)
    assert not past.met("B", need)


def test_the_history_rule_round_trips_through_the_interchange_format() -> None:
    cs, _ = _rows(AWARDS)
    rule = cs.awards[0].rule
    assert isinstance(rule, HistoryRule) and rule.need == HistoryNeed(2, award="Giấy khen")
    again, problems = parse_criteria(loads(__import__("json").dumps(to_document(cs), default=str)))
    assert problems == [] and again is not None and again.awards == cs.awards


def test_history_rule_faults_name_their_json_path() -> None:
    bad = [{"name": "X", "rule": {"history": {"years": 0, "award": "Giấy khen"}}},
           {"name": "Y", "rule": {"history": {"years": 2}}},
           {"name": "Z", "rule": {"history": {"years": 2, "grade": "Không có"}}}]
    cs, problems = parse_criteria(loads(__import__("json").dumps(simple_doc(awards=bad))))
    assert cs is None
    assert [(p.where, p.code) for p in problems][:2] == [
        ("awards[0].rule.history.years", "history_years_range"),
        ("awards[1].rule.history", "history_award_or_grade"),
    ]
    assert problems[2].where == "awards[2].rule.history.grade"
