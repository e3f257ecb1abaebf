"""Vietnamese text: matching keys, collation, numbers, money and dates."""

from __future__ import annotations

import random
import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation.text import (
    ALPHABET,
    TONE_ORDER,
    document_date_line,
    format_date,
    format_decimal,
    format_money,
    format_thousands,
    match_key,
    nfc,
    parse_date,
    parse_decimal,
    parse_money,
    sort_key,
    vn_sorted,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --- strategies ----------------------------------------------------------------------------

TONES = ("", *TONE_ORDER)
letters = st.sampled_from(ALPHABET)


@st.composite
def words(draw: st.DrawFn, min_size: int = 1) -> tuple[str, str, int]:
    """(letters, tone mark or "", where the tone sits) for one word."""
    bare = "".join(draw(st.lists(letters, min_size=min_size, max_size=7)))
    tone = draw(st.sampled_from(TONES))
    return bare, tone, draw(st.integers(0, len(bare) - 1))


def spell(bare: str, tone: str, at: int, upper: tuple[bool, ...] = ()) -> str:
    """A word in NFC with its tone on letter ``at`` and the given letters in upper case."""
    chars = [ch.upper() if i < len(upper) and upper[i] else ch for i, ch in enumerate(bare)]
    chars[at] = chars[at] + tone
    return unicodedata.normalize("NFC", "".join(chars))


@st.composite
def phrases(draw: st.DrawFn) -> str:
    parts = draw(st.lists(words(), min_size=1, max_size=4))
    upper = draw(st.lists(st.booleans(), max_size=7))
    return " ".join(spell(b, t, at, tuple(upper)) for b, t, at in parts)


# --- nfc and match_key ---------------------------------------------------------------------


def test_nfc_composes_and_trims() -> None:
    assert nfc("  Nam Me\u0300ng\n") == "Nam Mèng"
    assert nfc(nfd("Khu dân cư Nặm Mèng")) == "Khu dân cư Nặm Mèng"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hoà Bình", "Hòa Bình"),
        ("Thuỷ", "Thủy"),
        ("Khoẻ", "Khỏe"),
        ("Thôn  Đồng   Tâm", " thôn đồng tâm "),
        ("XÃ VĨNH YÊN", "xã vĩnh yên"),
        ("Khu dân cư Nặm Mèng", nfd("Khu dân cư Nặm Mèng")),
        ("Ủy ban", "Uỷ ban"),
        ("Thôn\u00a0Nà Khương", "Thôn Nà Khương"),
        ("Đồng Tâm", "\u00d0ồng Tâm"),
        ("Nà\u200b Khương", "Nà Khương"),
    ],
)
def test_match_key_equal(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hoa", "Hòa"),
        ("Hòa", "Hóa"),
        ("Đông", "Dông"),
        ("Đồng", "Động"),
        ("Bản", "Bàn"),
        ("Ưng", "Ung"),
        ("Ơn", "Ôn"),
        ("Ăn", "Ân"),
        ("Thôn 1", "Thôn 11"),
        ("Nà Khương", "Nàk hương"),
    ],
)
def test_match_key_distinct(a: str, b: str) -> None:
    assert match_key(a) != match_key(b)


@given(st.text())
def test_match_key_ignores_unicode_form(text: str) -> None:
    assert match_key(nfd(text)) == match_key(unicodedata.normalize("NFC", text))


@given(phrases())
def test_match_key_ignores_case_form_and_spacing(text: str) -> None:
    key = match_key(text)
    assert match_key(text.upper()) == key
    assert match_key(text.lower()) == key
    assert match_key(nfd(text)) == key
    assert match_key("  " + text.replace(" ", " \u00a0 ") + "\t") == key


@given(words(), st.integers(0, 6))
def test_tone_placement_never_matters(word: tuple[str, str, int], other: int) -> None:
    bare, tone, at = word
    moved = spell(bare, tone, other % len(bare))
    assert match_key(spell(bare, tone, at)) == match_key(moved)
    assert sort_key(spell(bare, tone, at)) == sort_key(moved)


@given(words(), st.sampled_from(TONES))
def test_tones_are_kept(word: tuple[str, str, int], tone: str) -> None:
    bare, first, at = word
    same = first == tone
    assert (match_key(spell(bare, first, at)) == match_key(spell(bare, tone, at))) is same


# --- collation -----------------------------------------------------------------------------


def test_real_names_in_vietnamese_order() -> None:
    names = [
        "Thôn Đông Lai", "Thôn Đồng Tâm", "Thôn Bản Hốc", "Thôn Nà Khương", "Bản Bông",
        "Xã Vĩnh Yên", "Ủy ban nhân dân xã", "Tổ dân phố 1", "Thôn Dương Quỳ", "Thôn Eo Gió",
        "Tổ dân phố 10", "Tổ dân phố 2", "Chi bộ Trường Tiểu học", "Thôn Ác",
    ]
    assert vn_sorted(names) == [
        "Bản Bông", "Chi bộ Trường Tiểu học", "Thôn Ác", "Thôn Bản Hốc", "Thôn Dương Quỳ",
        "Thôn Đông Lai", "Thôn Đồng Tâm", "Thôn Eo Gió", "Thôn Nà Khương", "Tổ dân phố 1",
        "Tổ dân phố 2", "Tổ dân phố 10", "Ủy ban nhân dân xã", "Xã Vĩnh Yên",
    ]


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("A", "Ă"), ("Ă", "Â"), ("Â", "B"), ("U", "Ư"), ("Ư", "V"), ("O", "Ô"), ("Ô", "Ơ"),
        ("Ơ", "P"), ("D", "Đ"), ("Đ", "E"), ("E", "Ê"), ("Ê", "G"), ("Dz", "Đa"), ("Đz", "Ea"),
        ("Uyên", "Ưng"), ("Ôn", "Ơn"), ("ăn", "ân"), ("Đông Lai", "Đồng Tâm"),
        ("Thôn Dương Quỳ", "Thôn Đông Lai"), ("Ỷ La", "Yên"), ("Ấp", "Zô"),
    ],
)
def test_pairs_in_order(first: str, then: str) -> None:
    assert sort_key(first) < sort_key(then)


def test_tones_in_dictionary_order() -> None:
    shuffled = ["bạ", "bá", "ba", "bã", "bà", "bả"]
    assert vn_sorted(shuffled) == ["ba", "bà", "bả", "bã", "bá", "bạ"]


def test_letters_of_the_whole_text_before_tones() -> None:
    assert sort_key("Đồng Lai") < sort_key("Đông Tâm")
    assert sort_key("Đông Lai") < sort_key("Đồng Tâm")
    assert sort_key("bá c") < sort_key("ba d")
    assert sort_key("Hô Bác") < sort_key("Hồ Bác")


def test_case_only_breaks_ties() -> None:
    assert sort_key("bá") < sort_key("Bá")
    assert sort_key("Bà") < sort_key("bá")
    assert sort_key("an") < sort_key("An") < sort_key("ăn")
    assert vn_sorted(["THÔN A", "thôn b", "Thôn A"]) == ["Thôn A", "THÔN A", "thôn b"]


def test_spaces_and_forms() -> None:
    assert sort_key("Bản  Bông") == sort_key(" Bản Bông ")
    assert sort_key(nfd("Nặm Mèng")) == sort_key("Nặm Mèng")
    assert sort_key("Bản Bông") < sort_key("Bảnb")


def test_digits_before_letters_and_by_value() -> None:
    assert vn_sorted(["Tổ 10", "Tổ A", "Tổ 9", "Tổ 09"]) == ["Tổ 09", "Tổ 9", "Tổ 10", "Tổ A"]


def test_vn_sorted_with_key() -> None:
    units = [("B", "Đông"), ("A", "Dông"), ("C", "Eo")]
    assert [code for code, _ in vn_sorted(units, key=lambda u: u[1])] == ["A", "B", "C"]
    assert vn_sorted([]) == []


def _indices(word: str) -> list[int]:
    return [ALPHABET.index(ch) for ch in word]


@given(st.text(ALPHABET, min_size=1, max_size=8), st.text(ALPHABET, min_size=1, max_size=8))
def test_order_follows_the_alphabet(a: str, b: str) -> None:
    expected = (_indices(a) > _indices(b)) - (_indices(a) < _indices(b))
    actual = (sort_key(a) > sort_key(b)) - (sort_key(a) < sort_key(b))
    assert actual == expected


@given(st.text(ALPHABET, max_size=6), st.text(ALPHABET, max_size=6))
def test_every_d_word_before_every_đ_word_before_e(tail1: str, tail2: str) -> None:
    assert sort_key("D" + tail1) < sort_key("đ" + tail2) < sort_key("E" + tail1)


@given(st.lists(phrases(), max_size=12), st.randoms())
def test_sorting_is_total_and_independent_of_input_order(
    names: list[str], rnd: random.Random
) -> None:
    shuffled = list(names)
    rnd.shuffle(shuffled)
    keys = [sort_key(n) for n in vn_sorted(names)]
    assert keys == [sort_key(n) for n in vn_sorted(shuffled)]
    assert keys == sorted(keys)


@given(phrases(), phrases())
def test_equal_sort_keys_mean_the_same_name(a: str, b: str) -> None:
    if sort_key(a) == sort_key(b):
        assert match_key(a) == match_key(b)
    if match_key(a) == match_key(b):
        assert sort_key(a)[:2] == sort_key(b)[:2]


@given(phrases())
def test_sort_key_ignores_unicode_form(text: str) -> None:
    assert sort_key(nfd(text)) == sort_key(text)


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("8,5", "8.5"), ("8.5", "8.5"), (" 9 ", "9"), ("10,0", "10.0"), ("-2", "-2"),
        ("1.234,5", "1234.5"), ("10 điểm", "10"), ("10điểm", "10"), ("9,5 đ", "9.5"),
        ("9,5đ", "9.5"), ("\u00a09,25\u00a0", "9.25"), ("9.5", "9.5"), ("1.234", "1.234"),
        ("1.234.567", "1234567"), ("1 234,5", "1234.5"), ("1\u00a0234", "1234"),
        ("+0,5", "0.5"), ("−3,25", "-3.25"), ("- 2", "-2"), ("-0", "0"), ("0", "0"),
        ("10 ĐIỂM", "10"), (nfd("7 điểm"), "7"),
    ],
)
def test_parse_decimal(typed: str, value: str) -> None:
    parsed = parse_decimal(typed)
    assert isinstance(parsed, Decimal)
    assert parsed == Decimal(value)
    assert not parsed.is_signed() or parsed < 0


@pytest.mark.parametrize(
    "typed",
    ["", "  ", "abc", "9.", ",5", "1,2,3", "1,234.5", "1..2", "8 5", "1e3", "NaN", "Infinity",
     "điểm", "x", "9,5 kg", "1.23.4", "--2", "١٢"],
)
def test_parse_decimal_refuses(typed: str) -> None:
    assert parse_decimal(typed) is None


@pytest.mark.parametrize(
    "typed",
    ["2.340.000 đ", "2.340.000đ", "2340000", "2 340 000 VNĐ", "2.340.000 đồng",
     "2\u00a0340\u00a0000 đ", "2,340,000", "2.340.000 VND", "2.340.000₫", " 2.340.000 Đ "],
)
def test_parse_money(typed: str) -> None:
    assert parse_money(typed) == 2_340_000


@pytest.mark.parametrize(
    "typed", ["", "đ", "2,5", "2.34.000", "2.340 000", "-2.340.000", "2.340.000,5", "hai triệu"],
)
def test_parse_money_refuses(typed: str) -> None:
    assert parse_money(typed) is None


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        ("8.5", None, "8,5"), ("15.3", None, "15,3"), ("93.75", None, "93,75"),
        ("90", None, "90"), ("90.00", None, "90"), ("1234.5", None, "1.234,5"),
        ("0.10", None, "0,1"), ("-2", None, "-2"), ("1E+3", None, "1.000"),
        ("8.5", 2, "8,50"), ("0.125", 2, "0,13"), ("8.5", 0, "9"), ("-0.001", 2, "0,00"),
        ("1234567.891", 1, "1.234.567,9"),
    ],
)
def test_format_decimal(value: str, places: int | None, shown: str) -> None:
    assert format_decimal(Decimal(value), places) == shown


def test_format_decimal_refuses_negative_places() -> None:
    with pytest.raises(ValueError, match="places"):
        format_decimal(Decimal(1), -1)


def test_format_money_and_thousands() -> None:
    assert format_money(2_340_000) == "2.340.000 đ"
    assert format_money(710_000) == "710.000 đ"
    assert format_money(0) == "0 đ"
    assert format_thousands(2_340_000) == "2.340.000"
    assert format_thousands(999) == "999"
    assert format_thousands(-1_000) == "-1.000"


scores = st.decimals(min_value=-999, max_value=999, places=2)
amounts = st.decimals(min_value=-10**12, max_value=10**12, places=2)


@given(scores)
def test_decimal_round_trip(value: Decimal) -> None:
    assert parse_decimal(format_decimal(value)) == value


@given(amounts)
def test_decimal_round_trip_with_places(value: Decimal) -> None:
    assert parse_decimal(format_decimal(value, 2)) == value


@given(st.integers(min_value=0, max_value=10**15))
def test_money_round_trip(amount: int) -> None:
    assert parse_money(format_money(amount)) == amount
    assert parse_money(format_thousands(amount)) == amount


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["05/11/2026", "5/11/2026", "2026-11-05", "05-11-2026", "05.11.2026", " 5/11/2026 ",
     "ngày 05 tháng 11 năm 2026", "Ngày 5 tháng 11 năm 2026"],
)
def test_parse_date(typed: str) -> None:
    assert parse_date(typed) == date(2026, 11, 5)


@pytest.mark.parametrize(
    "typed", ["", "31/02/2026", "05/11-2026", "05/11/26", "2026/13/01", "hôm nay", "5/11"],
)
def test_parse_date_refuses(typed: str) -> None:
    assert parse_date(typed) is None


def test_format_date() -> None:
    assert format_date(date(2026, 11, 5)) == "05/11/2026"
    assert format_date(date(2026, 1, 31)) == "31/01/2026"


@given(st.dates(min_value=date(1000, 1, 1)))
def test_date_round_trip(d: date) -> None:
    assert parse_date(format_date(d)) == d
    assert parse_date(document_date_line("Bảo Yên", d).split(", ", 1)[1]) == d


@pytest.mark.parametrize(
    ("d", "line"),
    [
        (date(2026, 11, 5), "Bảo Yên, ngày 05 tháng 11 năm 2026"),
        (date(2026, 2, 5), "Bảo Yên, ngày 05 tháng 02 năm 2026"),
        (date(2026, 1, 20), "Bảo Yên, ngày 20 tháng 01 năm 2026"),
        (date(2026, 7, 15), "Bảo Yên, ngày 15 tháng 7 năm 2026"),
        (date(2026, 12, 31), "Bảo Yên, ngày 31 tháng 12 năm 2026"),
    ],
)
def test_document_date_line(d: date, line: str) -> None:
    assert document_date_line("Bảo Yên", d) == line


def test_document_date_line_stores_the_place_in_nfc() -> None:
    line = document_date_line(nfd(" Bảo Yên "), date(2026, 11, 5))
    assert line == "Bảo Yên, ngày 05 tháng 11 năm 2026"


def test_sort_key_by_words_equals_the_key_of_the_whole_text() -> None:
    import unicodedata

    from emulation.text import collate, sort_key

    names = ["Thôn Nậm Mò 34", "  Tổ dân phố  số 10 ", "Đội 2a-3", "Hoà Bình", "Hòa   Bình", "Xã\u00a0Bảo Hà",
             "Thôn 007 B", "Trường THCS & THPT", "a \u0301b", "Chi bộ ĐOÀN", "", "Ùng   ", "Ngọc-Lâm (cũ)"]
    for name in names:
        whole = unicodedata.normalize("NFD", " ".join(name.split()))
        assert sort_key(name) == collate(whole), name


def test_every_format_character_is_dropped_beside_vietnamese_letters() -> None:
    formats = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]
    assert "\u00ad" in formats and "\u200b" in formats
    for ch in formats:
        assert sort_key(f"Nậm{ch} Mò") == sort_key("Nậm Mò"), hex(ord(ch))
        assert match_key(f"Thôn {ch}Bản Lìm") == match_key("Thôn Bản Lìm"), hex(ord(ch))
