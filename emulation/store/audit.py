"""Writing the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from emulation.store.bulk import bulk_insert
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


def audit_row(
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
    at: datetime | None = None,
) -> dict[str, object]:
    """One entry of the log as a row for ``record_many``: the same fields ``record`` writes."""
    return {
        "at": at or utc_now(), "who": who, "action": action, "entity": entity, "period_name": period_name,
        "unit_code": unit_code, "field": field, "old_value": old, "new_value": new, "detail": detail,
    }


def record_many(session: Session, rows: Sequence[dict[str, object]]) -> None:
    """Add many entries to the log in one statement, in the caller's transaction (large imports)."""
    bulk_insert(session, AuditEntry, rows)
