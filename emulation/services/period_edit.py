"""Correcting a period: rename it, add or remove units, move it to another version of its
criteria set, delete it.

Each call is one transaction, written to the audit log; a locked period refuses all of it and a
refusal writes nothing. What a change would throw away is told first (:func:`relink_preview`,
:func:`deletion_preview`) so the user can confirm knowing what goes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from emulation.scoring.criteria_doc import dumps
from emulation.scoring.problems import problem
from emulation.services.council_awards import refuse_while_council_sits
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, criteria_of_row, period_named, unit_named, writable_period
from emulation.services.periods import PeriodInfo, period_info
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import (
    AwardOverride,
    Certificate,
    CriteriaSetRow,
    Period,
    PeriodSource,
    PeriodUnit,
    Score,
    Unit,
    VetoMark,
    record,
)
from emulation.text import match_key, nfc


@dataclass(frozen=True)
class DroppedScore:
    """A score the move to another criteria version would throw away: its leaf is gone."""

    unit_code: str
    leaf_code: str
    role: str
    scorer: str
    value: str


@dataclass(frozen=True)
class RelinkPlan:
    """What moving a period to ``criteria`` revision ``revision`` keeps and drops."""

    period: str
    criteria: str
    revision: int
    kept_leaves: tuple[str, ...]
    dropped_leaves: tuple[str, ...]
    dropped_scores: tuple[DroppedScore, ...]
    dropped_vetoes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PeriodContents:
    """What deleting a period takes with it."""

    period: str
    units: int
    scores: int
    vetoes: int
    decisions: int


def rename_period(ws: Workspace, name: str, new_name: str) -> PeriodInfo:
    """Give an open period another name, unused by any other period."""
    wanted = nfc(new_name)
    if not wanted:
        raise InputError([problem("name", "period_name_missing")])
    with ws.transaction(Action.PERIODS) as session:
        period = writable_period(session, name)
        old = period.name
        if wanted != old:
            _refuse_taken(session, period, wanted)
            period.name = wanted
            record(session, who=ws.user, action="rename", entity="period", period_name=wanted,
                   field="name", old=old, new=wanted)
    return period_info(ws, wanted)


def add_period_units(ws: Workspace, name: str, codes: list[str]) -> PeriodInfo:
    """Score these units too in the period (units already in it are left as they are)."""
    with ws.transaction(Action.PERIODS) as session:
        period = writable_period(session, name)
        _add_units(session, ws.user, period, [unit_named(session, c) for c in _codes(codes)])
        pname = period.name
    return period_info(ws, pname)


def remove_period_units(ws: Workspace, name: str, codes: list[str]) -> PeriodInfo:
    """Score these units no more in the period; their scores, vetoes and award decisions there go
    (each score into the audit log). A unit with a printed certificate stays."""
    with ws.transaction(Action.PERIODS) as session:
        period = writable_period(session, name)
        _remove_units(session, ws.user, period, [unit_named(session, c) for c in _codes(codes)])
        pname = period.name
    return period_info(ws, pname)


def set_period_units(ws: Workspace, name: str, codes: list[str]) -> PeriodInfo:
    """Make exactly these units the period's, in one transaction (the units dialog's choice)."""
    with ws.transaction(Action.PERIODS) as session:
        period = writable_period(session, name)
        wanted = [unit_named(session, c) for c in _codes(codes)]
        present = _unit_ids(session, period)
        ids = {u.id for u in wanted}
        gone = session.scalars(select(Unit).where(Unit.id.in_(present - ids)).order_by(Unit.position, Unit.id)).all()
        _add_units(session, ws.user, period, [u for u in wanted if u.id not in present])
        if gone:
            _remove_units(session, ws.user, period, list(gone))
        pname = period.name
    return period_info(ws, pname)


def period_unit_codes(ws: Workspace, name: str) -> list[str]:
    """The codes of the units a period scores."""
    with ws.transaction() as session:
        return sorted(_unit_codes(session, period_named(session, name)).values())


def criteria_versions(ws: Workspace) -> list[tuple[str, int]]:
    """Every stored criteria set and revision, newest revision first within a name."""
    with ws.transaction() as session:
        rows = session.execute(select(CriteriaSetRow.name, CriteriaSetRow.revision)).all()
    return sorted(((n, r) for n, r in rows), key=lambda v: (match_key(v[0]), -v[1]))


def _add_units(session: Session, who: str, period: Period, units: list[Unit]) -> None:
    present = _unit_ids(session, period)
    for unit in units:
        if unit.id in present:
            continue
        session.add(PeriodUnit(period_id=period.id, unit_id=unit.id))
        present.add(unit.id)
        record(session, who=who, action="add_unit", entity="period", period_name=period.name,
               unit_code=unit.code, new=unit.name)
    session.flush()


def _remove_units(session: Session, who: str, period: Period, units: list[Unit]) -> None:
    refuse_while_council_sits(session, period)  # the meeting's candidates and decision name them
    present = _unit_ids(session, period)
    for unit in units:
        if unit.id not in present:
            raise InputError([problem("unit", "period_unit_absent", unit=unit.code, period=period.name)])
        if _certificates(session, period, unit.id):
            raise InputError([problem("unit", "period_unit_certified", unit=unit.code, period=period.name)])
    if len(units) >= len(present):
        raise InputError([problem("unit", "period_needs_a_unit", period=period.name)])
    for unit in units:
        for score in session.scalars(select(Score).where(Score.period_id == period.id, Score.unit_id == unit.id)):
            _log_dropped(session, who, period.name, unit.code, score)
        for table in (Score, VetoMark, AwardOverride, PeriodUnit):
            session.execute(delete(table).where(table.period_id == period.id, table.unit_id == unit.id))
        record(session, who=who, action="remove_unit", entity="period", period_name=period.name,
               unit_code=unit.code, old=unit.name)


def relink_preview(ws: Workspace, name: str, criteria: str | None = None, revision: int | None = None) -> RelinkPlan:
    """What moving the period to another version of its criteria would keep and drop; nothing changes."""
    with ws.transaction() as session:
        period = writable_period(session, name)
        return _plan(session, period, _target(session, period, criteria, revision))


def relink_period(ws: Workspace, name: str, criteria: str | None = None, revision: int | None = None) -> RelinkPlan:
    """Score the period with another version (default: the newest) of its criteria set, or another
    set. Scores of leaves that still exist are kept; the others, and vetoes that no longer exist,
    are dropped and written to the audit log one by one."""
    with ws.transaction(Action.PERIODS) as session:
        period = writable_period(session, name)
        refuse_while_council_sits(session, period)  # the scores the council voted on stay as they were
        row = _target(session, period, criteria, revision)
        plan = _plan(session, period, row)
        codes = _unit_codes(session, period)
        gone = set(plan.dropped_leaves)
        for score in session.scalars(select(Score).where(Score.period_id == period.id)):
            if score.leaf_code in gone:
                _log_dropped(session, ws.user, period.name, codes.get(score.unit_id, "?"), score)
                session.delete(score)
        kept_vetoes = {v.code for v in criteria_of_row(row).vetoes}
        for mark in session.scalars(select(VetoMark).where(VetoMark.period_id == period.id)):
            if mark.veto_code not in kept_vetoes:
                record(session, who=ws.user, action="drop_veto", entity="veto", period_name=period.name,
                       unit_code=codes.get(mark.unit_id, "?"), field=mark.veto_code, old="1")
                session.delete(mark)
        old = f"{period.criteria_set.name} (r{period.criteria_set.revision})"
        period.criteria_set_id = row.id
        period.criteria_document = dumps(criteria_of_row(row))
        period.criteria_fingerprint = row.fingerprint
        record(session, who=ws.user, action="relink", entity="period", period_name=period.name,
               field="criteria", old=old, new=f"{row.name} (r{row.revision})",
               detail=", ".join(plan.dropped_leaves) or None)
        return plan


def deletion_preview(ws: Workspace, name: str) -> PeriodContents:
    """What deleting the period would take with it (refused as :func:`delete_period` would be)."""
    with ws.transaction() as session:
        period = _deletable(session, name)
        return _contents(session, period)


def delete_period(ws: Workspace, name: str) -> PeriodContents:
    """Delete an open period with its units, scores, vetoes and award decisions; refused when a
    certificate was printed for it or a summary period counts it."""
    with ws.transaction(Action.PERIODS) as session:
        period = _deletable(session, name)
        contents = _contents(session, period)
        for table in (Score, VetoMark, AwardOverride, PeriodUnit):
            session.execute(delete(table).where(table.period_id == period.id))
        session.execute(delete(PeriodSource).where(PeriodSource.summary_id == period.id))
        record(session, who=ws.user, action="delete", entity="period", period_name=period.name,
               old=period.name,
               detail=f"{contents.units} units, {contents.scores} scores, {contents.vetoes} vetoes, "
               f"{contents.decisions} award decisions")
        session.delete(period)
        return contents


# --- helpers --------------------------------------------------------------------------------


def _codes(codes: list[str]) -> list[str]:
    wanted = [nfc(c) for c in codes if nfc(c)]
    if not wanted:
        raise InputError([problem("unit", "period_units_missing")])
    return list(dict.fromkeys(wanted))


def _refuse_taken(session: Session, period: Period, wanted: str) -> None:
    key = match_key(wanted)
    for other in session.scalars(select(Period).where(Period.id != period.id)):
        if other.name == wanted or match_key(other.name) == key:
            raise InputError([problem("name", "period_name_taken", period=other.name)])


def _unit_ids(session: Session, period: Period) -> set[int]:
    return set(session.scalars(select(PeriodUnit.unit_id).where(PeriodUnit.period_id == period.id)))


def _unit_codes(session: Session, period: Period) -> dict[int, str]:
    rows = session.execute(
        select(Unit.id, Unit.code).join(PeriodUnit, PeriodUnit.unit_id == Unit.id).where(
            PeriodUnit.period_id == period.id
        )
    ).all()
    return {uid: code for uid, code in rows}


def _certificates(session: Session, period: Period, unit_id: int | None = None) -> int:
    query = select(func.count()).select_from(Certificate).where(Certificate.period_id == period.id)
    if unit_id is not None:
        query = query.where(Certificate.unit_id == unit_id)
    return session.scalar(query) or 0


def _target(session: Session, period: Period, criteria: str | None, revision: int | None) -> CriteriaSetRow:
    name = nfc(criteria) if criteria else period.criteria_set.name
    rows = [r for r in session.scalars(select(CriteriaSetRow)) if match_key(r.name) == match_key(name)]
    if not rows:
        raise InputError([problem("criteria", "criteria_set_unknown", name=name)])
    if revision is None:
        return max(rows, key=lambda r: r.revision)
    for row in rows:
        if row.revision == revision:
            return row
    raise InputError([problem("revision", "criteria_revision_unknown", name=rows[0].name, revision=revision)])


def _plan(session: Session, period: Period, row: CriteriaSetRow) -> RelinkPlan:
    if period.is_summary:
        raise InputError([problem("period", "period_summary_no_criteria", period=period.name)])
    old_leaves = [leaf.code for leaf in criteria_of(period).leaves]
    new_cs = criteria_of_row(row)
    new_leaves = {leaf.code for leaf in new_cs.leaves}
    kept = tuple(c for c in old_leaves if c in new_leaves)
    codes = _unit_codes(session, period)
    scores = session.scalars(
        select(Score).where(Score.period_id == period.id).order_by(Score.unit_id, Score.leaf_code, Score.id)
    ).all()
    dropped = tuple(
        DroppedScore(codes.get(s.unit_id, "?"), s.leaf_code, s.role, s.scorer, s.raw_value)
        for s in scores
        if s.leaf_code not in new_leaves
    )
    gone = tuple(dict.fromkeys([c for c in old_leaves if c not in new_leaves] + [d.leaf_code for d in dropped]))
    vetoes = {v.code for v in new_cs.vetoes}
    marks = session.scalars(select(VetoMark).where(VetoMark.period_id == period.id)).all()
    dropped_vetoes = tuple((codes.get(m.unit_id, "?"), m.veto_code) for m in marks if m.veto_code not in vetoes)
    return RelinkPlan(period.name, row.name, row.revision, kept, gone, dropped, dropped_vetoes)


def _deletable(session: Session, name: str) -> Period:
    period = writable_period(session, name)
    printed = _certificates(session, period)
    if printed:
        raise InputError([problem("period", "period_has_certificates", period=period.name, count=printed)])
    summary = session.scalar(
        select(Period.name).join(PeriodSource, PeriodSource.summary_id == Period.id).where(
            PeriodSource.source_id == period.id
        )
    )
    if summary is not None:
        raise InputError([problem("period", "period_in_summary", period=period.name, summary=summary)])
    return period


def _contents(session: Session, period: Period) -> PeriodContents:
    def count(table: type[Score] | type[VetoMark] | type[AwardOverride] | type[PeriodUnit]) -> int:
        return session.scalar(select(func.count()).select_from(table).where(table.period_id == period.id)) or 0

    return PeriodContents(period.name, count(PeriodUnit), count(Score), count(VetoMark), count(AwardOverride))


def _log_dropped(session: Session, who: str, period_name: str, unit_code: str, score: Score) -> None:
    record(session, who=who, action="drop_score", entity="score", period_name=period_name, unit_code=unit_code,
           field=f"{score.leaf_code} ({score.role}{' ' + score.scorer if score.scorer else ''})",
           old=score.raw_value)
