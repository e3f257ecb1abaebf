"""A criteria document from someone else is decoded within limits; faults are named by path."""

from __future__ import annotations

from decimal import Decimal

from emulation.i18n import render
from emulation.scoring.json_limits import load_json, too_deep


def test_a_sound_document_decodes_exactly() -> None:
    doc, problems = load_json('{"max_total": 100, "criteria": [{"max": 7.25}]}')
    assert problems == []
    assert doc == {"max_total": 100, "criteria": [{"max": Decimal("7.25")}]}
    assert isinstance(doc["max_total"], int)


def test_nesting_past_the_limit_is_named_by_its_path() -> None:
    text = '{"criteria": [{"children": ' + "[" * 100 + "]" * 100 + "}]}"
    doc, problems = load_json(text)
    assert doc is None
    assert problems[0].code == "json_too_deep"
    assert problems[0].where.startswith("criteria[0].children[0][0]")
    assert too_deep('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}') is None  # brackets in text


def test_numbers_outside_what_a_score_can_be_are_refused_by_path() -> None:
    doc, problems = load_json('{"a": [1, 1e999], "b": ' + "9" * 5000 + ', "c": NaN, "d": -0.5}')
    assert doc is None
    assert [p.where for p in problems] == ["a[1]", "b", "c"]
    assert render(problems[0]) == "a[1]: số 1e999 nằm ngoài giới hạn (tối đa 15 chữ số, độ lớn không quá 1000000000)"
