"""Writing the audit log."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Unpack

from sqlalchemy.orm import Session

from emulation.store.audit_rows import AuditFields, audit_row
from emulation.store.bulk import bulk_insert, bulk_insert_columns
from emulation.store.models import AuditEntry

__all__ = ["AuditColumns", "AuditFields", "audit_row", "record", "record_many"]


def record(session: Session, **fields: Unpack[AuditFields]) -> None:
    """Add one entry to the log, in the caller's transaction."""
    session.add(AuditEntry(**audit_row(**fields)))


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
