"""Writing the audit log."""

from __future__ import annotations

from sqlalchemy.orm import Session

from emulation.store.models import AuditEntry, utc_now


def record(
    session: Session,
    *,
    who: str,
    action: str,
    entity: str,
    period_name: str | None = None,
    unit_code: str | None = None,
    field: str | None = None,
    old: str | None = None,
    new: str | None = None,
    detail: str | None = None,
) -> None:
    """Add one entry to the log, in the caller's transaction."""
    session.add(
        AuditEntry(
            at=utc_now(),
            who=who,
            action=action,
            entity=entity,
            period_name=period_name,
            unit_code=unit_code,
            field=field,
            old_value=old,
            new_value=new,
            detail=detail,
        )
    )
