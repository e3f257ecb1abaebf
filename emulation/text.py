"""Vietnamese text: NFC storage, matching keys, collation, numbers, money and dates.

Pure functions only: no Qt, no database, no files.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")

# Tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
#: Tones in dictionary order after the level tone (ngang): huyền, hỏi, ngã, sắc, nặng.
TONE_ORDER = "\u0300\u0309\u0303\u0301\u0323"
#: Marks that make a letter of their own: breve (ă), circumflex (â ê ô), horn (ơ ư).
LETTER_MARKS = frozenset("\u0306\u0302\u031b")
#: The Vietnamese alphabet, with f, j, w, z where the Latin alphabet puts them.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

_SPACES = re.compile(r"\s+")
# Look-alikes of Đ that legacy encodings and fonts leave behind (Icelandic eth, African D).
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"})
_LETTER_INDEX = {unicodedata.normalize("NFD", ch): i for i, ch in enumerate(ALPHABET)}
_UNKNOWN_LETTER = len(ALPHABET)


# --- normalisation and matching ------------------------------------------------------------


def nfc(text: str) -> str:
    """The stored form of any text: Unicode NFC, outer spaces trimmed."""
    return unicodedata.normalize("NFC", text).strip()


#: a text of these characters alone holds no format character (Latin-1's one, U+00AD, is left out)
_NO_FORMAT = re.compile("[\x00-\xac\xae-\u024f\u0300-\u036f\u1e00-\u1eff]*")


def _clean(text: str) -> str:
    """Invisible format characters dropped, look-alikes of Đ replaced."""
    if _NO_FORMAT.fullmatch(text):  # Vietnamese text: nothing to look up character by character
        return text.translate(_LOOKALIKES)
    visible = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return visible.translate(_LOOKALIKES)


def _caseless_nfd(text: str) -> str:
    """Unicode canonical caseless form: NFD(casefold(NFD(text)))."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", text).casefold())


def _tone_last(word: str) -> str:
    """Move a syllable's tone mark to its end, so "hoà" and "hòa" give the same letters."""
    tones = [ch for ch in word if ch in TONE_MARKS]
    bare = "".join(ch for ch in word if ch not in TONE_MARKS)
    return bare + "".join(tones)


def match_key(text: str) -> str:
    """A key equal for texts a person would call the same name.

    Case, runs of spaces, Unicode form (NFC/NFD) and old versus new tone placement
    ("Hoà"/"Hòa", "Thuỷ"/"Thủy") are ignored; letters and tones are not.
    """
    decomposed = _caseless_nfd(_clean(text))
    words = _SPACES.split(decomposed.strip())
    return " ".join(_tone_last(w) for w in words if w)


# --- collation -------------------------------------------------------------------------------

#: One position of the primary key: (class, weight, detail). Classes: 0 space,
#: 1 punctuation or symbol, 2 number, 3 letter.
Token = tuple[int, int, str]
SortKey = tuple[tuple[Token, ...], tuple[tuple[int, ...], ...], tuple[bool, ...]]
_SPACE: Token = (0, 0, "")


def _clusters(text: str) -> Iterator[str]:
    """Split NFD text into a base character followed by its combining marks."""
    cluster = ""
    for ch in text:
        if cluster and unicodedata.combining(ch):
            cluster += ch
            continue
        if cluster:
            yield cluster
        cluster = ch
    if cluster:
        yield cluster


@lru_cache(maxsize=4096)  # a few hundred distinct letters with their marks make every name
def _letter_token(cluster: str) -> tuple[Token, tuple[int, ...]]:
    """A letter's primary token and its tone ranks (1 = huyền … 5 = nặng)."""
    base = cluster[0].casefold()
    marks = cluster[1:]
    tones = tuple(TONE_ORDER.index(m) + 1 for m in marks if m in TONE_MARKS)
    letter = base + "".join(m for m in marks if m in LETTER_MARKS)
    other = "".join(m for m in marks if m not in LETTER_MARKS and m not in TONE_MARKS)
    if letter in _LETTER_INDEX:
        return (3, _LETTER_INDEX[letter], other), tones
    # Not a Vietnamese letter: after its Latin base, or after every letter, never equal to one.
    untoned = "".join(m for m in marks if m not in TONE_MARKS)
    if base in _LETTER_INDEX:
        return (3, _LETTER_INDEX[base], untoned), tones
    return (3, _UNKNOWN_LETTER, base + untoned), tones


def _number_token(digits: str) -> Token:
    """Digit runs compare by value ("2" before "10"), then by how they were written."""
    ascii_digits = "".join(str(unicodedata.decimal(d)) for d in digits)
    significant = ascii_digits.lstrip("0")
    return (2, len(significant), f"{significant} {ascii_digits}")


class _Collator:
    """Builds the three levels of a sort key from one text."""

    def __init__(self) -> None:
        self.primary: list[Token] = []
        self.tones: list[tuple[int, ...]] = []
        self.case: list[bool] = []
        self._word_tones: list[int] | None = None
        self._digits = ""

    def feed(self, cluster: str) -> None:
        if cluster[0].isdecimal() and not cluster[1:]:
            self._end_word()
            self._digits += cluster
            return
        self._end_number()
        if cluster[0].isalpha():
            self._letter(cluster)
            return
        self._end_word()
        self.primary.append(_SPACE if cluster.isspace() else (1, ord(cluster[0]), cluster[1:]))

    def _letter(self, cluster: str) -> None:
        token, tones = _letter_token(cluster)
        self.primary.append(token)
        self.case.append(cluster[0].isupper())
        if self._word_tones is None:
            self._word_tones = []
        self._word_tones.extend(tones)

    def _end_word(self) -> None:
        if self._word_tones is not None:
            self.tones.append(tuple(sorted(self._word_tones)))
            self._word_tones = None

    def _end_number(self) -> None:
        if self._digits:
            self.primary.append(_number_token(self._digits))
            self._digits = ""

    def key(self) -> SortKey:
        self._end_number()
        self._end_word()
        return tuple(self.primary), tuple(self.tones), tuple(self.case)


def sort_key(text: str) -> SortKey:
    """A key for Vietnamese alphabetical order.

    Letters first over the whole text (a ă â b c d đ e ê … o ô ơ … u ư v x y, case ignored),
    then the tone of each word (ngang, huyền, hỏi, ngã, sắc, nặng), then lower case before
    upper case. Unicode form and old or new tone placement never change the key; digit runs
    compare by value.
    """
    decomposed = unicodedata.normalize("NFD", _SPACES.sub(" ", _clean(text).strip()))
    words = decomposed.split(" ")
    if any(unicodedata.combining(word[0]) for word in words[1:] if word):
        return collate(decomposed)  # a mark on a space: the text as one
    if len(words) == 1:
        return _word_key(decomposed)
    primary: list[Token] = []
    tones: list[tuple[int, ...]] = []
    case: list[bool] = []
    for i, word in enumerate(words):
        if i:
            primary.append(_SPACE)
        p, t, c = _word_key(word)
        primary += p
        tones += t
        case += c
    return tuple(primary), tuple(tones), tuple(case)


def collate(decomposed: str) -> SortKey:
    """The sort key of an NFD text with single spaces, built cluster by cluster."""
    collator = _Collator()
    for cluster in _clusters(decomposed):
        collator.feed(cluster)
    return collator.key()


#: A space ends every number and word, so a text's key is its words' keys joined by a space
#: token: the words of a district's names are few, each is worked out once.
_word_key = lru_cache(maxsize=65536)(collate)


def vn_sorted(items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """Items in Vietnamese alphabetical order of ``key(item)``; equal keys keep their order."""
    return sorted(items, key=lambda item: sort_key(key(item)))


# --- numbers -----------------------------------------------------------------------------------

_SIGN = r"(?P<sign>[-+\u2212]?)\s?"
_DECIMAL_FORMS = (
    re.compile(_SIGN + r"(?P<int>[0-9]+)(?:[.,](?P<frac>[0-9]+))?"),
    re.compile(_SIGN + r"(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+),(?P<frac>[0-9]+)"),
    re.compile(_SIGN + r"(?P<int>[0-9]{1,3}(?:\.[0-9]{3}){2,})"),
    re.compile(_SIGN + r"(?P<int>[0-9]{1,3}(?: [0-9]{3})+)(?:[.,](?P<frac>[0-9]+))?"),
)
_POINT_UNIT = re.compile(r"\s*(?:điểm|đ)$", re.IGNORECASE)
_MONEY_UNIT = re.compile(r"\s*(?:vnđ|vnd|đồng|dong|đ|d|₫)$", re.IGNORECASE)
_MONEY = re.compile(r"[0-9]+|[0-9]{1,3}(?P<sep>[., ])[0-9]{3}(?:(?P=sep)[0-9]{3})*")


def _typed(text: str, unit: re.Pattern[str]) -> str:
    """Typed text made plain: NFC, any space as one ASCII space, trailing unit removed."""
    plain = _SPACES.sub(" ", nfc(_clean(text)))
    return unit.sub("", plain).strip()


_PLAIN_NUMBER = re.compile(r"[0-9]{1,6}(?:[.,][0-9]{1,6})?")


def parse_decimal(text: str) -> Decimal | None:
    """A number as a person types it in a score cell, or None when it is not one.

    "8,5" and "8.5" are 8.5; a single dot or comma is the decimal point. Thousands may be
    grouped with dots when a decimal comma follows ("1.234,5") or there are several dots
    ("1.234.567"), or with spaces ("1 234,5"). A trailing "điểm" or "đ" is ignored.
    """
    if _PLAIN_NUMBER.fullmatch(text):  # the common case, read fast: "8,5", "9.25", "10"
        return Decimal(text.replace(",", "."))
    typed = _typed(text, _POINT_UNIT)
    for form in _DECIMAL_FORMS:
        match = form.fullmatch(typed)
        if match:
            return _decimal_from(match)
    return None


def _decimal_from(match: re.Match[str]) -> Decimal:
    digits = re.sub(r"[. ]", "", match["int"])
    fraction = match.groupdict().get("frac")
    sign = "-" if match["sign"] in ("-", "\u2212") else ""
    value = Decimal(f"{sign}{digits}.{fraction}" if fraction else f"{sign}{digits}")
    return value.copy_abs() if value.is_zero() else value


def parse_money(text: str) -> int | None:
    """An amount of đồng as typed: "2.340.000 đ", "2 340 000 VNĐ", "2340000" → 2340000."""
    typed = _typed(text, _MONEY_UNIT)
    if not _MONEY.fullmatch(typed):
        return None
    return int(re.sub(r"[., ]", "", typed))


def format_thousands(number: int) -> str:
    """An integer with dots between thousands: 2340000 → "2.340.000"."""
    sign = "-" if number < 0 else ""
    return sign + f"{abs(number):,}".replace(",", ".")


def format_money(amount: int) -> str:
    """An amount of đồng as printed: 2340000 → "2.340.000 đ"."""
    return f"{format_thousands(amount)} đ"


def _exact(value: Decimal, places: int | None) -> Decimal:
    if places is not None:
        if places < 0:
            raise ValueError("places must be ≥ 0")
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def format_decimal(value: Decimal | int, places: int | None = None) -> str:
    """A number for Vietnamese readers: "8,5", "90", "1.234,5".

    Without ``places`` trailing zeros are dropped; with it the value is rounded half-up to
    exactly that many decimals ("8,50").
    """
    exact = _exact(Decimal(value), places)
    whole, _, fraction = format(exact.copy_abs(), "f").partition(".")
    sign = "-" if exact < 0 else ""
    text = sign + format_thousands(int(whole))
    return f"{text},{fraction}" if fraction else text


# --- dates ---------------------------------------------------------------------------------------

_D, _M, _Y = r"(?P<d>[0-9]{1,2})", r"(?P<m>[0-9]{1,2})", r"(?P<y>[0-9]{4})"
_SEP, _SAME = r"(?P<s>[/.\-])", r"(?P=s)"
_DATE_FORMS = (
    re.compile(_D + _SEP + _M + _SAME + _Y),
    re.compile(_Y + _SEP + _M + _SAME + _D),
    re.compile(f"ngày {_D} tháng {_M} năm {_Y}", re.IGNORECASE),
)


def format_date(d: date) -> str:
    """A date as dd/mm/yyyy: "05/11/2026"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def parse_date(text: str) -> date | None:
    """A typed date, or None: "05/11/2026", "5/11/2026", "05-11-2026", "05.11.2026",
    "2026-11-05" or "ngày 05 tháng 11 năm 2026"."""
    typed = _SPACES.sub(" ", nfc(_clean(text)))
    for form in _DATE_FORMS:
        match = form.fullmatch(typed)
        if match:
            return _valid_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return None


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def document_date_line(place: str, d: date) -> str:
    """The place-and-date line of a document (Nghị định 30/2020/NĐ-CP, Phụ lục I).

    Days below 10 and the months 1 and 2 take a leading zero, so that nobody can turn
    them into another date by writing a digit in front: "Bảo Yên, ngày 05 tháng 02 năm 2026",
    "Bảo Yên, ngày 15 tháng 7 năm 2026", "Bảo Yên, ngày 05 tháng 11 năm 2026".
    """
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{nfc(place)}, ngày {d.day:02d} tháng {month} năm {d.year}"


_HIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` with every control or direction-changing character spelled out (``<U+001B>``):
    stored text shown on a terminal or in a table says what it holds instead of acting on the screen."""
    return _HIDDEN.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
