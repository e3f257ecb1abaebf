"""Certificate authenticity: a short signed payload for the QR code, and reading it back.

A payload names the certificate by its serial and ids only
(``EMUCERT1|12|2026-11|T01|GK|05/Q%C4%90-UBND|7Q2M4XKD9HZ3A5BC``); the verifier looks
the rest up in the register. Fields are percent-encoded UTF-8, so the text is plain ASCII and
a "|" inside a field cannot be taken for a separator. The last field is an HMAC-SHA256 of
everything before it, truncated to 80 bits and written in base32; it is compared in
constant time against the exact text, so changing any character makes the payload fail.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote, unquote

from pypdf import PdfReader

from emulation.text import nfc

PREFIX = "EMUCERT1"
LABEL = "Mã xác thực: "
MAC_BYTES = 10
_SAFE = "-._~/"
_FIELD = r"[A-Za-z0-9%._~/\-]*"
PAYLOAD_RE = re.compile(rf"{PREFIX}\|[0-9]+(?:\|{_FIELD}){{4}}\|[A-Z2-7]{{16}}")
_SERIAL = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class CertificatePayload:
    """What the QR code vouches for: register serial, period, unit code, award, decision."""

    serial: int
    period: str
    unit: str
    award: str
    decision: str


def _encode(value: str) -> str:
    return quote(nfc(value).encode("utf-8"), safe=_SAFE)


def _mac(body: str, secret: bytes) -> str:
    if not secret:
        raise ValueError("the signing secret must not be empty")
    digest = hmac.new(secret, body.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest[:MAC_BYTES]).decode("ascii")


def sign_payload(fields: CertificatePayload, secret: bytes) -> str:
    """The payload text for a certificate, signed with the committee's secret."""
    if fields.serial < 0:
        raise ValueError("a serial number cannot be negative")
    parts = [fields.period, fields.unit, fields.award, fields.decision]
    body = "|".join([PREFIX, str(fields.serial), *(_encode(p) for p in parts)])
    return f"{body}|{_mac(body, secret)}"


def verify_payload(text: str, secret: bytes) -> CertificatePayload | None:
    """The payload's fields when it is genuine and signed with ``secret``; None otherwise."""
    text = text.strip()
    if not text.isascii():
        return None
    body, _, mac = text.rpartition("|")
    parts = body.split("|")
    if len(parts) != 6 or parts[0] != PREFIX or not _SERIAL.fullmatch(parts[1]):
        return None
    if not hmac.compare_digest(_mac(body, secret).encode("ascii"), mac.encode("ascii")):
        return None
    try:
        period, unit, award, decision = (unquote(p, errors="strict") for p in parts[2:])
    except UnicodeDecodeError:
        return None
    return CertificatePayload(int(parts[1]), period, unit, award, decision)


def find_payloads(text: str) -> list[str]:
    """Every payload-looking string in a text, in order."""
    return PAYLOAD_RE.findall(text)


def extract_payloads(pdf: Path | str | BinaryIO) -> list[str]:
    """The payloads printed in a PDF, page by page (unverified: pass each to verify_payload)."""
    reader = PdfReader(pdf)
    found: list[str] = []
    for page in reader.pages:
        found.extend(find_payloads(page.extract_text() or ""))
    return found
