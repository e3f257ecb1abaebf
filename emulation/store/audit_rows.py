"""An entry of the audit log as a row, built without the database layer (bulk writers and
the units import over the driver share it)."""

from __future__ import annotations

from datetime import datetime
from typing import Required, TypedDict, Unpack

from emulation.store.clock import utc_now

#: the log's columns, in the order of a row from :func:`audit_row`
AUDIT_COLUMNS = ("at", "who", "action", "entity", "period_name", "unit_code", "field", "old_value", "new_value",
                 "detail")


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


def audit_row(**fields: Unpack[AuditFields]) -> dict[str, object]:
    """One entry of the log as a row for ``record_many``: the same fields ``record`` writes."""
    return {
        "at": fields.get("at") or utc_now(), "who": fields["who"], "action": fields["action"],
        "entity": fields["entity"], "period_name": fields.get("period_name"), "unit_code": fields.get("unit_code"),
        "field": fields.get("field"), "old_value": fields.get("old"), "new_value": fields.get("new"),
        "detail": fields.get("detail"),
    }
