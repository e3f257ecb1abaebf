from decimal import Decimal as D

import pytest

from emulation.i18n import say
from emulation.scoring.entries import check_entry, entry_points, read_entry

from .helpers import sample_criteria

CS = sample_criteria()


def leaf(code: str):  # type: ignore[no-untyped-def]
    return CS.leaf_by_code[code].criterion


def reason(code: str, value: object) -> str | None:
    raw, fault = read_entry(leaf(code), value)
    assert raw is None and fault is not None and fault.where == ""
    return say(fault.code, **fault.params)


@pytest.mark.parametrize(
    ("cell", "expected"), [("8,5", D("8.5")), ("8.5", D("8.5")), (" 9 ", D(9)), (9.25, D("9.25")), (10, D(10))]
)
def test_points_are_read_leniently(cell: object, expected: D) -> None:
    assert read_entry(leaf("II.2"), cell) == (expected, None)


def test_blank_means_not_scored() -> None:
    assert read_entry(leaf("II.2"), None) == (None, None)
    assert read_entry(leaf("II.2"), "  ") == (None, None)


def test_points_are_checked_strictly() -> None:
    assert reason("II.2", "16") == "16 vượt quá điểm tối đa 15"
    assert reason("II.2", "8,3") == "8,3 không đúng bước chấm 0,25"
    assert reason("II.2", "tám") == "«tám» không phải là số"
    assert reason("II.2", "-1") == "-1 nhỏ hơn 0"


@pytest.mark.parametrize(
    ("cell", "yes"),
    [("x", True), ("X", True), ("có", True), ("Có", True), ("không", False), (5, True), (0, False), (True, True)],
)
def test_checks_accept_the_usual_marks(cell: object, yes: bool) -> None:
    raw, problem = read_entry(leaf("I.1"), cell)
    assert problem is None
    assert entry_points(leaf("I.1"), raw) == (D(5) if yes else D(0))  # type: ignore[arg-type]


def test_levels_match_labels_in_any_case_or_unicode_form() -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "trung bình")
    assert read_entry(leaf("II.4"), decomposed) == ("Trung bình", None)
    assert read_entry(leaf("II.4"), "KHÁ") == ("Khá", None)
    assert read_entry(leaf("II.4"), 7) == ("Khá", None)
    assert "Tốt, Khá, Trung bình, Chưa đạt" in (reason("II.4", "Xuất sắc") or "")


def test_measures_turn_into_points() -> None:
    assert entry_points(leaf("I.3"), D("87.35")) == D("8.74")  # 10 × 0,8735 = 8,735 → 8,74
    assert entry_points(leaf("I.3"), D("120")) == D("10")
    assert entry_points(leaf("II.1"), D("3")) == D("10")
    assert entry_points(leaf("II.1"), D("1")) == D("0")
    assert entry_points(leaf("-"), D("2")) == D("4")


def test_penalty_counts_are_whole() -> None:
    fault = check_entry(leaf("-"), D("1.5"))
    assert fault is not None and say(fault.code, **fault.params) == "1,5 không phải là số lần (số nguyên)"
    assert check_entry(leaf("-"), D("3")) is None
