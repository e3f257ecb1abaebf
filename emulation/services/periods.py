"""Periods: create (from a criteria set or from other periods), list, lock and unlock."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.i18n.audit import coded
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.criteria_doc import dumps
from emulation.scoring.period_kinds import KINDS
from emulation.services.criteria import resolve_criteria
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, criteria_of_row, period_named, unit_nodes
from emulation.services.period_lock import lock_period, unlock_period
from emulation.services.permissions import Action
from emulation.services.units import descendants
from emulation.services.workspace import Workspace
from emulation.store import Period, PeriodSource, PeriodUnit, Unit, record
from emulation.text import match_key, nfc


@dataclass(frozen=True)
class PeriodInfo:
    name: str
    kind: str
    criteria: str
    units: int
    is_summary: bool
    sources: tuple[str, ...]
    locked: bool
    locked_by: str | None
    locked_at: datetime | None


def create_period(
    ws: Workspace,
    name: str,
    *,
    criteria: str | None = None,
    kind: str = "month",
    under: str | None = None,
    sources: list[str] | None = None,
    skip_missing: bool = False,
    unit_kind: str | None = None,
    all_kinds: bool = False,
) -> PeriodInfo:
    """A period scores chosen units with a frozen copy of a criteria set.

    Units: those under ``under`` (any depth), else all; of the criteria set's unit kind
    when it names one. A summary period (``sources``) takes its units from its members.
    When neither the set nor the caller names a kind and the units are of several kinds, the
    period is refused unless ``all_kinds`` confirms that all of them are meant.
    """
    name = nfc(name)
    if not name:
        raise InputError.single("name", "period_needs_name")
    if kind not in KINDS:
        raise InputError.single("--kind", "json_not_one_of", choices=", ".join(KINDS))
    with ws.transaction(Action.PERIODS) as session:
        if session.scalar(select(Period).where(Period.name == name)) is not None:
            raise InputError.single("name", "period_name_taken", period=name)
        members = [period_named(session, s) for s in sources or []]
        if sources is not None and not members:
            raise InputError.single("--from", "summary_needs_periods")
        if criteria:
            row = resolve_criteria(session, criteria, ws.user)
        elif members:
            row = members[0].criteria_set
        else:
            raise InputError.single("--criteria", "period_needs_criteria")
        cs = criteria_of_row(row)
        period = Period(
            name=name,
            kind=kind,
            criteria_set_id=row.id,
            criteria_document=dumps(cs),
            criteria_fingerprint=row.fingerprint,
            is_summary=bool(members),
            skip_missing=skip_missing,
        )
        session.add(period)
        session.flush()
        unit_ids = _member_units(session, members) if members else _chosen_units(
            session, cs, under, unit_kind, all_kinds)
        if not unit_ids:
            raise InputError.single("units", "period_no_units")
        session.add_all(PeriodUnit(period_id=period.id, unit_id=uid) for uid in unit_ids)
        session.add_all(PeriodSource(summary_id=period.id, source_id=m.id, position=i) for i, m in enumerate(members))
        record(
            session,
            who=ws.user,
            action="create",
            entity="period",
            period_name=name,
            detail=coded("audit_detail.summary_created", criteria=cs.name, units=len(unit_ids),
                         periods=", ".join(m.name for m in members))
            if members else coded("audit_detail.period_created", criteria=cs.name, units=len(unit_ids)),
        )
        session.flush()
        return _info(session, period)


def _chosen_units(
    session: Session, cs: CriteriaSet, under: str | None, unit_kind: str | None, all_kinds: bool
) -> list[int]:
    nodes = unit_nodes(session)
    if under:
        if not any(n.code == nfc(under) for n in nodes):
            raise InputError.single("--under", "unit_unknown", code=under)
        nodes = descendants(nodes, under)
    wanted = unit_kind or cs.unit_kind
    if wanted:
        nodes = [n for n in nodes if n.kind and match_key(n.kind) == match_key(wanted)]
    else:
        kinds = Counter(n.kind or "" for n in nodes)
        if len(kinds) > 1 and not all_kinds:
            listed = ", ".join(f"{count} {kind or '?'}" for kind, count in kinds.most_common())
            raise InputError.single("--kind", "period_mixed_kinds", criteria=cs.name, kinds=listed)
    ids = {u.code: u.id for u in session.scalars(select(Unit))}
    return [ids[n.code] for n in nodes]


def _member_units(session: Session, members: list[Period]) -> list[int]:
    ids: list[int] = []
    for m in members:
        for uid in session.scalars(select(PeriodUnit.unit_id).where(PeriodUnit.period_id == m.id)):
            if uid not in ids:
                ids.append(uid)
    return ids


def list_periods(ws: Workspace) -> list[PeriodInfo]:
    with ws.transaction() as session:
        return [_info(session, p) for p in session.scalars(select(Period).order_by(Period.created_at, Period.id))]


def period_info(ws: Workspace, name: str) -> PeriodInfo:
    with ws.transaction() as session:
        return _info(session, period_named(session, name))


def _info(session: Session, p: Period) -> PeriodInfo:
    count = len(session.scalars(select(PeriodUnit.unit_id).where(PeriodUnit.period_id == p.id)).all())
    sources = session.scalars(
        select(Period.name)
        .join(PeriodSource, PeriodSource.source_id == Period.id)
        .where(PeriodSource.summary_id == p.id)
        .order_by(PeriodSource.position)
    ).all()
    return PeriodInfo(
        p.name, p.kind, criteria_of(p).name, count, p.is_summary, tuple(sources), p.locked, p.locked_by, p.locked_at
    )


def set_locked(ws: Workspace, name: str, locked: bool, reason: str = "") -> PeriodInfo:
    """Lock (freezing the result) or unlock (with a reason) a period."""
    with ws.transaction(Action.LOCK) as session:
        if locked:
            period = lock_period(session, name, ws.user)
        else:
            period = unlock_period(session, name, ws.user, reason)
        return _info(session, period)
