"""Text from someone else, made safe to store, print and show: one line, no hidden commands.

Line breaks and tabs inside a name become single spaces (a title typed on two lines in a
cell). Control characters, terminal escape sequences and the characters that reverse the
direction of text (U+202E and its kind, used to disguise what a name says) are refused with
the place, as is text longer than its limit: nothing is silently cut or changed.
"""

from __future__ import annotations

import re
import unicodedata

from emulation.scoring.problems import Problem, problem

_BREAKS = re.compile(r"[\t\n\r\v\f\u0085\u2028\u2029]+")
_HIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_HIDDEN_IN_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str, where: str, max_length: int, *, lines: bool = False) -> tuple[str, Problem | None]:
    """``value`` on one line (or, with ``lines``, keeping its line breaks), NFC, trimmed; with
    the problem that refuses it, if any."""
    text = unicodedata.normalize("NFC", value if lines else _BREAKS.sub(" ", value)).strip()
    hidden = (_HIDDEN_IN_LINES if lines else _HIDDEN).search(text)
    if hidden is not None:
        char = f"U+{ord(hidden.group()):04X}"
        return text, problem(where, "text_hidden_character", char=char, position=hidden.start() + 1)
    if len(text) > max_length:
        return text, problem(where, "text_too_long", length=len(text), max=max_length)
    return text, None
