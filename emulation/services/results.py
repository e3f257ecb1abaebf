"""Results of a period: ranking, grades and awards, computed from what is stored."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.awards import Awarded, Override, select_awards
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.standings import RankedRow, Standing, rank_standings
from emulation.scoring.stored_points import standings_from_groups
from emulation.scoring.summary import summary_standings
from emulation.scoring.units import UnitInfo
from emulation.services.lookup import criteria_of, period_named
from emulation.services.score_rows import grouped_scores, period_unit_infos_by_id
from emulation.services.vetoes import period_vetoes
from emulation.services.workspace import Workspace
from emulation.store import AwardOverride, Certificate, Period, PeriodSource, Unit, get_setting


@dataclass(frozen=True)
class Ranking:
    period: str
    criteria: CriteriaSet
    rows: list[RankedRow]
    parent_names: dict[str, str]
    is_summary: bool
    locked: bool


@dataclass(frozen=True)
class AwardLine:
    awarded: Awarded
    serial: int | None


def standings_of(session: Session, period: Period, depth: int = 0) -> list[Standing]:
    """Every unit's points in a period; a summary's come from its member periods."""
    units = period_unit_infos_by_id(session, period)
    vetoes = period_vetoes(session, period)
    if not period.is_summary:
        return standings_from_groups(criteria_of(period), units, grouped_scores(session, period), vetoes)
    if depth > 8:
        return []
    sources = session.scalars(
        select(Period)
        .join(PeriodSource, PeriodSource.source_id == Period.id)
        .where(PeriodSource.summary_id == period.id)
        .order_by(PeriodSource.position)
    ).all()
    members = [{s.unit.code: s for s in standings_of(session, src, depth + 1)} for src in sources]
    return summary_standings(list(units.values()), members, skip_missing=period.skip_missing, vetoes=vetoes)


def period_unit_infos(session: Session, period: Period) -> list[UnitInfo]:
    return list(period_unit_infos_by_id(session, period).values())


def ranking_in(session: Session, period: Period) -> Ranking:
    cs = criteria_of(period)
    rows = rank_standings(cs, standings_of(session, period))
    names = {code: name for code, name in session.execute(select(Unit.code, Unit.name))}
    return Ranking(period.name, cs, rows, names, period.is_summary, period.locked)


def rank(ws: Workspace, period_name: str) -> Ranking:
    with ws.transaction() as session:
        return ranking_in(session, period_named(session, period_name))


def base_salary(session: Session) -> int:
    try:
        return int(get_setting(session, "base_salary"))
    except ValueError:
        return 2_340_000


def awards_in(session: Session, period: Period) -> tuple[Ranking, list[AwardLine]]:
    ranking = ranking_in(session, period)
    codes = {uid: code for uid, code in session.execute(select(Unit.id, Unit.code))}
    overrides = [
        Override(codes[o.unit_id], o.include, o.reason, o.award_name)
        for o in session.scalars(select(AwardOverride).where(AwardOverride.period_id == period.id))
    ]
    serials = {
        (codes[c.unit_id], c.award_name): c.serial
        for c in session.scalars(select(Certificate).where(Certificate.period_id == period.id))
    }
    awarded = select_awards(ranking.criteria, ranking.rows, base_salary(session), overrides)
    return ranking, [AwardLine(a, serials.get((a.row.unit.code, a.award))) for a in awarded]


def awards(ws: Workspace, period_name: str) -> tuple[Ranking, list[AwardLine]]:
    with ws.transaction() as session:
        return awards_in(session, period_named(session, period_name))


def row_notes(row: RankedRow) -> list[str]:
    """What a reader of the ranking should know about a row, in the committee's words."""
    notes = []
    if row.standing.vetoes:
        notes.append("khống chế " + ", ".join(row.standing.vetoes))
    if row.quota_demoted:
        notes.append("hạ theo tỷ lệ")
    if row.standing.incomplete:
        notes.append("chưa đủ điểm")
    return notes
