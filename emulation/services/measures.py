"""Measured values of a period: each measured leaf of each unit computed from the records,
the models register and the indicators — or a scorer's override, which wins.

A unit's records and models are its own and those of every unit below it; its indicators
are its own. The value comes with where it came from (``source``, a catalogue sentence as
data) and the records that made it.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.criteria import CriteriaSet, Leaf
from emulation.scoring.entries import RawValue, decode_raw
from emulation.scoring.measures import (
    IndicatorsMeasure,
    Measure,
    ModelsMeasure,
    RatioMeasure,
    RecordsMeasure,
    as_raw,
    percent,
    record_types,
)
from emulation.scoring.problems import Problem, problem
from emulation.scoring.register import field_key
from emulation.scoring.scores import Role, ScoreEntry
from emulation.services.indicator_status import tallies
from emulation.services.lookup import criteria_of, period_named, unit_nodes
from emulation.services.measure_data import MeasureData, load_measure_data
from emulation.services.period_spans import Span, span_of
from emulation.services.scores import period_units
from emulation.services.units import descendants
from emulation.services.workspace import Workspace
from emulation.store import Period, Unit
from emulation.store.models import MeasureOverride
from emulation.text import format_date


@dataclass(frozen=True)
class Override:
    raw: RawValue
    reason: str
    by: str


@dataclass(frozen=True)
class Measured:
    unit_code: str
    leaf_code: str
    value: Decimal | None
    source: Problem
    records: tuple[int, ...] = ()
    override: Override | None = None

    @property
    def raw(self) -> RawValue | None:
        """What the leaf takes: the override, else the measured value."""
        return self.override.raw if self.override else self.value


@dataclass(frozen=True)
class _Value:
    value: Decimal | None
    records: tuple[int, ...] = ()


def measured_leaves(cs: CriteriaSet) -> list[Leaf]:
    return [leaf for leaf in cs.leaves if leaf.criterion.measure is not None]


def measured_values(session: Session, period: Period) -> list[Measured]:
    cs = criteria_of(period)
    leaves = measured_leaves(cs)
    if not leaves or period.is_summary:
        return []
    span = span_of(session, period)
    types = set().union(*(record_types(leaf.criterion.measure) for leaf in leaves if leaf.criterion.measure))
    data = load_measure_data(session, types)
    nodes = unit_nodes(session)
    overrides = _overrides(session, period, cs)
    out = []
    for unit in period_units(session, period):
        family = {unit.code, *(n.code for n in descendants(nodes, unit.code))}
        calc = _Calculator(data, unit.code, family)
        for leaf in leaves:
            assert leaf.criterion.measure is not None
            got = calc.value(leaf.criterion.measure, span)
            value = as_raw(leaf.criterion, got.value) if got.value is not None else None
            out.append(Measured(unit.code, leaf.code, value, _source(leaf.criterion.measure, got, span, data),
                                got.records, overrides.get((unit.code, leaf.code))))
    return out


def _overrides(session: Session, period: Period, cs: CriteriaSet) -> dict[tuple[str, str], Override]:
    codes = {u.id: u.code for u in session.scalars(select(Unit))}
    out = {}
    for o in session.scalars(select(MeasureOverride).where(MeasureOverride.period_id == period.id)):
        leaf = cs.leaf_by_code.get(o.leaf_code)
        if leaf is not None:
            out[(codes[o.unit_id], o.leaf_code)] = Override(decode_raw(leaf.criterion, o.raw_value), o.reason, o.by)
    return out


def with_measures(session: Session, period: Period, entries: Sequence[ScoreEntry]) -> list[ScoreEntry]:
    """The period's entries with every measured leaf's committee value taken from its measure
    (or override): one official entry per unit and leaf; self-scores are kept beside it."""
    return merge_measured(entries, measured_values(session, period))


def merge_measured(entries: Sequence[ScoreEntry], measured: Sequence[Measured]) -> list[ScoreEntry]:
    if not measured:
        return list(entries)
    codes = {m.leaf_code for m in measured}
    kept = [e for e in entries if e.leaf_code not in codes or e.role is Role.SELF]
    kept += [ScoreEntry(m.unit_code, m.leaf_code, Role.OFFICIAL, "", m.raw) for m in measured if m.raw is not None]
    return kept


def period_measures(ws: Workspace, period_name: str) -> list[Measured]:
    with ws.transaction() as session:
        return measured_values(session, period_named(session, period_name))


class _Calculator:
    def __init__(self, data: MeasureData, unit_code: str, family: set[str]) -> None:
        self.data, self.unit_code, self.family = data, unit_code, family

    def value(self, m: Measure, span: Span) -> _Value:
        if isinstance(m, RecordsMeasure):
            chosen = [r for r in self.data.records if r.type_code == m.type and r.unit_code in self.family
                      and span[0] <= r.on <= span[1] and r.matches(m.where)]
            ids = tuple(r.id for r in chosen)
            if m.op == "count":
                return _Value(Decimal(len(chosen)), ids)
            return _Value(sum((r.number(m.field or "") for r in chosen), Decimal(0)), ids)
        if isinstance(m, RatioMeasure):
            of, to = self.value(m.of, span), self.value(m.to, span)
            ratio = percent(of.value, to.value) if of.value is not None and to.value is not None else None
            return _Value(ratio, tuple(sorted({*of.records, *to.records})))
        if isinstance(m, ModelsMeasure):
            year = span[1].year
            key = field_key(m.field) if m.field else None
            count = sum(1 for x in self.data.models if x.entry.unit_code in self.family and x.entry.active_in(year)
                        and (key is None or field_key(x.entry.field) == key))
            return _Value(Decimal(count))
        if isinstance(m, IndicatorsMeasure):
            tally = tallies(self.data.indicators, span[1].year).get(self.unit_code)
            return _Value(Decimal(tally.count(m.count)) if tally else None)
        now = self.value(m.of, span)
        then = self.value(m.of, shifted(span, m.base_year))
        if now.value is None or then.value is None:
            return _Value(None, now.records)
        return _Value(now.value - then.value, now.records)


def shifted(span: Span, year: int) -> Span:
    """The same days in another year (the base year of a growth); 29/02 becomes 28/02."""
    delta = year - span[1].year
    return _move(span[0], span[0].year + delta), _move(span[1], year)


def _move(d: date, year: int) -> date:
    return date(year, d.month, min(d.day, calendar.monthrange(year, d.month)[1]))


SOURCE_CODES = {"count": "measure_source_count", "sum": "measure_source_sum"}
INDICATOR_SOURCE_CODES = {
    "met": "measure_source_indicators_met",
    "exceeded": "measure_source_indicators_exceeded",
    "total": "measure_source_indicators_total",
}


def _source(m: Measure, got: _Value, span: Span, data: MeasureData) -> Problem:
    """Where a value came from, as a catalogue sentence with its figures."""
    days = f"{format_date(span[0])}–{format_date(span[1])}"
    n = len(got.records)
    if isinstance(m, RecordsMeasure):
        type_name = data.type_names.get(m.type, m.type)
        return problem("", SOURCE_CODES[m.op], records=n, type=type_name, field=m.field or "", dates=days)
    if isinstance(m, RatioMeasure):
        return problem("", "measure_source_ratio", records=n, dates=days)
    if isinstance(m, ModelsMeasure):
        return problem("", "measure_source_models", year=span[1].year, field=m.field or "—")
    if isinstance(m, IndicatorsMeasure):
        return problem("", INDICATOR_SOURCE_CODES[m.count], year=span[1].year)
    if got.value is None:
        return problem("", "measure_source_none")
    return problem("", "measure_source_growth", base_year=m.base_year, records=n, dates=days)


def measured_leaf_codes(cs: CriteriaSet) -> set[str]:
    return {leaf.code for leaf in measured_leaves(cs)}


def faults_for_measured(cs: CriteriaSet, items: Iterable[tuple[str, str, object]]) -> list[Problem]:
    """A score typed or imported for a measured leaf: refused, the override is the way."""
    codes = measured_leaf_codes(cs)
    return [problem(where, "score_measured_leaf", leaf=leaf) for where, leaf, raw in items
            if leaf in codes and raw is not None]
