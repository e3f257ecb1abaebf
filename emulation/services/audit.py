"""Reading the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from emulation.services.lookup import period_named
from emulation.services.workspace import Workspace
from emulation.store import AuditEntry


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    who: str
    action: str
    entity: str
    period: str | None
    unit: str | None
    field: str | None
    old: str | None
    new: str | None
    detail: str | None


def audit_log(
    ws: Workspace,
    period_name: str | None = None,
    *,
    unit: str | None = None,
    who: str | None = None,
    limit: int | None = None,
) -> list[AuditLine]:
    with ws.transaction() as session:
        query = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
        if period_name:
            query = query.where(AuditEntry.period_name == period_named(session, period_name).name)
        if unit:
            query = query.where(AuditEntry.unit_code == unit)
        if who:
            query = query.where(AuditEntry.who == who)
        rows = session.scalars(query).all()
        if limit is not None:
            rows = rows[-limit:]
        return [
            AuditLine(
                r.at, r.who, r.action, r.entity, r.period_name, r.unit_code, r.field, r.old_value, r.new_value, r.detail
            )
            for r in rows
        ]
