"""How a raw value reads in a cell, in the editor and on the clipboard (no Qt here)."""

from __future__ import annotations

from decimal import Decimal

from emulation.scoring.criteria import Criterion, Kind
from emulation.scoring.entries import RawValue, entry_points
from emulation.scoring.numbers import ONE
from emulation.text import format_decimal


def unit_label(leaf: Criterion) -> str | None:
    """What the entered number counts: the criterion's unit (a measure, a penalty count)."""
    if leaf.kind in (Kind.BANDS, Kind.RATIO) or (leaf.kind is Kind.PENALTY and leaf.per_item is not None):
        return leaf.unit
    return None


def edit_text(leaf: Criterion, raw: RawValue | None, yes: str, no: str) -> str:
    """The value as a person would type it again: "8,5", a level's label, yes or no."""
    if raw is None:
        return ""
    if leaf.kind is Kind.CHECK:
        return yes if raw == ONE else no
    if isinstance(raw, Decimal):
        return format_decimal(raw)
    return raw


def display_text(leaf: Criterion, raw: RawValue | None, yes: str, no: str) -> str:
    """The value as shown in the grid: with its unit for a measure or a count."""
    text = edit_text(leaf, raw, yes, no)
    unit = unit_label(leaf)
    return f"{text} {unit}" if text and unit else text


def points_text(leaf: Criterion, raw: RawValue) -> str:
    """The points the value is worth, "8,5"."""
    return format_decimal(entry_points(leaf, raw))
