"""The points column of a committee's table: what a cell says and how to write it back.

A cell holds a plain number (``10``, ``"10,0"``, ``"10 điểm"``), a ceiling (``"Tối đa 30
điểm"``), or a rule for adjustments: ``"Trừ 2 điểm/lần"``, ``"Trừ 1 điểm/đảng viên, tối đa
10 điểm"``, ``"Trừ tối đa 10 điểm"``, ``"Cộng 5 điểm"``. A leading "Trừ" marks a penalty and
"Cộng"/"Thưởng" a bonus, wherever the row sits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from emulation.scoring.criteria import Kind
from emulation.scoring.numbers import to_decimal
from emulation.text import format_decimal, nfc, parse_decimal

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"\s*(?:điểm|đ)?"
_CAP = re.compile(r"tối\s*đa\s*(?:là\s*|không\s*quá\s*)?" + _NUMBER + _UNIT)
_PER = re.compile(r"^" + _NUMBER + _UNIT + r"\s*/\s*(.+)$")
_PARTS = re.compile(r"(?<!\d),|,(?!\d)|;|\(")
_SIGNS = (("trừ", Kind.PENALTY), ("cộng", Kind.BONUS), ("thưởng", Kind.BONUS))


@dataclass(frozen=True, slots=True)
class Points:
    """What a points cell says; every field None for a blank cell."""

    value: Decimal | None = None
    cap: Decimal | None = None
    per_item: Decimal | None = None
    per: str | None = None
    sign: Kind | None = None

    @property
    def is_blank(self) -> bool:
        return self.value is None and self.cap is None and self.per_item is None

    @property
    def stated(self) -> Decimal | None:
        """The one number a heading row states (its value, else its ceiling)."""
        return self.value if self.value is not None else self.cap


def read_points(value: Any) -> Points | None:
    """Read a points cell; None when it says something that is not points."""
    if value is None or isinstance(value, bool):
        return Points() if value is None else None
    if not isinstance(value, str):
        try:
            number = to_decimal(value)
        except (TypeError, ValueError):
            return None
        return _signed(number)
    text = nfc(value).lower()
    if not text:
        return Points()
    typed = parse_decimal(text)
    return _signed(typed) if typed is not None else _read_rule(text)


def _tidy(number: Decimal) -> Decimal:
    """10.0 → 10, 2.50 → 2.5: the same number, written as a person would."""
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def _signed(number: Decimal) -> Points:
    number = _tidy(number)
    if number < 0:
        return Points(value=-number, sign=Kind.PENALTY)
    return Points(value=number)


def _read_rule(text: str) -> Points | None:
    sign = None
    for word, kind in _SIGNS:
        if text.startswith(word):
            sign, text = kind, text[len(word):].strip()
            break
    value = cap = per_item = None
    per = None
    for part in _PARTS.split(text):
        part = part.strip().rstrip(")").strip()
        if not part:
            continue
        capped = _CAP.fullmatch(part)
        rule = _PER.match(part)
        if capped:
            cap = _number(capped.group(1))
        elif rule:
            per_item, per = _number(rule.group(1)), rule.group(2).strip()
        elif (number := parse_decimal(part)) is not None and value is None:
            value = _tidy(number)
        else:
            return None
    points = Points(value=value, cap=cap, per_item=per_item, per=per, sign=sign)
    return None if points.is_blank else points


def _number(text: str) -> Decimal:
    number = parse_decimal(text)
    assert number is not None  # the patterns only let digits through
    return _tidy(number)


def points_text(number: Decimal) -> str:
    """A number of points as the table prints it: "10", "2,5"."""
    return format_decimal(number)


def penalty_text(per_item: Decimal | None, per: str | None, cap: Decimal | None) -> str:
    """ "Trừ 2 điểm/lần", "Trừ 1 điểm/đảng viên, tối đa 10 điểm", "Trừ tối đa 10 điểm"."""
    if per_item is None:
        return f"Trừ tối đa {points_text(cap)} điểm" if cap is not None else "Trừ"
    text = f"Trừ {points_text(per_item)} điểm" + (f"/{per}" if per else "")
    return text + (f", tối đa {points_text(cap)} điểm" if cap is not None else "")


def cap_text(cap: Decimal) -> str:
    """A ceiling: "Tối đa 30 điểm"."""
    return f"Tối đa {points_text(cap)} điểm"
