"""Results of a period: ranking, grades and awards, computed from what is stored."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.i18n import say
from emulation.scoring.awards import Awarded, Override, select_awards
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.entries import RawValue
from emulation.scoring.standings import RankedRow, Standing, rank_standings
from emulation.scoring.stored_points import GroupedStandings
from emulation.scoring.summary import summary_standings
from emulation.scoring.units import UnitInfo
from emulation.services.council_awards import council_awards
from emulation.services.frozen_codec import FrozenResult
from emulation.services.frozen_store import frozen_result
from emulation.services.history_data import history_before, period_year
from emulation.services.lookup import criteria_of, period_named
from emulation.services.measures import Measured, measured_values
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
    measured: Mapping[tuple[str, str], Measured] = field(default_factory=dict)


@dataclass(frozen=True)
class AwardLine:
    awarded: Awarded
    serial: int | None


def standings_of(
    session: Session, period: Period, depth: int = 0, measured: list[Measured] | None = None
) -> list[Standing]:
    """Every unit's points in a period; a summary's come from its member periods.

    ``measured`` are the period's measured values when the caller has them already.
    """
    if not period.is_summary:
        grouped = grouped_standings_inputs(session, period, measured).grouped(criteria_of(period))
        grouped.add(grouped_scores(session, period))
        return grouped.standings()
    if depth > 8:
        return []
    units = period_unit_infos_by_id(session, period)
    vetoes = period_vetoes(session, period)
    sources = session.scalars(
        select(Period)
        .join(PeriodSource, PeriodSource.source_id == Period.id)
        .where(PeriodSource.summary_id == period.id)
        .order_by(PeriodSource.position)
    ).all()
    members = [{s.unit.code: s for s in standings_of(session, src, depth + 1)} for src in sources]
    return summary_standings(list(units.values()), members, skip_missing=period.skip_missing, vetoes=vetoes)


@dataclass(frozen=True)
class GroupedInputs:
    """What :class:`GroupedStandings` works out a period's standings with, besides its criteria
    (:func:`grouped_standings_inputs`)."""

    units: dict[int, UnitInfo]
    vetoes: dict[str, list[str]]
    measured: dict[str, dict[str, RawValue | None]]

    def grouped(self, cs: CriteriaSet) -> GroupedStandings[int]:
        return GroupedStandings(cs, self.units, self.vetoes, self.measured)


def grouped_standings_inputs(
    session: Session, period: Period, measured: list[Measured] | None = None, unit_codes: Collection[str] | None = None
) -> GroupedInputs:
    """The units (by id), vetoes and measured values an ordinary period's standings are worked out
    with from its score groups (see ``score_rows.grouped_scores``); ``measured`` as for
    :func:`standings_of`; with ``unit_codes``, those of the period's units only."""
    found = measured_values(session, period) if measured is None else measured
    by_unit: dict[str, dict[str, RawValue | None]] = {}
    for m in found:
        by_unit.setdefault(m.unit_code, {})[m.leaf_code] = m.raw
    units = period_unit_infos_by_id(session, period)
    if unit_codes is not None:
        units = {uid: info for uid, info in units.items() if info.code in unit_codes}
    return GroupedInputs(units, period_vetoes(session, period), by_unit)


def period_unit_infos(session: Session, period: Period) -> list[UnitInfo]:
    return list(period_unit_infos_by_id(session, period).values())


def ranking_in(session: Session, period: Period) -> Ranking:
    """The period's ranking: as it was locked for a locked period, else computed now."""
    return ranked_in(session, period)[0]


def ranked_in(session: Session, period: Period) -> tuple[Ranking, Callable[[], list[Awarded]]]:
    """The period's ranking (as :func:`ranking_in`) and what gives its awards without ranking it again."""
    frozen = frozen_result(session, period)
    if frozen is not None:
        return frozen_ranking(period, frozen), lambda: list(frozen.awards)
    ranking = live_ranking(session, period)
    return ranking, lambda: selected_awards(session, period, ranking)


def frozen_ranking(period: Period, frozen: FrozenResult) -> Ranking:
    return Ranking(period.name, criteria_of(period), list(frozen.rows), dict(frozen.parent_names),
                   period.is_summary, True)


def live_ranking(session: Session, period: Period) -> Ranking:
    """The ranking computed from what is stored now."""
    cs = criteria_of(period)
    found = measured_values(session, period)
    rows = rank_standings(cs, standings_of(session, period, measured=found))
    names = {code: name for code, name in session.execute(select(Unit.code, Unit.name))}
    measured = {(m.unit_code, m.leaf_code): m for m in found}
    return Ranking(period.name, cs, rows, names, period.is_summary, period.locked, measured)


def rank(ws: Workspace, period_name: str) -> Ranking:
    with ws.transaction() as session:
        return ranking_in(session, period_named(session, period_name))


def base_salary(session: Session) -> int:
    try:
        return int(get_setting(session, "base_salary"))
    except ValueError:
        return 2_340_000


def awards_in(session: Session, period: Period) -> tuple[Ranking, list[AwardLine]]:
    """Who is rewarded, with the serial of each one's certificate in force (as locked, when locked)."""
    ranking, awarded = ranked_in(session, period)
    return ranking, award_lines(session, period, awarded())


def award_lines(session: Session, period: Period, awarded: list[Awarded]) -> list[AwardLine]:
    """The period's ``awarded``, each with the serial of its certificate in force."""
    serials = serials_in_force(session, period)
    return [AwardLine(a, serials.get((a.row.unit.code, a.award))) for a in awarded]


def live_awards(session: Session, period: Period) -> tuple[Ranking, list[Awarded]]:
    """The ranking and the awards computed from what is stored now (the council's, once it has voted)."""
    ranking = live_ranking(session, period)
    return ranking, selected_awards(session, period, ranking)


def selected_awards(session: Session, period: Period, ranking: Ranking) -> list[Awarded]:
    """The awards of the period's live ``ranking``: selected by the rules, the council's once it has voted."""
    codes = {uid: code for uid, code in session.execute(select(Unit.id, Unit.code))}
    overrides = [
        Override(codes[o.unit_id], o.include, o.reason, o.award_name)
        for o in session.scalars(select(AwardOverride).where(AwardOverride.period_id == period.id))
    ]
    history = history_before(session, period_year(period))
    salary = base_salary(session)
    proposal = select_awards(ranking.criteria, ranking.rows, salary, overrides, history)
    return council_awards(session, period, ranking.criteria, ranking.rows, proposal, salary)


def serials_in_force(session: Session, period: Period) -> dict[tuple[str, str], int]:
    """(unit code, award) → the serial of the period's certificate that is not revoked."""
    codes = {uid: code for uid, code in session.execute(select(Unit.id, Unit.code))}
    query = select(Certificate).where(Certificate.period_id == period.id, Certificate.revoked_at.is_(None))
    return {(codes[c.unit_id], c.award_name): c.serial for c in session.scalars(query)}


def awards(ws: Workspace, period_name: str) -> tuple[Ranking, list[AwardLine]]:
    with ws.transaction() as session:
        return awards_in(session, period_named(session, period_name))


def row_notes(row: RankedRow) -> list[str]:
    """What a reader of the ranking should know about a row, in the committee's words."""
    notes = []
    if row.standing.vetoes:
        notes.append(say("note_vetoes", codes=", ".join(row.standing.vetoes)))
    if row.quota_demoted:
        notes.append(say("note_quota_demoted"))
    if row.standing.unscored:
        notes.append(say("note_unscored"))
    elif row.standing.incomplete:
        notes.append(say("note_incomplete"))
    return notes
