"""The committee's numbering: levels, own codes, full codes and faults."""

from __future__ import annotations

import pytest

from emulation.excel.numbering import (
    CodedRow,
    Mark,
    NumberedRow,
    assign_codes,
    classify,
    roman_value,
    to_roman,
)
from emulation.i18n import render


def _codes(*numbers: str) -> tuple[list[CodedRow], list[str]]:
    rows, problems = assign_codes([NumberedRow(n, f"A{i + 1}") for i, n in enumerate(numbers)])
    return rows, [render(p) for p in problems]


def _full(*numbers: str) -> list[str | None]:
    rows, problems = _codes(*numbers)
    assert problems == []
    return [r.full_code for r in rows]


@pytest.mark.parametrize(
    ("text", "mark", "clean"),
    [
        ("I", Mark.ROMAN, "I"),
        ("II.", Mark.ROMAN, "II"),
        ("XIV", Mark.ROMAN, "XIV"),
        ("1", Mark.NUMBER, "1"),
        ("2.", Mark.NUMBER, "2"),
        ("3)", Mark.NUMBER, "3"),
        ("1.1", Mark.DOTTED, "1.1"),
        ("2.3.1.", Mark.DOTTED, "2.3.1"),
        ("a", Mark.LETTER, "a"),
        ("b)", Mark.LETTER, "b"),
        ("c.", Mark.LETTER, "c"),
        ("(d)", Mark.LETTER, "d"),
        ("đ)", Mark.LETTER, "đ"),
        ("-", Mark.GUIDANCE, "-"),
        ("", Mark.NONE, ""),
        ("  ", Mark.NONE, ""),
    ],
)
def test_classify(text: str, mark: Mark, clean: str) -> None:
    assert classify(text) == (mark, clean)


@pytest.mark.parametrize("text", ["Tổng", "A", "IIII", "1..2", "ab", "1,1"])
def test_classify_unknown(text: str) -> None:
    assert classify(text) is None


def test_roman_numbers_round_trip() -> None:
    for n in range(1, 40):
        assert roman_value(to_roman(n)) == n
    assert roman_value("IC") is None


def test_committee_table_numbering() -> None:
    assert _full("I", "1", "2", "-", "3", "II", "1", "1.1", "1.2", "2", "a)", "b)", "c)") == [
        "I", "I.1", "I.2", "I.2", "I.3", "II", "II.1", "II.1.1", "II.1.2", "II.2",
        "II.2.a", "II.2.b", "II.2.c",
    ]


def test_own_code_parent_and_guidance() -> None:
    rows, _ = _codes("II", "1", "1.2", "-", "")
    assert [(r.mark, r.code, r.parent) for r in rows] == [
        (Mark.ROMAN, "II", None),
        (Mark.NUMBER, "1", "II"),
        (Mark.DOTTED, "2", "II.1"),
        (Mark.GUIDANCE, None, None),
        (Mark.NONE, None, None),
    ]
    assert rows[3].full_code == "II.1.2"
    assert [r.index for r in rows] == [0, 1, 2, 3, 4]


def test_trailing_dots_are_ignored() -> None:
    assert _full("I.", "1.", "1.1.", "a.", "II.", "1.") == [
        "I", "I.1", "I.1.1", "I.1.1.a", "II", "II.1",
    ]


def test_integers_at_the_top_without_parts() -> None:
    assert _full("1", "1.1", "1.2", "2", "a", "b") == ["1", "1.1", "1.2", "2", "2.a", "2.b"]


def test_deep_dotted_and_letters_under_them() -> None:
    assert _full("I", "2", "2.3", "2.3.1", "a)", "2.4", "3", "a)") == [
        "I", "I.2", "I.2.3", "I.2.3.1", "I.2.3.1.a", "I.2.4", "I.3", "I.3.a",
    ]


def test_dotted_with_the_part_written_out() -> None:
    assert _full("II", "II.1", "II.1.1") == ["II", "II.1", "II.1.1"]


def test_letters_directly_under_a_part() -> None:
    assert _full("I", "a)", "b)") == ["I", "I.a", "I.b"]


def test_sub_item_without_its_criterion() -> None:
    rows, problems = _codes("I", "1.1")
    assert [r.full_code for r in rows] == ["I"]
    assert problems == ["A2: «1.1» không có mục «1» ở phía trên để trực thuộc"]


def test_sub_item_under_the_wrong_criterion() -> None:
    _, problems = _codes("I", "2", "1.1")
    assert problems == ["A3: «1.1» không có mục «1» ở phía trên để trực thuộc"]


def test_letter_with_nothing_above() -> None:
    _, problems = _codes("a)")
    assert problems == ["A1: mục «a)» cần một tiêu chí có số ở phía trên (1, 2… hoặc 1.1)"]


def test_duplicate_codes_at_one_level() -> None:
    _, problems = _codes("I", "1", "2", "2.", "II", "1", "I")
    assert problems == [
        "A4: số «2.» dùng hai lần trong I (I.2)",
        "A7: số «I» dùng hai lần ở cấp ngoài cùng (I)",
    ]


def test_unknown_text_and_orphan_guidance() -> None:
    _, problems = _codes("-", "Tổng")
    assert problems == [
        "A1: dòng hướng dẫn (-) cần có một tiêu chí ở phía trên",
        "A2: «Tổng» không phải là số thứ tự (I, II…, 1, 2…, 1.1, a), hoặc - cho dòng hướng dẫn)",
    ]


def test_wrong_part_in_a_dotted_number() -> None:
    _, problems = _codes("I", "1", "II.1")
    assert problems == ["A3: «II.1» không thuộc phần II (phần hiện tại là I)"]
