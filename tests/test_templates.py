"""The built-in criteria templates (resources/templates) and the shared sample document."""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from emulation.scoring.criteria import (
    ADJUSTMENTS,
    CriteriaSet,
    Criterion,
    GradesRule,
    Kind,
    TopRule,
    walk_nodes,
)
from emulation.scoring.criteria_doc import dumps, loads, parse_criteria, to_document
from emulation.scoring.entries import entry_points
from emulation.text import match_key
from tests.data import SAMPLES

REPO = Path(__file__).parents[1]
TEMPLATES = REPO / "resources" / "templates"
TEMPLATE_FILES = sorted(TEMPLATES.glob("*.json"))

MOVEMENT_10 = "10 phút góp phần cải thiện môi trường"
GRADES_10 = [("Xuất sắc", 90), ("Tốt", 75), ("Khá", 60), ("Chưa đạt", 0)]
PARTY_GRADES = [
    ("Hoàn thành xuất sắc nhiệm vụ", 90),
    ("Hoàn thành tốt nhiệm vụ", 70),
    ("Hoàn thành nhiệm vụ", 50),
    ("Không hoàn thành nhiệm vụ", 0),
]


def parsed(path: Path) -> CriteriaSet:
    cs, problems = parse_criteria(loads(path.read_text(encoding="utf-8")))
    assert problems == []
    assert cs is not None
    return cs


def template(name: str) -> CriteriaSet:
    return parsed(TEMPLATES / name)


def base_max(nodes: tuple[Criterion, ...]) -> Decimal:
    return sum((n.max_points for n in nodes if n.kind not in ADJUSTMENTS), Decimal(0))


def group_maxima(cs: CriteriaSet) -> dict[str, Decimal]:
    return {c.code: c.max_points for c in cs.criteria if c.is_group and c.max is not None}


def grades(cs: CriteriaSet) -> list[tuple[str, Decimal]]:
    return [(g.name, g.min) for g in cs.grades]


# --- every template ------------------------------------------------------------------------


def test_the_expected_templates_are_shipped() -> None:
    assert [p.name for p in TEMPLATE_FILES] == [
        "cong-so-10-phut.json",
        "sinh-hoat-chi-bo.json",
        "thon-10-phut.json",
        "to-chuc-dang-hang-nam.json",
        "truong-hoc-10-phut.json",
    ]


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_parses_without_problems(path: Path) -> None:
    assert parsed(path).max_total == 100


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_round_trips(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    cs = parsed(path)
    assert to_document(cs) == json.loads(text)
    assert dumps(cs) == text


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_has_the_common_fields(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    for key in ("name", "version", "unit_kind", "movement", "aggregation", "tie_breakers",
                "grades", "vetoes", "awards"):
        assert doc.get(key), key
    assert doc["format"] == "emulation-criteria/1"
    assert doc["version"] == "2026"


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_maxima_add_up(path: Path) -> None:
    cs = parsed(path)
    assert base_max(cs.criteria) == cs.max_total
    for code, node in walk_nodes(cs.criteria):
        if node.is_group and node.max is not None:
            assert base_max(node.children) == node.max, code


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_bonus_fits_its_cap(path: Path) -> None:
    cs = parsed(path)
    bonus = sum((lf.criterion.max_points for lf in cs.leaves if lf.kind is Kind.BONUS), Decimal(0))
    assert cs.effective_bonus_cap == bonus


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_text_is_nfc(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


def test_template_names_are_distinct() -> None:
    names = [match_key(parsed(p).name) for p in TEMPLATE_FILES]
    assert len(set(names)) == len(names)


# --- the movement "10 phút" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "unit_kind"),
    [
        ("thon-10-phut.json", "thôn"),
        ("cong-so-10-phut.json", "công sở"),
        ("truong-hoc-10-phut.json", "trường học"),
    ],
)
def test_ten_minute_templates(name: str, unit_kind: str) -> None:
    cs = template(name)
    assert cs.unit_kind == unit_kind
    assert cs.movement == MOVEMENT_10
    assert grades(cs) == GRADES_10
    assert cs.effective_bonus_cap == 5
    quotas = [(q.grade, q.max_share, q.of) for q in cs.quotas]
    assert quotas == [("Xuất sắc", Decimal("0.2"), "Tốt")]
    assert cs.vetoes
    award = cs.awards[0]
    assert award.name == "Giấy khen"
    assert award.amount == Decimal("0.3")
    assert isinstance(award.rule, TopRule)
    assert award.rule.top == 1
    assert {lf.kind for lf in cs.leaves} == set(Kind) - {Kind.GROUP}


def test_village_template() -> None:
    cs = template("thon-10-phut.json")
    assert group_maxima(cs) == {"I": 15, "II": 45, "III": 30, "IV": 10}
    rule = cs.awards[0].rule
    assert isinstance(rule, TopRule)
    assert rule.per == "parent"
    assert [v.cap_grade for v in cs.vetoes] == ["Khá", "Chưa đạt", None]
    assert cs.tie_breakers == ("II", "penalty")


def test_village_cleanup_bands() -> None:
    leaf = template("thon-10-phut.json").leaf_by_code["II.1"].criterion
    points = [entry_points(leaf, Decimal(n)) for n in range(6)]
    assert points == [0, 0, 4, 7, 10, 10]


# --- party cells and organisations -------------------------------------------------------------


def test_party_cell_meeting_template() -> None:
    cs = template("sinh-hoat-chi-bo.json")
    assert cs.unit_kind == "chi bộ"
    assert group_maxima(cs) == {"I": 15, "II": 20, "III": 45, "IV": 20}
    assert grades(cs) == [("Tốt", 90), ("Khá", 70), ("Trung bình", 50), ("Kém", 0)]
    assert len(cs.leaves) == 11
    assert not any(lf.kind in ADJUSTMENTS for lf in cs.leaves)


@pytest.mark.parametrize(
    ("attendance", "points"),
    [("100", 15), ("85.71", 15), ("85.01", 15), ("85", 10), ("70", 10), ("69.99", 0), ("0", 0)],
)
def test_party_cell_attendance_bands(attendance: str, points: int) -> None:
    leaf = template("sinh-hoat-chi-bo.json").leaf_by_code["II.1"].criterion
    assert leaf.kind is Kind.BANDS
    assert entry_points(leaf, Decimal(attendance)) == points


def test_yearly_party_organisation_template() -> None:
    cs = template("to-chuc-dang-hang-nam.json")
    assert group_maxima(cs) == {"I": 30, "II": 70}
    assert [c.title for c in cs.criteria[:2]] == ["Tiêu chí chung", "Kết quả thực hiện nhiệm vụ"]
    assert grades(cs) == PARTY_GRADES
    quota = cs.quotas[0]
    assert (quota.grade, quota.max_share, quota.of) == (
        "Hoàn thành xuất sắc nhiệm vụ", Decimal("0.2"), "Hoàn thành tốt nhiệm vụ",
    )
    caps = {v.title: v.cap_grade for v in cs.vetoes}
    assert caps["Có tổ chức đảng trực thuộc bị thi hành kỷ luật trong năm"] == "Hoàn thành nhiệm vụ"
    assert "Không hoàn thành nhiệm vụ" in caps.values()
    assert None in caps.values()
    rule = cs.awards[0].rule
    assert isinstance(rule, GradesRule)
    assert rule.grades == ("Hoàn thành xuất sắc nhiệm vụ",)


# --- the shared sample -----------------------------------------------------------------------


def test_sample_document_round_trips() -> None:
    path = SAMPLES / "tieu-chi-thon-10-phut.json"
    cs = parsed(path)
    assert to_document(cs) == json.loads(path.read_text(encoding="utf-8"))
    assert group_maxima(cs) == {"I": 20, "II": 50, "III": 30}
    assert cs.effective_bonus_cap == 5
    assert grades(cs) == GRADES_10
