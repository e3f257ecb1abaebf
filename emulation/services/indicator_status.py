"""Indicators: each unit's targets for a year and what it achieved — set, listed, tallied."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.entries import parse_number
from emulation.scoring.indicators import Tally, Verdict, tally, verdict
from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.lookup import unit_named
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import Unit, record
from emulation.store.models import Indicator
from emulation.text import nfc


@dataclass(frozen=True)
class IndicatorLine:
    unit_code: str
    unit_name: str
    year: int
    name: str
    target: Decimal
    achieved: Decimal | None

    @property
    def verdict(self) -> Verdict | None:
        return verdict(self.target, self.achieved)


def indicator_lines(session: Session, year: int | None = None) -> list[IndicatorLine]:
    units = {u.id: u for u in session.scalars(select(Unit))}
    query = select(Indicator).order_by(Indicator.unit_id, Indicator.year, Indicator.id)
    if year is not None:
        query = query.where(Indicator.year == year)
    return [
        IndicatorLine(units[i.unit_id].code, units[i.unit_id].name, i.year, i.name, Decimal(i.target),
                      Decimal(i.achieved) if i.achieved is not None else None)
        for i in session.scalars(query)
    ]


def list_indicators(ws: Workspace, year: int | None = None) -> list[IndicatorLine]:
    with ws.transaction() as session:
        return indicator_lines(session, year)


def tallies(lines: list[IndicatorLine], year: int) -> dict[str, Tally]:
    by_unit: dict[str, list[Verdict | None]] = {}
    for line in lines:
        if line.year == year:
            by_unit.setdefault(line.unit_code, []).append(line.verdict)
    return {code: tally(v) for code, v in by_unit.items()}


def _number(text: str, where: str) -> Decimal:
    value = parse_number(text)
    if value is None or value < 0:
        raise InputError([problem(where, "indicator_not_a_number", value=text)])
    return value


def set_indicator(ws: Workspace, unit_code: str, year: int, name: str, target: str,
                  achieved: str | None = None) -> IndicatorLine:
    """Add or change one indicator of a unit for a year (audited)."""
    name = nfc(name).strip()
    if not name:
        raise InputError([problem("name", "indicator_name_required")])
    goal = _number(target, "target")
    done = _number(achieved, "achieved") if achieved not in (None, "") else None
    with ws.transaction(Action.RECORDS) as session:
        unit = unit_named(session, unit_code)
        row = session.scalar(select(Indicator).where(Indicator.unit_id == unit.id, Indicator.year == year,
                                                     Indicator.name == name))
        old = f"{row.target} / {row.achieved or '∅'}" if row else None
        if row is None:
            row = Indicator(unit_id=unit.id, year=year, name=name, target="0")
            session.add(row)
        row.target = format(goal.normalize(), "f")
        row.achieved = format(done.normalize(), "f") if done is not None else None
        record(session, who=ws.user, action="indicator_set", entity="indicator", unit_code=unit.code,
               field=f"{year} {name}", old=old, new=f"{row.target} / {row.achieved or '∅'}")
        return IndicatorLine(unit.code, unit.name, year, name, goal, done)
