"""Locking a period freezes its result; unlocking is a recorded act with a reason.

Both take the period's row lock in their own transaction, so a write to the period (an import,
a veto, an award decision) either commits before the lock — and the frozen result holds it — or
waits and is refused after it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.frozen_codec import FrozenResult, dumps_result
from emulation.services.frozen_store import current_record
from emulation.services.lookup import period_for_writing
from emulation.services.results import base_salary, live_awards
from emulation.store import Period, PeriodResult, record, utc_now
from emulation.text import nfc


def lock_period(session: Session, name: str, who: str) -> Period:
    """Lock the period and store its result as it stands now."""
    period = period_for_writing(session, name)
    if period.locked:
        return period
    ranking, awarded = live_awards(session, period)
    frozen = FrozenResult(
        tuple(ranking.rows), ranking.parent_names, tuple(awarded), base_salary(session), period.criteria_fingerprint
    )
    now = utc_now()
    session.add(PeriodResult(period_id=period.id, document=dumps_result(frozen), frozen_at=now, frozen_by=who))
    period.locked, period.locked_by, period.locked_at = True, who, now
    record(session, who=who, action="lock", entity="period", period_name=period.name)
    session.flush()
    return period


def unlock_period(session: Session, name: str, who: str, reason: str) -> Period:
    """Unlock the period: the frozen result is released (kept, with who, when and why)."""
    reason = " ".join(nfc(reason or "").split())
    if not reason:
        raise InputError([problem("--reason", "unlock_needs_reason")])
    period = period_for_writing(session, name)
    if not period.locked:
        return period
    now = utc_now()
    held = current_record(session, period)
    if held is not None:
        held.released_at, held.released_by, held.release_reason = now, who, reason
    period.locked, period.locked_by, period.locked_at = False, who, now
    record(session, who=who, action="unlock", entity="period", period_name=period.name, detail=reason)
    session.flush()
    return period
