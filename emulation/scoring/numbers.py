"""Exact numbers for scoring: Decimal only, two decimals, half-up rounding."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal(0)
ONE = Decimal(1)


def to_decimal(value: object) -> Decimal:
    """An exact Decimal from an int, a Decimal or a numeric string.

    Floats are accepted only through their shortest repr (``0.2`` → ``Decimal("0.2")``),
    which is what a JSON or spreadsheet author wrote.
    """
    if isinstance(value, bool):
        raise TypeError("a yes/no value is not a number")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    else:
        raise TypeError(f"not a number: {value!r}")
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def round2(value: Decimal) -> Decimal:
    """Round half-up to two decimals."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def floor_int(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


def round_up_to(value: Decimal, unit: int) -> int:
    """Round up to the next multiple of ``unit`` (money: 10.000 đ)."""
    steps = (value / unit).to_integral_value(rounding=ROUND_CEILING)
    return int(steps) * unit


def is_multiple(value: Decimal, step: Decimal) -> bool:
    return step > 0 and (value % step) == 0


def plain(value: Decimal) -> int | float:
    """A JSON-friendly number with the same decimal text (integral → int).

    Scores have at most a few decimals, so the float's shortest repr is exactly the
    Decimal's text; it is used only to print, never to compute.
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)
