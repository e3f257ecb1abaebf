"""Printing: the commendation decision of a period and its certificates (giấy khen).

Every certificate takes its serial from the register in the same transaction that renders the
PDF; the file is moved into place only after that transaction committed, so a batch that fails
midway registers nothing and leaves no file. The other documents and verification live in
``printing_documents`` and ``printing_verify``, and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from emulation.i18n.audit import coded
from emulation.reports.certificates import render_calibration_page, render_certificates
from emulation.reports.layout import CertificateLayout
from emulation.scoring.problems import Param
from emulation.services.errors import InputError
from emulation.services.lookup import period_for_writing, period_named
from emulation.services.permissions import Action
from emulation.services.printing_certificates import awardees_of, certificate_data
from emulation.services.printing_layout import certificate_layout
from emulation.services.printing_output import serial_ranges, staged_output
from emulation.services.printing_register import Entry, register, sign_entries, write_new
from emulation.services.printing_settings import decision_of, issuer_of
from emulation.services.workspace import Workspace
from emulation.store import get_setting, record
from emulation.text import format_date, nfc

if TYPE_CHECKING:
    from emulation.services.printing_documents import Printed, print_award_list, print_report, print_score_forms
    from emulation.services.printing_verify import Verification, Verified, verify

#: Re-exported, loaded when first asked for: printing certificates needs neither the page-layout
#: machinery of the other documents nor the PDF reader of verification.
_LAZY = {
    "Printed": "printing_documents", "print_award_list": "printing_documents", "print_report": "printing_documents",
    "print_score_forms": "printing_documents", "Verification": "printing_verify", "Verified": "printing_verify",
    "verify": "printing_verify",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"emulation.services.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Printed",
    "PrintedCertificates",
    "Verification",
    "Verified",
    "print_award_list",
    "print_certificates",
    "print_report",
    "print_score_forms",
    "set_decision",
    "verify",
]

MAX_NUMBER = 64


@dataclass(frozen=True)
class PrintedCertificates:
    """A printed batch: where, how many pages, and the serials (in page order)."""

    path: Path
    pages: int
    serials: tuple[int, ...]
    new: int

    @property
    def reprinted(self) -> int:
        return len(self.serials) - self.new


def set_decision(ws: Workspace, period_name: str, number: str, on: date | None = None) -> tuple[str, date]:
    """Record the period's commendation decision: its number and date (None: today).

    A number given as digits alone ("05") takes the ``decision_prefix`` setting ("05/QĐ-UBND").
    Allowed on a locked period: the decision is made once the results are final, i.e. after
    locking, and changes no score, rank or award. Certificates already registered keep the
    decision they were printed under until they are reprinted.
    """
    number = nfc(number)
    if not number:
        raise InputError.single("number", "decision_number_missing")
    when = on or date.today()
    with ws.transaction(Action.PERIODS) as session:
        if number.isdigit():
            number = f"{number}/{get_setting(session, 'decision_prefix')}"
        if len(number) > MAX_NUMBER:
            raise InputError.single("number", "decision_number_too_long", limit=MAX_NUMBER)
        period = period_named(session, period_name)
        old = _decision_text(period.decision_number, period.decision_date)
        period.decision_number, period.decision_date = number, when
        new = _decision_text(number, when)
        if old != new:
            record(session, who=ws.user, action="decision", entity="period", period_name=period.name,
                   field="decision", old=old, new=new)
    return number, when


def _decision_text(number: str | None, on: date | None) -> str | None:
    if not number:
        return None
    return f"{number} ngày {format_date(on)}" if on else number


def print_certificates(
    ws: Workspace, period_name: str, out: Path, *, award: str | None = None, overlay: bool = False,
    calibration: bool = False, signer: Ed25519PrivateKey | None = None,
) -> PrintedCertificates:
    """One certificate a page for the period's awardees (``award``: only those of that award).

    ``signer`` (the committee's private key, else ``ws.signer``) signs the new entries' QR codes; a reprint of
    entries already in the register needs none. ``calibration`` prints the overlay
    calibration page instead, taking no serial.
    """
    if calibration:
        return _calibration(ws, out)
    with staged_output(out) as temp, ws.transaction(Action.PRINT) as session:
        period = period_for_writing(session, period_name)
        decision = decision_of(session, period)
        issuer, layout = issuer_of(session), certificate_layout(session)
        awardees, lines = awardees_of(session, period, award)
        entries = register(session, period, awardees, decision, ws.user)
        payloads = sign_entries(session, entries, period, signer or ws.signer)
        try:
            write_new(session, period, entries, payloads, ws.user)
        except IntegrityError:
            raise InputError.single("register", "register_busy") from None
        certs = certificate_data(session, period, lines, entries, payloads, decision)
        pages = render_certificates(temp, certs, issuer, layout, mode="overlay" if overlay else "full")
        _audit(session, ws.user, period.name, entries, overlay)
    return PrintedCertificates(out, pages, tuple(e.certificate.serial for e in entries),
                               sum(e.new for e in entries))


def _calibration(ws: Workspace, out: Path) -> PrintedCertificates:
    with ws.transaction(Action.PRINT) as session:
        layout: CertificateLayout = certificate_layout(session)
    with staged_output(out) as temp:
        pages = render_calibration_page(temp, layout)
    return PrintedCertificates(out, pages, (), 0)


def _audit(session: Session, who: str, period: str, entries: Sequence[Entry], overlay: bool) -> None:
    serials = [e.certificate.serial for e in entries]
    fresh = [e.certificate.serial for e in entries if e.new]
    params: dict[str, Param] = {"count": len(entries), "serials": serial_ranges(serials)}
    if len(fresh) != len(serials):
        params.update(new=len(fresh), fresh=serial_ranges(fresh) if fresh else "—")
        code = "audit_detail.print_blanks_reprint" if overlay else "audit_detail.print_reprint"
    else:
        code = "audit_detail.print_blanks" if overlay else "audit_detail.print"
    detail = coded(code, **params)
    record(session, who=who, action="print", entity="certificate", period_name=period, detail=detail)
