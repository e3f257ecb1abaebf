"""Vietnamese text: NFC storage, matching keys, collation, numbers, money and dates."""

from __future__ import annotations

import re
import unicodedata

# Tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """The stored form of any text: Unicode NFC, outer spaces trimmed."""
    return unicodedata.normalize("NFC", text).strip()


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
    decomposed = unicodedata.normalize("NFD", text.casefold())
    words = _SPACES.split(decomposed.strip())
    return " ".join(_tone_last(w) for w in words if w)
