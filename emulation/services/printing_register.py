"""The certificate register (sổ vàng): each awardee of a period gets one serial for good.

A new entry takes the highest serial in the register plus one, so serials run without gaps
or duplicates across all periods. An entry never changes after printing: a reprint finds the
entry in force for (period, unit, award) and prints it as it was, with its signed payload. When
the decision changed since, the old entry is revoked (with the reason) and a new one is made.
Entries are written in the caller's transaction: if the batch fails, none stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from emulation.i18n import say
from emulation.reports.models import Decision
from emulation.reports.signing import PREFIX, CertificatePayload, sign_payload
from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.signing_keys import check_signer, stored_public_key
from emulation.store import Certificate, Period, record, utc_now
from emulation.text import format_date


@dataclass(frozen=True)
class UnitKey:
    """A unit as the register names it: its row id and its code."""

    id: int
    code: str


@dataclass(frozen=True)
class Awardee:
    """Who is to be printed: the unit, its award, and its name and parent's name as issued."""

    unit: UnitKey
    award: str
    name: str
    parent: str | None


@dataclass(frozen=True)
class Held:
    """A register entry as its certificate prints it."""

    serial: int
    recipient_name: str
    award_name: str
    decision_number: str | None
    decision_date: date | None
    payload: str = ""


@dataclass(frozen=True)
class Entry:
    """An awardee's register entry, whether this batch creates it, and the stored row of one it
    reprints (a new entry is written with its signed payload by ``write_new``)."""

    awardee: Awardee
    certificate: Held
    new: bool
    row: Certificate | None = None


def next_serial(session: Session) -> int:
    return (session.scalar(select(func.max(Certificate.serial))) or 0) + 1


def entries_in_force(session: Session, period: Period) -> dict[tuple[int, str], Certificate]:
    """(unit id, award) → the period's entry that is not revoked."""
    query = select(Certificate).where(Certificate.period_id == period.id, Certificate.revoked_at.is_(None))
    return {(c.unit_id, c.award_name): c for c in session.scalars(query)}


def revoke(row: Certificate, who: str, reason: str) -> None:
    row.revoked_at, row.revoked_by, row.revoke_reason = utc_now(), who, reason


def register(session: Session, period: Period, awardees: Sequence[Awardee], decision: Decision,
             who: str) -> list[Entry]:
    """The awardees' entries, new ones numbered in the order given (written by ``write_new``)."""
    existing = entries_in_force(session, period)
    serial = next_serial(session)
    entries = []
    for awardee in awardees:
        row = existing.get((awardee.unit.id, awardee.award))
        if row is not None and not _same_decision(row, decision):
            reason = say("revoked_decision_changed", old=_decision_text(row), new=_decision_text(decision))
            revoke(row, who, reason)
            record(session, who=who, action="revoke", entity="certificate", period_name=period.name,
                   unit_code=awardee.unit.code, field=str(row.serial), detail=reason)
            row = None
        if row is None:
            entries.append(Entry(awardee, Held(serial, awardee.name, awardee.award, decision.number, decision.date),
                                 True))
            serial += 1
        else:
            held = Held(row.serial, row.recipient_name, row.award_name, row.decision_number, row.decision_date,
                        row.payload)
            entries.append(Entry(awardee, held, False, row))
    return entries


def write_new(session: Session, period: Period, entries: Sequence[Entry], payloads: Sequence[str], who: str) -> None:
    """The new entries into the register, with their signed payloads, in one statement."""
    now = utc_now()
    rows = [
        {"serial": e.certificate.serial, "period_id": period.id, "unit_id": e.awardee.unit.id,
         "award_name": e.certificate.award_name, "recipient_name": e.certificate.recipient_name, "issued_at": now,
         "issued_by": who, "decision_number": e.certificate.decision_number,
         "decision_date": e.certificate.decision_date, "payload": payload}
        for e, payload in zip(entries, payloads, strict=True) if e.new
    ]
    session.flush()  # revocations first: a reprint under a new decision takes the place of the revoked entry
    if rows:
        session.execute(insert(Certificate), rows)


def _same_decision(row: Certificate, decision: Decision) -> bool:
    return (row.decision_number or "") == decision.number and row.decision_date == decision.date


def _decision_text(d: Certificate | Decision) -> str:
    number = d.decision_number if isinstance(d, Certificate) else d.number
    when = d.decision_date if isinstance(d, Certificate) else d.date
    return f"{number or '?'} ({format_date(when)})" if when else (number or "?")


def _to_sign(entry: Entry) -> bool:
    return entry.new or not entry.certificate.payload.startswith(PREFIX)


def sign_entries(session: Session, entries: Sequence[Entry], period: Period,
                 signer: Ed25519PrivateKey | None) -> list[str]:
    """Each entry's QR payload: a new entry's is signed now (and written with it), a reprint
    reuses its own (an entry printed with the old kind of code, which proves nothing, is signed
    again and kept)."""
    if any(_to_sign(e) for e in entries):
        if signer is None:
            needed = "signing_key_needed" if stored_public_key(session) is not None else "signing_key_missing"
            raise InputError([problem("--key", needed)])
        check_signer(session, signer)
    payloads = []
    for entry in entries:
        held = entry.certificate
        payload = held.payload
        if _to_sign(entry) and signer is not None:
            payload = sign_payload(
                CertificatePayload(held.serial, period.name, entry.awardee.unit.code, held.award_name,
                                   held.decision_number or "", held.recipient_name),
                signer,
            )
            if entry.row is not None:
                entry.row.payload = payload
        payloads.append(payload)
    return payloads
