"""The kinds of period (a month, a quarter, a year, other) and the kind a period's name suggests."""

from __future__ import annotations

from emulation.text import match_key

KINDS = ("month", "quarter", "year", "other")
_NAME_WORDS = (("tháng", "month"), ("quý", "quarter"), ("năm", "year"))


def guess_kind(name: str) -> str:
    """A period's kind from its name: "Tháng 10/2026" → month, "Quý III" → quarter, "Năm 2026" → year."""
    words = match_key(name).split()
    for word, kind in _NAME_WORDS:
        if match_key(word) in words:
            return kind
    return "other"
