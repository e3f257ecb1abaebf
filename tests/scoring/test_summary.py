from decimal import Decimal as D

from emulation.scoring.standings import period_standings, rank_standings
from emulation.scoring.summary import summary_standings
from emulation.scoring.units import UnitInfo

from .helpers import criteria, member, simple_doc

US = [UnitInfo("A", "Thôn A"), UnitInfo("B", "Thôn B")]


def month(a: str, b: str | None) -> dict:  # type: ignore[type-arg]
    cs = criteria(simple_doc())
    entries = [member("A", "A", a), member("A", "B", "40")]
    units = US if b is not None else US[:1]
    if b is not None:
        entries += [member("B", "A", b), member("B", "B", "40")]
    return {s.unit.code: s for s in period_standings(cs, units, entries)}


def test_summary_total_is_the_mean_of_member_totals() -> None:
    months = [month("50", "45"), month("45", "45"), month("41", "46")]
    rows = summary_standings(US, months)
    assert {s.unit.code: s.total for s in rows} == {"A": D("85.33"), "B": D("85.33")}
    ranked = rank_standings(criteria(simple_doc()), rows)
    assert [r.rank for r in ranked] == [1, 1]


def test_a_missing_period_counts_zero_unless_skipped() -> None:
    months = [month("50", "45"), month("50", None)]
    assert summary_standings(US, months)[1].total == D("42.5")
    assert summary_standings(US, months)[1].incomplete
    assert summary_standings(US, months, skip_missing=True)[1].total == D(85)


def test_vetoes_carry_into_the_summary() -> None:
    cs = criteria(simple_doc(vetoes=[{"code": "K1", "title": "x", "cap_grade": "Khá"}]))
    m = {s.unit.code: s for s in period_standings(cs, US, [member("A", "A", "50")], {"A": ["K1"]})}
    assert summary_standings(US, [m])[0].vetoes == ("K1",)
