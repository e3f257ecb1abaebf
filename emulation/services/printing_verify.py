"""Is this certificate genuine? A payload (typed or scanned from the QR code) or a PDF.

Genuine means both: the payload's signature verifies with this database's secret, and the
register holds its serial for the same period, unit, award and decision. A PDF is checked page
by page, and each page must also print the recipient's name that the register holds.
A reason is a fault without a place (:class:`Problem`), rendered by the catalogue where it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.reports.signing import PREFIX, CertificatePayload, find_payloads, verify_payload
from emulation.scoring.problems import Problem, problem
from emulation.services.errors import InputError
from emulation.services.printing_settings import signing_secret
from emulation.services.workspace import Workspace
from emulation.store import Certificate, Period, Unit
from emulation.text import nfc

FORGED = problem("", "verify_forged")
_DIFFERS = {"period": "verify_differs_period", "unit": "verify_differs_unit", "award": "verify_differs_award",
            "decision": "verify_differs_decision"}


@dataclass(frozen=True)
class Verified:
    """One certificate's verdict; who and what it is when the register knows its serial."""

    payload: str
    genuine: bool
    reason: Problem | None = None
    serial: int | None = None
    unit_code: str | None = None
    unit_name: str | None = None
    period: str | None = None
    award: str | None = None
    decision_number: str | None = None
    decision_date: date | None = None
    page: int | None = None


@dataclass(frozen=True)
class Verification:
    """The verdicts for what was given: one payload, or every certificate found in a PDF."""

    source: str
    certificates: tuple[Verified, ...]
    reason: Problem | None = None

    @property
    def genuine(self) -> bool:
        return bool(self.certificates) and all(c.genuine for c in self.certificates)

    @property
    def why_not(self) -> Problem | None:
        """The first reason this is not genuine; None when it is."""
        return self.reason or next((c.reason for c in self.certificates if not c.genuine), None)


def verify(ws: Workspace, text_or_pdf: str) -> Verification:
    """Check a payload, or the path of a PDF (each page's payload)."""
    given = text_or_pdf.strip()
    if given.startswith(PREFIX):
        pages: list[tuple[int | None, str, str | None]] = [(None, given, None)]
    else:
        pages = [(i, p, text) for i, text in _pdf_pages(Path(given)) for p in find_payloads(text)]
        if not pages:
            return Verification(given, (), problem("", "verify_no_payload"))
    with ws.transaction() as session:
        secret = signing_secret(session)
        return Verification(given, tuple(_check(session, secret, *page) for page in pages))


def _pdf_pages(path: Path) -> list[tuple[int, str]]:
    if not path.is_file():
        raise InputError.single(str(path), "verify_not_code_nor_pdf")
    try:
        reader = PdfReader(path)
        return [(i, page.extract_text() or "") for i, page in enumerate(reader.pages, start=1)]
    except (PyPdfError, OSError, ValueError) as exc:
        raise InputError.single(str(path), "verify_pdf_unreadable", detail=exc.__class__.__name__) from None


def _check(session: Session, secret: bytes, page: int | None, payload: str, text: str | None) -> Verified:
    fields = verify_payload(payload, secret)
    if fields is None:
        return Verified(payload, False, FORGED, page=page)
    row = session.scalar(select(Certificate).where(Certificate.serial == fields.serial))
    if row is None:
        return Verified(payload, False, problem("", "verify_serial_unknown", serial=fields.serial), page=page)
    period, unit = session.get(Period, row.period_id), session.get(Unit, row.unit_id)
    found = Verified(
        payload, True, None, row.serial, unit.code if unit else None, row.recipient_name,
        period.name if period else None, row.award_name, row.decision_number, row.decision_date, page,
    )
    differs = _difference(fields, found)
    if differs:
        what, ours = differs
        return replace(found, genuine=False, reason=problem("", _DIFFERS[what], serial=row.serial, value=ours))
    if text is not None and nfc(row.recipient_name) not in " ".join(nfc(text).split()):
        reason = problem("", "verify_name_not_printed", page=page or 0, name=row.recipient_name, serial=row.serial)
        return replace(found, genuine=False, reason=reason)
    return found


def _difference(fields: CertificatePayload, found: Verified) -> tuple[str, str] | None:
    """The first detail the register holds otherwise than the printed code: (what, the register's)."""
    pairs = (
        ("period", fields.period, found.period),
        ("unit", fields.unit, found.unit_code),
        ("award", fields.award, found.award),
        ("decision", fields.decision, found.decision_number or ""),
    )
    return next(((what, ours or "") for what, theirs, ours in pairs if nfc(theirs) != nfc(ours or "")), None)
