"""Manual award decisions: include or exclude a unit, always with a reason in the log."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.problems import problem
from emulation.services.council_awards import refuse_while_council_sits
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, unit_named, writable_period
from emulation.services.permissions import Action
from emulation.services.scores import period_units
from emulation.services.workspace import Workspace
from emulation.store import AwardOverride, Certificate, Period, Unit, record
from emulation.text import nfc


def set_override(
    ws: Workspace, period_name: str, unit_code: str, *, include: bool | None, reason: str, award_name: str | None = None
) -> None:
    """``include`` True/False records a decision; None removes it. A reason is required. Refused once
    the council meets on the period (``services.council_awards``)."""
    reason = nfc(reason)
    if include is not None and not reason:
        raise InputError.single("reason", "override_reason_missing")
    with ws.transaction(Action.AWARDS) as session:
        period = writable_period(session, period_name)
        refuse_while_council_sits(session, period)
        unit = unit_named(session, unit_code)
        rules = {a.name for a in criteria_of(period).awards}
        if award_name and rules and award_name not in rules:
            raise InputError.single("award", "award_not_in_this_period", award=award_name)
        _decide(session, ws.user, period, unit, include, reason, award_name)


def _decide(
    session: Session, who: str, period: Period, unit: Unit, include: bool | None, reason: str, award_name: str | None
) -> None:
    row = session.scalar(
        select(AwardOverride).where(AwardOverride.period_id == period.id, AwardOverride.unit_id == unit.id)
    )
    old = None if row is None else ("include" if row.include else "exclude")
    if row is not None:
        session.delete(row)
        session.flush()
    if include is not None:
        session.add(
            AwardOverride(
                period_id=period.id, unit_id=unit.id, include=include, award_name=award_name, reason=reason, by=who
            )
        )
    record(
        session,
        who=who,
        action="award",
        entity="award",
        period_name=period.name,
        unit_code=unit.code,
        old=old,
        new=None if include is None else ("include" if include else "exclude"),
        detail=reason or None,
    )
    if include is False:
        _revoke_certificates(session, who, period, unit, reason)


def include_units(
    ws: Workspace, period_name: str, codes: list[str], *, reason: str, award_name: str | None = None
) -> int:
    """Reward these units by hand, all with the same award and reason, in one decision.

    Refused, with nothing written, when no unit is named, the reason is missing, a unit is not
    scored in the period, or the award is not one of the set's (a set without award rules takes
    any award name; none given: "Giấy khen"). Returns how many units the decision names."""
    wanted = list(dict.fromkeys(nfc(c) for c in codes if nfc(c)))
    if not wanted:
        raise InputError([problem("unit", "award_decision_empty")])
    reason, award = nfc(reason), nfc(award_name or "") or None
    if not reason:
        raise InputError([problem("reason", "award_reason_missing")])
    with ws.transaction(Action.AWARDS) as session:
        period = writable_period(session, period_name)
        refuse_while_council_sits(session, period)
        rules = {a.name for a in criteria_of(period).awards}
        if award and rules and award not in rules:
            raise InputError([problem("award", "award_unknown", award=award)])
        scored = {u.id for u in period_units(session, period)}
        units = [unit_named(session, c) for c in wanted]
        for unit in units:
            if unit.id not in scored:
                raise InputError([problem("unit", "period_unit_absent", unit=unit.code, period=period.name)])
        for unit in units:
            _decide(session, ws.user, period, unit, True, reason, award)
        return len(units)


def _revoke_certificates(session: Session, who: str, period: Period, unit: Unit, reason: str) -> None:
    """An excluded unit's certificates in force are revoked, with the exclusion's reason."""
    from emulation.services.printing_register import revoke  # the register brings in PDF reading

    held = select(Certificate).where(
        Certificate.period_id == period.id, Certificate.unit_id == unit.id, Certificate.revoked_at.is_(None)
    )
    for row in session.scalars(held):
        revoke(row, who, reason)
        record(session, who=who, action="revoke", entity="certificate", period_name=period.name,
               unit_code=unit.code, field=str(row.serial), detail=reason)
