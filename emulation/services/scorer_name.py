"""The name a committee member's scores are recorded under, from a command line, a form or an
account: one clean line (no control or direction-changing characters), NFC, of bounded length."""

from __future__ import annotations

from emulation.limits import MAX_NAME_LENGTH
from emulation.scoring.clean_text import clean_text
from emulation.services.errors import InputError


def scorer_name(name: str) -> str:
    """A committee member's name as the scores are recorded under: one clean line, NFC, bounded."""
    text, fault = clean_text(name, "scorer", MAX_NAME_LENGTH)
    if fault is not None:
        raise InputError([fault])
    return text
