"""Awards across years: imported lists of past years, a unit's awards by year, the yearly report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.excel.history_file import HistoryLine
from emulation.scoring.problems import Problem, problem
from emulation.services.errors import InputError
from emulation.services.lookup import unit_named
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import AwardHistory, Unit, record
from emulation.text import match_key, vn_sorted


@dataclass(frozen=True)
class HistoryEntry:
    year: int
    unit_code: str
    unit_name: str
    parent_name: str
    award: str | None
    grade: str | None
    source: str  # "decision" | "import"
    period: str
    decision: str


@dataclass(frozen=True)
class ImportedHistory:
    added: int
    unchanged: int


@dataclass(frozen=True)
class ReportLine:
    """How many units received ``award`` in ``year`` under ``parent``."""

    year: int
    award: str
    parent: str
    count: int


def import_history(ws: Workspace, path: Path) -> ImportedHistory:
    """Add a list of past years' awards; every row must name a known unit. All or nothing."""
    lines = _read(path)
    with ws.transaction(Action.AWARDS) as session:
        units, problems = _match_units(session, lines)
        if problems:
            raise InputError(problems)
        known = {(h.year, h.unit_code, h.award_name, h.grade) for h in session.scalars(select(AwardHistory))}
        added = 0
        for line, unit in zip(lines, units, strict=True):
            key = (line.year, unit.code, line.award, line.grade)
            if key in known:
                continue
            known.add(key)
            session.add(_entry(unit, line, ws.user))
            added += 1
        record(session, who=ws.user, action="history_import", entity="history", field=path.name,
               new=str(added), detail=f"{len(lines)}")
    return ImportedHistory(added, len(lines) - added)


def _read(path: Path) -> list[HistoryLine]:
    from emulation.excel.history_file import read_history

    if not path.exists():
        raise InputError([problem(str(path), "file_missing")])
    lines, problems = read_history(path)
    if problems:
        raise InputError(problems)
    return lines


def _match_units(session: Session, lines: list[HistoryLine]) -> tuple[list[Unit], list[Problem]]:
    all_units = list(session.scalars(select(Unit)))
    by_code = {match_key(u.code): u for u in all_units}
    by_name: dict[str, list[Unit]] = {}
    for u in all_units:
        by_name.setdefault(match_key(u.name), []).append(u)
    found: list[Unit] = []
    problems: list[Problem] = []
    for line in lines:
        unit = by_code.get(match_key(line.code)) if line.code else None
        named = by_name.get(match_key(line.name), []) if unit is None else [unit]
        if len(named) == 1:
            found.append(named[0])
        else:
            code = "history_unit_ambiguous" if named else "history_unit_unknown"
            problems.append(problem(line.where, code, unit=line.code or line.name))
    return found, problems


def _entry(unit: Unit, line: HistoryLine, user: str) -> AwardHistory:
    return AwardHistory(
        year=line.year, unit_code=unit.code, unit_name=unit.name, parent_name=unit.parent.name if unit.parent else "",
        award_name=line.award, grade=line.grade, source="import", decision_number=line.decision, recorded_by=user,
    )


def unit_history(ws: Workspace, unit_code: str) -> list[HistoryEntry]:
    """A unit's awards and grades, latest year first."""
    with ws.transaction() as session:
        unit = unit_named(session, unit_code)
        rows = session.scalars(
            select(AwardHistory).where(AwardHistory.unit_code == unit.code)
            .order_by(AwardHistory.year.desc(), AwardHistory.id)
        )
        return [_value(r) for r in rows]


def all_history(ws: Workspace, year: int | None = None) -> list[HistoryEntry]:
    with ws.transaction() as session:
        query = select(AwardHistory).order_by(AwardHistory.year.desc(), AwardHistory.id)
        if year is not None:
            query = query.where(AwardHistory.year == year)
        return [_value(r) for r in session.scalars(query)]


def history_report(ws: Workspace, first: int | None = None, last: int | None = None) -> list[ReportLine]:
    """Awards counted by year (latest first), form and parent unit (Vietnamese order)."""
    counts: Counter[tuple[int, str, str]] = Counter()
    for e in all_history(ws):
        if e.award and (first is None or e.year >= first) and (last is None or e.year <= last):
            counts[(e.year, e.award, e.parent_name)] += 1
    keys = vn_sorted(counts, key=lambda k: f"{k[1]}\x00{k[2]}")
    keys.sort(key=lambda k: -k[0])
    return [ReportLine(y, a, p, counts[(y, a, p)]) for y, a, p in keys]


def _value(r: AwardHistory) -> HistoryEntry:
    return HistoryEntry(r.year, r.unit_code, r.unit_name, r.parent_name, r.award_name, r.grade, r.source,
                        r.period_name, r.decision_number)
