"""Vetoes (điều kiện khống chế): marking that a condition holds for a unit in a period."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, unit_named, writable_period
from emulation.services.permissions import Action
from emulation.services.scores import period_units
from emulation.services.workspace import Workspace
from emulation.store import Period, PeriodUnit, Unit, VetoMark, record


def set_veto(ws: Workspace, period_name: str, unit_code: str, veto_code: str, *, on: bool = True) -> bool:
    """Mark (or with ``on=False`` clear) a veto; returns whether anything changed."""
    with ws.transaction(Action.VETOES) as session:
        period = writable_period(session, period_name)
        cs = criteria_of(period)
        veto = next((v for v in cs.vetoes if v.code.casefold() == veto_code.strip().casefold()), None)
        if veto is None:
            known = ", ".join(v.code for v in cs.vetoes) or "—"
            raise InputError.single("veto", "veto_unknown", veto=veto_code, known=known)
        unit = unit_named(session, unit_code)
        if unit.id not in {u.id for u in period_units(session, period)}:
            raise InputError.single("unit", "unit_not_in_period_named", code=unit.code, period=period.name)
        mark = session.get(VetoMark, (period.id, unit.id, veto.code))
        if (mark is not None) == on:
            return False
        if on:
            session.add(VetoMark(period_id=period.id, unit_id=unit.id, veto_code=veto.code, set_by=ws.user))
        else:
            session.delete(mark)
        record(
            session,
            who=ws.user,
            action="veto" if on else "unveto",
            entity="veto",
            period_name=period.name,
            unit_code=unit.code,
            field=veto.code,
            old=None if on else "holds",
            new="holds" if on else None,
            detail=veto.title,
        )
        return True


def period_vetoes(session: Session, period: Period) -> dict[str, list[str]]:
    """The vetoes marked in the period, by unit code (units of the period only)."""
    rows = session.execute(
        select(Unit.code, VetoMark.veto_code)
        .join(Unit, Unit.id == VetoMark.unit_id)
        .join(PeriodUnit, (PeriodUnit.unit_id == VetoMark.unit_id) & (PeriodUnit.period_id == VetoMark.period_id))
        .where(VetoMark.period_id == period.id)
        .order_by(VetoMark.unit_id, VetoMark.veto_code)
    )
    result: dict[str, list[str]] = {}
    for code, veto in rows:
        result.setdefault(code, []).append(veto)
    return result
