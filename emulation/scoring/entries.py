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
from emulation.scoring.problems import Problem, problem
from emulation.text import match_key, parse_decimal

RawValue = Decimal | str

_YES = frozenset({"x", "có", "co", "c", "yes", "y", "true", "đạt", "dat", "✓", "✔", "v"})
_NO = frozenset({"không", "khong", "k", "no", "n", "false", "chưa đạt", "chua dat", "-"})
_YES_KEYS = frozenset(match_key(w) for w in _YES)
_NO_KEYS = frozenset(match_key(w) for w in _NO)


def parse_number(text: str) -> Decimal | None:
    """A number typed by a person: "8,5", "8.5", " 9 ", "10 điểm"."""
    return parse_decimal(text)


def read_entry(leaf: Criterion, value: object) -> tuple[RawValue | None, Problem | None]:
    """Read a cell or field as a raw value for ``leaf``.

    Returns ``(raw, None)``, ``(None, None)`` for a blank (not scored), or ``(None, fault)``
    where the fault has no place yet (the caller knows the cell or field: :func:`placed`).
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
            return None, _fault("entry_not_number", value=value.strip())
    elif isinstance(value, bool):
        return None, _fault("entry_number_not_yes_no")
    else:
        try:
            number = to_decimal(value)
        except (TypeError, ValueError):
            return None, _fault("entry_not_number", value=str(value))
    if not number.is_finite():
        return None, _fault("entry_not_number", value=str(value))
    fault = check_entry(leaf, number)
    return (None, fault) if fault else (number, None)


def _read_check(leaf: Criterion, value: object) -> tuple[RawValue | None, Problem | None]:
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
    return None, _fault("entry_not_yes_no", value=str(shown), max=_show(leaf.max_points))


def _read_level(leaf: Criterion, value: object) -> tuple[RawValue | None, Problem | None]:
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
    return None, _fault("entry_not_a_level_of", value=text.strip(), levels=labels)


def check_entry(leaf: Criterion, raw: RawValue) -> Problem | None:
    """Why ``raw`` cannot be entered for ``leaf``, or None when it can."""
    kind = leaf.kind
    if kind is Kind.LEVELS:
        if any(lv.label == raw for lv in leaf.levels):
            return None
        return _fault("entry_not_a_level", value=str(raw))
    if not isinstance(raw, Decimal):
        return _fault("entry_expected_number")
    if raw < 0:
        return _fault("entry_below_zero", value=_show(raw))
    if kind is Kind.CHECK:
        return None if raw in (ZERO, ONE) else _fault("entry_expected_yes_no")
    if kind in (Kind.BANDS, Kind.RATIO):
        return None
    if kind is Kind.PENALTY and leaf.per_item is not None:
        return None if raw == raw.to_integral_value() else _fault("entry_not_whole_count", value=_show(raw))
    assert leaf.max is not None
    if raw > leaf.max:
        return _fault("entry_above_max", value=_show(raw), max=_show(leaf.max))
    if not is_multiple(raw, leaf.effective_step):
        return _fault("entry_off_step", value=_show(raw), step=_show(leaf.effective_step))
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


def _fault(code: str, /, **params: str) -> Problem:
    return problem("", code, **params)


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
