"""The scoring grid's data: one period, one role and scorer, everything needed to rank live.

``load_sheet`` reads in one transaction what the grid shows (for a large period, what the first
screen shows, then ``sheet_values`` the rest); the live totals read the period's standings grouped
and an edited unit's entries (``services.sheet_standings``). Writes go through
``services.scores.set_scores`` and ``services.vetoes.set_veto``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.entries import RawValue
from emulation.scoring.scores import Role
from emulation.scoring.stored_values import Cell, StoredValues
from emulation.scoring.units import UnitInfo, UnitNode
from emulation.services.lookup import criteria_of, period_named, unit_nodes
from emulation.services.measures import Measured, measured_values
from emulation.services.score_rows import driver_batches
from emulation.services.units import tree_rows
from emulation.services.vetoes import period_vetoes
from emulation.services.workspace import Workspace
from emulation.store import Period, PeriodUnit, Score, Scorer, Unit
from emulation.text import nfc, vn_sorted


@dataclass(frozen=True, slots=True)
class SheetUnit:
    """A unit as a row of the grid: in tree order, with its parent and effective cluster."""

    code: str
    name: str
    parent_code: str | None
    parent_name: str | None
    cluster: str | None
    depth: int = 0

    @property
    def info(self) -> UnitInfo:
        return UnitInfo(self.code, self.name, self.parent_code, self.cluster)


@dataclass(frozen=True)
class ScoreSheet:
    """What one scorer sees of one period, and everything the live totals need."""

    period: str
    locked: bool
    is_summary: bool
    criteria: CriteriaSet
    units: tuple[SheetUnit, ...]
    role: Role
    scorer: str
    values: Mapping[Cell, RawValue] = field(default_factory=dict)
    vetoes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    measured: Mapping[Cell, Measured] = field(default_factory=dict)
    #: the values are those of the first ``values_rows`` units only (None: of every unit)
    values_rows: int | None = None


def load_sheet(
    ws: Workspace, period_name: str, role: Role, scorer: str = "", *, first_rows: int | None = None,
) -> ScoreSheet:
    """The period's units, criteria, measured values and vetoes, and this role/scorer's values.

    ``first_rows`` reads the values of the first units in tree order only, what a screen shows:
    the sheet's ``values_rows`` says so, and :func:`sheet_values` reads the rest.
    """
    scorer = nfc(scorer.strip()) if role is Role.MEMBER else ""
    with ws.transaction() as session:
        period = period_named(session, period_name)
        cs = criteria_of(period)
        codes = _period_units(session, period)
        nodes = unit_nodes(session)
        found = measured_values(session, period)
        measured = {(m.unit_code, m.leaf_code): m for m in found}
        units = _sheet_units(nodes, set(codes.values()))
        values_rows = None if first_rows is None or first_rows >= len(units) else first_rows
        values: Mapping[Cell, RawValue]
        if values_rows is not None:
            ids = {code: uid for uid, code in codes.items()}
            first = {ids[u.code]: u.code for u in units[:values_rows]}
            values = _first_values(session, period, cs, role, scorer, first, measured)
        else:
            values = _own_values(session, period, cs, role, scorer, codes, measured)
        vetoes = {code: tuple(sorted(marks)) for code, marks in period_vetoes(session, period).items()}
        name, locked, is_summary = period.name, period.locked, period.is_summary
    return ScoreSheet(name, locked, is_summary, cs, units, role, scorer, values, vetoes, measured, values_rows)


def sheet_values(ws: Workspace, sheet: ScoreSheet) -> ScoreSheet:
    """The sheet with its scorer's values of every unit (it was read for its first rows only)."""
    if sheet.values_rows is None:
        return sheet
    with ws.transaction() as session:
        period = period_named(session, sheet.period)
        codes = _period_units(session, period)
        values = _own_values(session, period, sheet.criteria, sheet.role, sheet.scorer, codes, sheet.measured)
    return replace(sheet, values=values, values_rows=None)


def _period_units(session: Session, period: Period) -> dict[int, str]:
    """The period's units: id → code."""
    return dict(session.execute(
        select(Unit.id, Unit.code).join(PeriodUnit, PeriodUnit.unit_id == Unit.id)
        .where(PeriodUnit.period_id == period.id)
    ).all())


def _sheet_units(nodes: list[UnitNode], in_period: set[str]) -> tuple[SheetUnit, ...]:
    names = {n.code: n.name for n in nodes}
    return tuple(
        SheetUnit(r.code, r.name, r.parent_code, names.get(r.parent_code or ""), r.effective_cluster, r.depth)
        for r in tree_rows(nodes)
        if r.code in in_period
    )


def _own_values(
    session: Session, period: Period, cs: CriteriaSet, role: Role, scorer: str, codes: dict[int, str],
    measured: Mapping[Cell, object],
) -> StoredValues:
    """The values of one role/scorer in the period by (unit code, leaf code), but for the
    ``measured`` cells: that scorer's rows alone, read through the driver a batch at a time (a
    province's sheet is hundreds of thousands of values), kept as their stored texts."""
    leaves = {code: leaf.criterion for code, leaf in cs.leaf_by_code.items()}
    texts: dict[Cell, str] = {}
    if period.is_summary:
        return StoredValues(texts, leaves)
    query = select(Score.unit_id, Score.leaf_code, Score.raw_value).where(
        Score.period_id == period.id, Score.role == role.value, Score.scorer == scorer
    )
    unit = codes.get
    for rows in driver_batches(session, query, literal=False):
        texts.update({(unit(uid), leaf): text for uid, leaf, text in rows if leaf in leaves})  # type: ignore[misc]
    for leaf in leaves:  # rows of units outside the period
        texts.pop((None, leaf), None)  # type: ignore[arg-type]
    for cell in measured:
        texts.pop(cell, None)
    return StoredValues(texts, leaves)


def _first_values(
    session: Session, period: Period, cs: CriteriaSet, role: Role, scorer: str, units: dict[int, str],
    measured: Mapping[Cell, object],
) -> StoredValues:
    """Like :func:`_own_values` for a few ``units`` (id → code) only: their rows of every scorer,
    found by unit on the scores' unique index (a database without statistics would otherwise
    walk the whole sheet on the index by scorer), this scorer's kept."""
    leaves = {code: leaf.criterion for code, leaf in cs.leaf_by_code.items()}
    texts: dict[Cell, str] = {}
    if not period.is_summary:
        rows = session.execute(select(Score.unit_id, Score.leaf_code, Score.role, Score.scorer, Score.raw_value).where(
            Score.period_id == period.id, Score.unit_id.in_(units)
        ))
        texts = {(units[uid], leaf): text for uid, leaf, who, name, text in rows
                 if who == role.value and name == scorer and leaf in leaves}
    for cell in measured:
        texts.pop(cell, None)
    return StoredValues(texts, leaves)


def scorers(ws: Workspace, period_name: str) -> list[str]:
    """Committee members who scored this period, and every member known by name, in Vietnamese order."""
    with ws.transaction() as session:
        period = period_named(session, period_name)
        used = _members_who_scored(session, period.id)
        known = session.scalars(select(Scorer.name)).all()
    return vn_sorted({name for name in (*used, *known) if name})


def _members_who_scored(session: Session, period_id: int) -> list[str]:
    """The distinct member names of a period, one index lookup each (the next name after the
    last found), where a DISTINCT reads every entry of the period: millions in a large one."""
    names: list[str] = []
    last = ""
    while True:
        name = session.scalar(
            select(Score.scorer)
            .where(Score.period_id == period_id, Score.role == Role.MEMBER.value, Score.scorer > last)
            .order_by(Score.scorer)
            .limit(1)
        )
        if name is None:
            return names
        names.append(name)
        last = name
