"""The scoring grid's data: one period, one role and scorer, everything needed to rank live.

``load_sheet`` reads in one transaction what the grid shows and what it needs to recompute
totals, ranks and grades after each edit without asking the database again. Writes go through
``services.scores.set_scores`` and ``services.vetoes.set_veto``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.entries import RawValue
from emulation.scoring.scores import Role, ScoreEntry
from emulation.scoring.units import UnitInfo
from emulation.services.lookup import criteria_of, period_named, unit_nodes
from emulation.services.measures import Measured, measured_values, merge_measured
from emulation.services.scores import period_entries, period_units
from emulation.services.units import tree_rows
from emulation.services.vetoes import period_vetoes
from emulation.services.workspace import Workspace
from emulation.store import Score, Scorer
from emulation.text import nfc, vn_sorted

Cell = tuple[str, str]  # (unit code, leaf code)


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
    entries: tuple[ScoreEntry, ...] = ()
    vetoes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    measured: Mapping[Cell, Measured] = field(default_factory=dict)

    def is_own(self, entry: ScoreEntry) -> bool:
        """Whether ``entry`` was given by this sheet's role and scorer."""
        return entry.role is self.role and entry.scorer == self.scorer


def load_sheet(ws: Workspace, period_name: str, role: Role, scorer: str = "") -> ScoreSheet:
    """The period's units, criteria, entries and vetoes, and this role/scorer's values."""
    scorer = nfc(scorer.strip()) if role is Role.MEMBER else ""
    with ws.transaction() as session:
        period = period_named(session, period_name)
        cs = criteria_of(period)
        in_period = {u.code for u in period_units(session, period)}
        nodes = unit_nodes(session)
        found = measured_values(session, period)
        entries = () if period.is_summary else tuple(merge_measured(period_entries(session, period), found))
        vetoes = {code: tuple(sorted(marks)) for code, marks in period_vetoes(session, period).items()}
        name, locked, is_summary = period.name, period.locked, period.is_summary
    names = {n.code: n.name for n in nodes}
    units = tuple(
        SheetUnit(r.code, r.name, r.parent_code, names.get(r.parent_code or ""), r.effective_cluster, r.depth)
        for r in tree_rows(nodes)
        if r.code in in_period
    )
    measured = {(m.unit_code, m.leaf_code): m for m in found}
    values = {(e.unit_code, e.leaf_code): e.raw for e in entries
              if e.role is role and e.scorer == scorer and (e.unit_code, e.leaf_code) not in measured}
    return ScoreSheet(name, locked, is_summary, cs, units, role, scorer, values, entries, vetoes, measured)


def scorers(ws: Workspace, period_name: str) -> list[str]:
    """Committee members who scored this period, and every member known by name, in Vietnamese order."""
    with ws.transaction() as session:
        period = period_named(session, period_name)
        used = session.scalars(
            select(Score.scorer).where(Score.period_id == period.id, Score.role == Role.MEMBER.value).distinct()
        ).all()
        known = session.scalars(select(Scorer.name)).all()
    return vn_sorted({name for name in (*used, *known) if name})
