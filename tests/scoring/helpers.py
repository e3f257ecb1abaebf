"""Small builders for scoring tests."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.criteria_doc import loads, parse_criteria
from emulation.scoring.scores import Role, ScoreEntry
from tests.data import SAMPLES


def criteria(doc: dict[str, Any] | str) -> CriteriaSet:
    text = doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False)
    cs, problems = parse_criteria(loads(text))
    assert not problems, problems
    assert cs is not None
    return cs


def sample_criteria() -> CriteriaSet:
    return criteria((SAMPLES / "tieu-chi-thon-10-phut.json").read_text(encoding="utf-8"))


def simple_doc(**overrides: Any) -> dict[str, Any]:
    """Two points leaves A (max 50) and B (max 50), a bonus and a penalty."""
    doc: dict[str, Any] = {
        "format": "emulation-criteria/1",
        "name": "Thử",
        "max_total": 100,
        "criteria": [
            {"code": "A", "title": "Tiêu chí A", "kind": "points", "max": 50, "step": 0.01},
            {"code": "B", "title": "Tiêu chí B", "kind": "points", "max": 50, "step": 0.01},
            {"code": "+", "title": "Điểm thưởng", "kind": "bonus", "max": 5},
            {"code": "-", "title": "Điểm trừ", "kind": "penalty", "per_item": 2, "max": 10},
        ],
        "grades": [
            {"name": "Xuất sắc", "min": 90},
            {"name": "Tốt", "min": 75},
            {"name": "Khá", "min": 60},
            {"name": "Chưa đạt", "min": 0},
        ],
    }
    doc.update(overrides)
    return doc


def member(unit: str, leaf: str, value: str, scorer: str = "m1") -> ScoreEntry:
    return ScoreEntry(unit, leaf, Role.MEMBER, scorer, Decimal(value))


def entry(unit: str, leaf: str, value: str | Decimal, role: Role, scorer: str = "") -> ScoreEntry:
    raw = Decimal(value) if isinstance(value, str) and role is not None and _numeric(value) else value
    return ScoreEntry(unit, leaf, role, scorer, raw)


def _numeric(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True
