"""The certificate register (sổ vàng): each awardee of a period gets one serial for good.

A new entry takes the highest serial in the register plus one, so serials run without gaps
or duplicates across all periods; a reprint finds its entry by (period, unit, award) and keeps
the serial. Entries are written in the caller's transaction: if the batch fails, none stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emulation.reports.models import Decision
from emulation.reports.signing import CertificatePayload, sign_payload
from emulation.store import Certificate, Period, Unit


@dataclass(frozen=True)
class Awardee:
    """Who is to be printed: the unit and its award."""

    unit: Unit
    award: str


@dataclass(frozen=True)
class Entry:
    """An awardee's register entry, and whether this batch created it."""

    awardee: Awardee
    certificate: Certificate
    new: bool


def next_serial(session: Session) -> int:
    return (session.scalar(select(func.max(Certificate.serial))) or 0) + 1


def register(session: Session, period: Period, awardees: Sequence[Awardee], decision: Decision,
             who: str) -> list[Entry]:
    """The awardees' entries, new ones numbered in the order given."""
    existing = {
        (c.unit_id, c.award_name): c
        for c in session.scalars(select(Certificate).where(Certificate.period_id == period.id))
    }
    serial = next_serial(session)
    entries = []
    for awardee in awardees:
        row = existing.get((awardee.unit.id, awardee.award))
        if row is None:
            row = Certificate(serial=serial, period_id=period.id, unit_id=awardee.unit.id,
                              award_name=awardee.award, issued_by=who)
            session.add(row)
            serial += 1
        _describe(row, awardee, decision)
        entries.append(Entry(awardee, row, row.id is None))
    session.flush()
    return entries


def _describe(row: Certificate, awardee: Awardee, decision: Decision) -> None:
    """The entry states what this print says: recipient and decision (a correction updates it)."""
    row.recipient_name = awardee.unit.name
    row.decision_number = decision.number
    row.decision_date = decision.date


def sign_entries(entries: Sequence[Entry], period: Period, secret: bytes) -> list[str]:
    """Each entry's QR payload, kept in the register as printed."""
    payloads = []
    for entry in entries:
        row = entry.certificate
        payload = sign_payload(
            CertificatePayload(row.serial, period.name, entry.awardee.unit.code, row.award_name,
                               row.decision_number or ""),
            secret,
        )
        row.payload = payload
        payloads.append(payload)
    return payloads
