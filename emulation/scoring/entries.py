"""Entered values for leaf criteria: reading them leniently, checking them strictly,
and turning them into points.

A raw value is what a scorer enters: points for ``points``/``bonus``; 1 or 0 for ``check``;
the measure for ``bands`` and ``ratio``; the count for a ``penalty`` with ``per_item`` (points
otherwise); the level's label for ``levels``. Raw values are kept as entered so that a later
look shows what the scorer typed, and points are derived from them.
"""

from __future__ import annotations

from decimal import Decimal

from emulation.scoring.criteria import Criterion, Kind
from emulation.scoring.numbers import ONE, ZERO, is_multiple, plain, round2, to_decimal
from emulation.text import match_key, parse_decimal

RawValue = Decimal | str

_YES = frozenset({"x", "có", "co", "c", "yes", "y", "true", "đạt", "dat", "✓", "✔", "v"})
_NO = frozenset({"không", "khong", "k", "no", "n", "false", "chưa đạt", "chua dat", "-"})
_YES_KEYS = frozenset(match_key(w) for w in _YES)
_NO_KEYS = frozenset(match_key(w) for w in _NO)


def parse_number(text: str) -> Decimal | None:
    """A number typed by a person: "8,5", "8.5", " 9 ", "10 điểm"."""
    return parse_decimal(text)


def read_entry(leaf: Criterion, value: object) -> tuple[RawValue | None, str | None]:
    """Read a cell or field as a raw value for ``leaf``.

    Returns ``(raw, None)``, ``(None, None)`` for a blank (not scored), or ``(None, reason)``.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if leaf.kind is Kind.LEVELS:
        return _read_level(leaf, value)
    if leaf.kind is Kind.CHECK:
        return _read_check(leaf, value)
    number: Decimal | None
    if isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        number = parse_decimal(value)
        if number is None:
            return None, f'"{value.strip()}" is not a number'
    elif isinstance(value, bool):
        return None, "expected a number, not yes/no"
    else:
        try:
            number = to_decimal(value)
        except (TypeError, ValueError):
            return None, f"{value!r} is not a number"
    if not number.is_finite():
        return None, f"{value!r} is not a number"
    problem = check_entry(leaf, number)
    return (None, problem) if problem else (number, None)


def _read_check(leaf: Criterion, value: object) -> tuple[RawValue | None, str | None]:
    if isinstance(value, bool):
        return (ONE if value else ZERO), None
    if isinstance(value, str):
        key = match_key(value)
        if key in _YES_KEYS:
            return ONE, None
        if key in _NO_KEYS:
            return ZERO, None
        number = parse_number(value)
    else:
        try:
            number = to_decimal(value)
        except (TypeError, ValueError):
            number = None
    if number is not None and number == 0:
        return ZERO, None
    if number is not None and (number == 1 or number == leaf.max):
        return ONE, None
    shown = value.strip() if isinstance(value, str) else value
    return None, f'"{shown}" is not a yes/no answer (x, có, không, 1, 0 or {plain(leaf.max_points)})'


def _read_level(leaf: Criterion, value: object) -> tuple[RawValue | None, str | None]:
    text = str(value) if not isinstance(value, str) else value
    key = match_key(text)
    for level in leaf.levels:
        if match_key(level.label) == key:
            return level.label, None
    number = parse_number(text) if isinstance(value, str) else None
    if not isinstance(value, str | bool):
        try:
            number = to_decimal(value)
        except (TypeError, ValueError):
            number = None
    if number is not None:
        matches = [lv for lv in leaf.levels if lv.points == number]
        if len(matches) == 1:
            return matches[0].label, None
    labels = ", ".join(lv.label for lv in leaf.levels)
    return None, f'"{text.strip()}" is not one of the levels: {labels}'


def check_entry(leaf: Criterion, raw: RawValue) -> str | None:
    """Why ``raw`` cannot be entered for ``leaf``, or None when it can."""
    kind = leaf.kind
    if kind is Kind.LEVELS:
        if any(lv.label == raw for lv in leaf.levels):
            return None
        return f'"{raw}" is not one of the levels'
    if not isinstance(raw, Decimal):
        return "expected a number"
    if raw < 0:
        return f"{_show(raw)} is below 0"
    if kind is Kind.CHECK:
        return None if raw in (ZERO, ONE) else "expected yes (1) or no (0)"
    if kind in (Kind.BANDS, Kind.RATIO):
        return None
    if kind is Kind.PENALTY and leaf.per_item is not None:
        return None if raw == raw.to_integral_value() else f"{_show(raw)} is not a whole count"
    assert leaf.max is not None
    if raw > leaf.max:
        return f"{_show(raw)} is above the max {_show(leaf.max)}"
    if not is_multiple(raw, leaf.effective_step):
        return f"{_show(raw)} is not on the step of {_show(leaf.effective_step)}"
    return None


def entry_points(leaf: Criterion, raw: RawValue) -> Decimal:
    """The points a valid raw value is worth, per scorer (a penalty: the points taken away, capped at max)."""
    kind = leaf.kind
    if kind is Kind.LEVELS:
        return next(lv.points for lv in leaf.levels if lv.label == raw)
    assert isinstance(raw, Decimal)
    if kind is Kind.CHECK:
        return leaf.max_points if raw == ONE else ZERO
    if kind is Kind.BANDS:
        return next((b.points for b in leaf.bands if b.min <= raw), ZERO)
    if kind is Kind.RATIO:
        assert leaf.target is not None and leaf.max is not None
        return round2(leaf.max * min(raw / leaf.target, ONE))
    if kind is Kind.PENALTY:
        taken = raw * leaf.per_item if leaf.per_item is not None else raw
        return min(taken, leaf.max) if leaf.max is not None else taken
    return raw


def _show(value: Decimal) -> str:
    return str(plain(value)).replace(".", ",")


def encode_raw(raw: RawValue) -> str:
    """The stored text of a raw value: an exact decimal ("8.5") or a level label."""
    if isinstance(raw, Decimal):
        return format(raw.normalize(), "f")
    return raw


def decode_raw(leaf: Criterion, text: str) -> RawValue:
    """The raw value stored as ``text`` for ``leaf``."""
    if leaf.kind is Kind.LEVELS:
        return text
    return Decimal(text)
