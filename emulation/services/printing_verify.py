"""Is this certificate genuine? A payload (typed or scanned from the QR code) or a PDF.

The payload's Ed25519 signature must verify with the issuer's public key: this database's, or a
key file another office exported (``public_key``), so no database is needed at all. When the
database is the issuer's (it holds that same key) its register must hold the serial with the same
fields, not revoked; an exported revocation list (``revocations``) tells other offices the same.
A PDF is read as printed: the QR code is decoded from each rendered page, and the signed name
(whole words), award, decision and serial must be visible on that page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pypdfium2 import PdfiumError
from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.i18n import say
from emulation.reports.page_reading import read_pages
from emulation.reports.signing import LEGACY_PREFIX, PREFIX, CertificatePayload, fingerprint, verify_payload
from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.revocations import Revoked, load_revocations
from emulation.services.signing_keys import stored_public_key
from emulation.services.workspace import Workspace
from emulation.store import Certificate, Period, Unit
from emulation.text import format_date, nfc


@dataclass(frozen=True)
class Verified:
    """One certificate's verdict, with what its signed code says."""

    payload: str
    genuine: bool
    reason: str | None = None
    serial: int | None = None
    unit_code: str | None = None
    unit_name: str | None = None
    period: str | None = None
    award: str | None = None
    decision_number: str | None = None
    decision_date: date | None = None
    page: int | None = None
    revoked_on: date | None = None
    note: str | None = None  #: what a genuine page could not show (the award of a blank printed beforehand)


@dataclass(frozen=True)
class Verification:
    """The verdicts for what was given: one payload, or every certificate found in a PDF."""

    source: str
    certificates: tuple[Verified, ...]
    reason: str | None = None
    revocations_made_at: datetime | None = None  #: when the revocation list that was checked was made

    @property
    def genuine(self) -> bool:
        return bool(self.certificates) and all(c.genuine for c in self.certificates)

    @property
    def why_not(self) -> str | None:
        """The first reason this is not genuine; None when it is."""
        return self.reason or next((c.reason for c in self.certificates if not c.genuine), None)


CERT_FIELD_CODES = {
    name: f"cert_field.{name}" for name in ("period", "unit", "name", "award", "decision", "serial")
}


@dataclass(frozen=True)
class _Found:
    page: int | None
    payload: str
    visible: str | None


def verify(ws: Workspace | None, text_or_pdf: str, *, public_key: Ed25519PublicKey | None = None,
           revocations: Path | None = None) -> Verification:
    """Check a payload, or the path of a PDF (each page's QR code and visible text)."""
    given = text_or_pdf.strip()
    found = [_Found(None, given, None)] if given.startswith((PREFIX, LEGACY_PREFIX)) else _pdf_codes(Path(given))
    if not found:
        return Verification(given, (), say("verify_no_code"))
    if ws is None:
        if public_key is None:
            return Verification(given, (), say("verify_no_key"))
        listed = load_revocations(revocations, public_key) if revocations else None
        revoked = listed.revoked if listed else {}
        return Verification(given, tuple(_check(None, public_key, revoked, f) for f in found),
                            revocations_made_at=listed.made_at if listed else None)
    with ws.transaction() as session:
        own = stored_public_key(session)
        key = public_key or own
        if key is None:
            return Verification(given, (), say("verify_no_key"))
        listed = load_revocations(revocations, key) if revocations else None
        revoked = listed.revoked if listed else {}
        issuer = own is not None and fingerprint(own) == fingerprint(key)
        return Verification(given, tuple(_check(session if issuer else None, key, revoked, f) for f in found),
                            revocations_made_at=listed.made_at if listed else None)


def _pdf_codes(path: Path) -> list[_Found]:
    if not path.is_file():
        raise InputError([problem(str(path), "verify_not_found")])
    try:
        return [_Found(p.number, code, p.visible_text) for p in read_pages(path) for code in p.codes]
    except (PdfiumError, OSError, ValueError):
        raise InputError([problem(str(path), "verify_not_pdf")]) from None


def _check(session: Session | None, key: Ed25519PublicKey, revoked: dict[int, Revoked], f: _Found) -> Verified:
    if f.payload.startswith(LEGACY_PREFIX):
        return Verified(f.payload, False, say("verify_legacy"), page=f.page)
    fields = verify_payload(f.payload, key)
    if fields is None:
        return Verified(f.payload, False, say("verify_forged", fingerprint=fingerprint(key)), page=f.page)
    found = Verified(f.payload, True, None, fields.serial, fields.unit, fields.name, fields.period, fields.award,
                     fields.decision, page=f.page)
    if session is not None:
        found = _against_register(session, fields, found)
    elif fields.serial in revoked:
        r = revoked[fields.serial]
        found = replace(found, genuine=False, revoked_on=r.on,
                        reason=say("verify_revoked", date=format_date(r.on), reason=r.reason))
    if found.genuine and f.visible is not None:
        visible = _words(f.visible)
        on_blank = _on_blank(fields.award, visible)
        if on_blank:
            found = replace(found, note=say("verify_award_on_blank", award=fields.award))
        differs = _page_differs(fields, visible, on_blank)
        if differs:
            reason = say("verify_page_differs", field=say(CERT_FIELD_CODES[differs]), page=f.page or 0)
            return replace(found, genuine=False, reason=reason)
    return found


def _against_register(session: Session, fields: CertificatePayload, found: Verified) -> Verified:
    row = session.scalar(select(Certificate).where(Certificate.serial == fields.serial))
    if row is None:
        return replace(found, genuine=False, reason=say("verify_not_in_register", serial=fields.serial))
    period, unit = session.get(Period, row.period_id), session.get(Unit, row.unit_id)
    held = CertificatePayload(row.serial, period.name if period else "", unit.code if unit else "", row.award_name,
                              row.decision_number or "", row.recipient_name)
    found = replace(found, decision_date=row.decision_date)
    names = [n for n in ("period", "unit", "name", "award", "decision")
             if nfc(getattr(held, n)) != nfc(getattr(fields, n))]
    if names:
        what = ", ".join(say(CERT_FIELD_CODES[n]) for n in names)
        return replace(found, genuine=False, reason=say("verify_register_differs", serial=row.serial, fields=what))
    if row.revoked_at is not None:
        on = row.revoked_at.date()
        return replace(found, genuine=False, revoked_on=on,
                       reason=say("verify_revoked", date=format_date(on), reason=row.revoke_reason or ""))
    return found


def _words(text: str) -> str:
    return " ".join(nfc(text).casefold().split())


def _shows(visible: str, wanted: str) -> bool:
    """Whether ``wanted`` is printed as whole words ("Tổ dân phố 3" is not in "Tổ dân phố 30")."""
    return re.search(rf"(?<!\w){re.escape(_words(wanted))}(?!\w)", visible) is not None


#: the titles of awards (Luật Thi đua, khen thưởng): a page printed on a blank shows none of them, the
#: blank carries its title already; a page that shows one must show the signed award
AWARD_TITLES = ("giấy khen", "bằng khen", "cờ thi đua", "chiến sĩ thi đua", "lao động tiên tiến", "huân chương",
                "huy chương", "danh hiệu", "biểu dương", "khen thưởng")


def _on_blank(award: str, visible: str) -> bool:
    """Whether a page (its words) shows no award title at all: printed on a blank that carries it."""
    return not _shows(visible, award) and not any(_shows(visible, title) for title in AWARD_TITLES)


def _page_differs(fields: CertificatePayload, visible: str, on_blank: bool) -> str | None:
    """The first signed field the page (its words) does not show as signed: name, award (unless the
    page is printed on a blank), decision or serial."""
    if not fields.name or not _shows(visible, fields.name):
        return "name"
    if not on_blank and not _shows(visible, fields.award):
        return "award"
    if not any(nfc(n) == nfc(fields.decision).casefold() for n in re.findall(r"quyết định số\s+(\S+)", visible)):
        return "decision"
    serials = {int(n) for n in re.findall(r"số vào sổ:?\s*(\d+)(?!\w)", visible)}
    if serials != {fields.serial}:
        return "serial"
    return None
