"""Measures (số đo): where a ``bands``, ``ratio`` or ``points`` leaf takes its value from
instead of from a scorer. Pure definitions and their document form; the services compute them
from the records, the models register and the indicators.

In the criteria document a leaf carries ``"measure"``::

    {"kind": "count", "type": "ra-quan"}                          records of a type in the period
    {"kind": "count", "type": "sinh-hoat", "where": {"form": "Chuyên đề"}}
    {"kind": "sum", "type": "tiep-xuc", "field": "opinions"}        a field added up
    {"kind": "ratio", "of": {…}, "to": {…}}                         of ÷ to, in percent
    {"kind": "models", "field": "Kinh tế"}                          models in the register
    {"kind": "indicators", "count": "met" | "exceeded" | "total"}   the unit's indicators
    {"kind": "growth", "of": {…}, "base_year": 2019}                of now − of in the base year
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from emulation.scoring.criteria import Criterion, Kind
from emulation.scoring.numbers import ZERO, round2
from emulation.scoring.problems import Problem, problem
from emulation.text import nfc

#: leaf kinds that may take a measure
MEASURABLE = frozenset({Kind.BANDS, Kind.RATIO, Kind.POINTS})
INDICATOR_COUNTS = ("met", "exceeded", "total")


@dataclass(frozen=True, slots=True)
class RecordsMeasure:
    """``count`` of records of a type, or ``sum`` of one of its fields, optionally filtered."""

    op: str  # "count" | "sum"
    type: str
    field: str | None = None
    where: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RatioMeasure:
    of: Measure
    to: Measure


@dataclass(frozen=True, slots=True)
class ModelsMeasure:
    field: str | None = None


@dataclass(frozen=True, slots=True)
class IndicatorsMeasure:
    count: str = "met"


@dataclass(frozen=True, slots=True)
class GrowthMeasure:
    of: Measure
    base_year: int


Measure = RecordsMeasure | RatioMeasure | ModelsMeasure | IndicatorsMeasure | GrowthMeasure


def percent(of: Decimal, to: Decimal) -> Decimal | None:
    """``of`` as a percentage of ``to``, rounded half-up to 2 decimals; None when ``to`` is 0."""
    return round2(of * 100 / to) if to else None


def as_raw(leaf: Criterion, value: Decimal) -> Decimal:
    """The measured value as the raw entry of ``leaf``: a ``points`` leaf keeps it within
    [0, max] on its step; a ``ratio`` leaf never goes below 0; a ``bands`` leaf takes it as is."""
    if leaf.kind is Kind.POINTS and leaf.max is not None:
        step = leaf.effective_step
        bounded = min(max(value, ZERO), leaf.max)
        return (bounded / step).to_integral_value(rounding=ROUND_FLOOR) * step
    if leaf.kind is Kind.RATIO:
        return max(value, ZERO)
    return value


# --- reading -----------------------------------------------------------------------------------


def parse_measure(value: Any, path: str, faults: list[Problem]) -> Measure | None:
    if not isinstance(value, dict):
        faults.append(problem(path, "measure_not_an_object"))
        return None
    kind = value.get("kind")
    reader = _READERS.get(kind) if isinstance(kind, str) else None
    if reader is None:
        faults.append(problem(f"{path}.kind", "measure_kind", kinds=", ".join(_READERS)))
        return None
    allowed = _KEYS[str(kind)]
    for key in value:
        if key not in allowed:
            faults.append(problem(f"{path}.{key}", "measure_unknown_key"))
    return reader(value, path, faults)


def _records(op: str) -> Any:
    def read(d: dict[str, Any], path: str, faults: list[Problem]) -> Measure | None:
        type_code = _text(d.get("type"), f"{path}.type", faults)
        field = None
        if op == "sum":
            field = _text(d.get("field"), f"{path}.field", faults)
        where = _where(d.get("where"), f"{path}.where", faults)
        if type_code is None or (op == "sum" and field is None) or where is None:
            return None
        return RecordsMeasure(op, type_code, field, where)

    return read


def _where(value: Any, path: str, faults: list[Problem]) -> tuple[tuple[str, str], ...] | None:
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(isinstance(v, str) and v.strip() for v in value.values()):
        faults.append(problem(path, "measure_where"))
        return None
    return tuple((nfc(k), nfc(v).strip()) for k, v in value.items())


def _ratio(d: dict[str, Any], path: str, faults: list[Problem]) -> Measure | None:
    of = _inner(d.get("of"), f"{path}.of", faults)
    to = _inner(d.get("to"), f"{path}.to", faults)
    return RatioMeasure(of, to) if of is not None and to is not None else None


def _models(d: dict[str, Any], path: str, faults: list[Problem]) -> Measure | None:
    field = d.get("field")
    if field is None:
        return ModelsMeasure()
    text = _text(field, f"{path}.field", faults)
    return ModelsMeasure(text) if text is not None else None


def _indicators(d: dict[str, Any], path: str, faults: list[Problem]) -> Measure | None:
    count = d.get("count", "met")
    if count not in INDICATOR_COUNTS:
        faults.append(problem(f"{path}.count", "measure_indicator_count", counts=", ".join(INDICATOR_COUNTS)))
        return None
    return IndicatorsMeasure(count)


def _growth(d: dict[str, Any], path: str, faults: list[Problem]) -> Measure | None:
    of = _inner(d.get("of"), f"{path}.of", faults)
    year = d.get("base_year")
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
        faults.append(problem(f"{path}.base_year", "measure_base_year"))
        return None
    return GrowthMeasure(of, year) if of is not None else None


def _inner(value: Any, path: str, faults: list[Problem]) -> Measure | None:
    if value is None:
        faults.append(problem(path, "measure_required"))
        return None
    return parse_measure(value, path, faults)


def _text(value: Any, path: str, faults: list[Problem]) -> str | None:
    if not isinstance(value, str) or not value.strip():
        faults.append(problem(path, "measure_text_required"))
        return None
    return nfc(value).strip()


_READERS = {
    "count": _records("count"),
    "sum": _records("sum"),
    "ratio": _ratio,
    "models": _models,
    "indicators": _indicators,
    "growth": _growth,
}
_KEYS = {
    "count": {"kind", "type", "where"},
    "sum": {"kind", "type", "field", "where"},
    "ratio": {"kind", "of", "to"},
    "models": {"kind", "field"},
    "indicators": {"kind", "count"},
    "growth": {"kind", "of", "base_year"},
}


# --- writing -----------------------------------------------------------------------------------


def measure_doc(m: Measure) -> dict[str, Any]:
    if isinstance(m, RecordsMeasure):
        d: dict[str, Any] = {"kind": m.op, "type": m.type}
        if m.field is not None:
            d["field"] = m.field
        if m.where:
            d["where"] = dict(m.where)
        return d
    if isinstance(m, RatioMeasure):
        return {"kind": "ratio", "of": measure_doc(m.of), "to": measure_doc(m.to)}
    if isinstance(m, ModelsMeasure):
        return {"kind": "models", "field": m.field} if m.field else {"kind": "models"}
    if isinstance(m, IndicatorsMeasure):
        return {"kind": "indicators", "count": m.count}
    return {"kind": "growth", "of": measure_doc(m.of), "base_year": m.base_year}


def record_types(m: Measure) -> set[str]:
    """The record types a measure reads (for checking them against the committee's types)."""
    if isinstance(m, RecordsMeasure):
        return {m.type}
    if isinstance(m, RatioMeasure):
        return record_types(m.of) | record_types(m.to)
    if isinstance(m, GrowthMeasure):
        return record_types(m.of)
    return set()
