"""Manual award decisions: include or exclude a unit, always with a reason in the log."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, unit_named, writable_period
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import AwardOverride, Certificate, Period, Unit, record
from emulation.text import nfc


def set_override(
    ws: Workspace, period_name: str, unit_code: str, *, include: bool | None, reason: str, award_name: str | None = None
) -> None:
    """``include`` True/False records a decision; None removes it. A reason is required."""
    reason = nfc(reason)
    if include is not None and not reason:
        raise InputError.single("reason", "override_reason_missing")
    with ws.transaction(Action.AWARDS) as session:
        period = writable_period(session, period_name)
        unit = unit_named(session, unit_code)
        if award_name and award_name not in {a.name for a in criteria_of(period).awards}:
            raise InputError.single("award", "award_not_in_this_period", award=award_name)
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
                    period_id=period.id,
                    unit_id=unit.id,
                    include=include,
                    award_name=award_name,
                    reason=reason,
                    by=ws.user,
                )
            )
        record(
            session,
            who=ws.user,
            action="award",
            entity="award",
            period_name=period.name,
            unit_code=unit.code,
            old=old,
            new=None if include is None else ("include" if include else "exclude"),
            detail=reason or None,
        )
        if include is False:
            _revoke_certificates(session, ws.user, period, unit, reason)


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
