"""Writing the audit log."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from typing import Required, TypedDict, Unpack

from sqlalchemy.orm import Session

from emulation.store.bulk import bulk_insert, bulk_insert_columns
from emulation.store.models import AuditEntry, utc_now


class AuditFields(TypedDict, total=False):
    """What one entry of the log says: who did what to which thing, and how it changed."""

    who: Required[str]
    action: Required[str]
    entity: Required[str]
    period_name: str | None
    unit_code: str | None
    field: str | None
    old: str | None
    new: str | None
    detail: str | None
    at: datetime | None


def record(session: Session, **fields: Unpack[AuditFields]) -> None:
    """Add one entry to the log, in the caller's transaction."""
    session.add(AuditEntry(**audit_row(**fields)))


def audit_row(**fields: Unpack[AuditFields]) -> dict[str, object]:
    """One entry of the log as a row for ``record_many``: the same fields ``record`` writes."""
    return {
        "at": fields.get("at") or utc_now(), "who": fields["who"], "action": fields["action"],
        "entity": fields["entity"], "period_name": fields.get("period_name"), "unit_code": fields.get("unit_code"),
        "field": fields.get("field"), "old_value": fields.get("old"), "new_value": fields.get("new"),
        "detail": fields.get("detail"),
    }


@dataclasses.dataclass
class AuditColumns:
    """Many entries of the log that say the same who, when, what and in which period (an
    import's changes): ``shared`` is an :func:`audit_row` of what they share, and each entry
    appends only its unit, field and values, one to each list."""

    shared: dict[str, object]
    unit_code: list[str | None] = dataclasses.field(default_factory=list)
    field: list[str | None] = dataclasses.field(default_factory=list)
    old_value: list[str | None] = dataclasses.field(default_factory=list)
    new_value: list[str | None] = dataclasses.field(default_factory=list)


_OWN = ("unit_code", "field", "old_value", "new_value")


def record_many(session: Session, rows: Sequence[dict[str, object]] | AuditColumns) -> None:
    """Add many entries to the log in one statement, in the caller's transaction (large imports)."""
    if isinstance(rows, AuditColumns):
        shared = {key: value for key, value in rows.shared.items() if key not in _OWN}
        bulk_insert_columns(session, AuditEntry, shared, {key: getattr(rows, key) for key in _OWN})
    else:
        bulk_insert(session, AuditEntry, rows)
