"""Measures, record values, the register and indicators as pure values."""

from __future__ import annotations

from decimal import Decimal

from emulation.scoring.activity_types import BUILTIN_TYPES, read_value
from emulation.scoring.criteria import Criterion, Kind
from emulation.scoring.criteria_doc import loads, parse_criteria, to_document
from emulation.scoring.indicators import Verdict, tally, verdict
from emulation.scoring.measures import as_raw, percent
from emulation.scoring.register import ModelEntry, Status, field_of

GROWTH = {"kind": "growth", "base_year": 2019, "of": {"kind": "models", "field": "Văn hóa – xã hội"}}


def _doc(measure: object, kind: str = "points") -> dict[str, object]:
    leaf: dict[str, object] = {"code": "1", "title": "Mô hình mới", "kind": kind, "max": 10, "measure": measure}
    return {"format": "emulation-criteria/1", "name": "Thử", "max_total": 10, "criteria": [leaf]}


def test_every_measure_round_trips() -> None:
    for measure in (
        {"kind": "count", "type": "sinh-hoat", "where": {"form": "Chuyên đề"}},
        {"kind": "sum", "type": "ra-quan", "field": "man_days"},
        {"kind": "indicators", "count": "exceeded"},
        {"kind": "models"},
        GROWTH,
    ):
        cs, problems = parse_criteria(loads(__import__("json").dumps(_doc(measure), ensure_ascii=False)))
        assert problems == [] and cs is not None
        assert to_document(cs)["criteria"][0]["measure"] == measure


def test_faults_are_named_by_their_path() -> None:
    _, problems = parse_criteria(_doc({"kind": "growth", "of": {"kind": "sum", "type": "x"}, "base_year": "2019"}))
    assert {(p.where, p.code) for p in problems} == {
        ("criteria[0].measure.of.field", "measure_text_required"),
        ("criteria[0].measure.base_year", "measure_base_year"),
    }
    _, problems = parse_criteria(_doc({"kind": "models"}, kind="check"))
    assert [(p.where, p.code) for p in problems] == [("criteria[0].measure", "measure_wrong_kind")]


def test_percent_is_exact_and_half_up() -> None:
    assert percent(Decimal(25487), Decimal(25723)) == Decimal("99.08")
    assert percent(Decimal(1), Decimal(8)) == Decimal("12.50")
    assert percent(Decimal(1), Decimal(0)) is None


def test_a_points_leaf_keeps_a_measured_value_on_its_grid() -> None:
    leaf = Criterion("1", "x", Kind.POINTS, max=Decimal(10), step=Decimal("0.5"))
    assert as_raw(leaf, Decimal("7.8")) == Decimal("7.5")
    assert as_raw(leaf, Decimal(31)) == Decimal(10)
    assert as_raw(leaf, Decimal(-3)) == Decimal(0)


def test_record_values_are_read_the_way_people_type_them() -> None:
    ho_so = next(t for t in BUILTIN_TYPES if t.code == "ho-so")
    received = ho_so.field_named("Số hồ sơ tiếp nhận")
    assert received is not None
    assert read_value(received, "25.723", "C2") == ("25723", None)
    assert read_value(received, 12.0, "C2") == ("12", None)
    assert read_value(received, "1,5", "C2")[1] is not None
    form = next(t for t in BUILTIN_TYPES if t.code == "sinh-hoat").fields[0]
    assert read_value(form, "chuyên đề", "C2") == ("Chuyên đề", None)


def test_a_model_counts_from_its_year_until_it_stops() -> None:
    stopped = ModelEntry("Chăn nuôi", "TT", "Kinh tế", 2017, Status.STOPPED, 2021)
    assert [stopped.active_in(y) for y in (2016, 2019, 2021)] == [False, True, False]
    assert field_of("Văn hoá - Xã hội", ("Kinh tế", "Văn hóa – xã hội")) == "Văn hóa – xã hội"


def test_indicators_tally_like_the_report() -> None:
    verdicts = [verdict(Decimal(10), Decimal(12))] * 20 + [verdict(Decimal(10), Decimal(10))] * 13
    assert verdicts[0] is Verdict.EXCEEDED and verdicts[-1] is Verdict.MET
    t = tally(verdicts)
    assert (t.met, t.exceeded, t.total) == (33, 20, 33)
    assert verdict(Decimal(10), Decimal("9.5")) is Verdict.MISSED
