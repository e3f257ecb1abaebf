"""Certificate authenticity: a payload for the QR code signed with Ed25519, and reading it back.

A payload names the certificate — register serial, period, unit code, recipient's name, award
and decision (``EMUCERT2|12|2026-11|T01|Th%C3%B4n%20A|GK|05/Q%C4%90-UBND|<signature>``).
Fields are percent-encoded UTF-8, so the text is plain ASCII and a "|" inside a field cannot be
taken for a separator. The last field is the Ed25519 signature of everything before it, in
unpadded base64url: only the holder of the private key can make one, and anyone holding the
public key can check it, without the issuer's database.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote, unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from emulation.text import nfc

PREFIX = "EMUCERT2"
LEGACY_PREFIX = "EMUCERT1"
LABEL = "Mã xác thực"
_SAFE = "-._~/"
_FIELD = r"[A-Za-z0-9%._~/\-]*"
_SIGNATURE = r"[A-Za-z0-9_\-]{86}"
PAYLOAD_RE = re.compile(rf"{PREFIX}\|[0-9]+(?:\|{_FIELD}){{5}}\|{_SIGNATURE}")
_SERIAL = re.compile(r"[0-9]+")
_FIELDS = 7


@dataclass(frozen=True)
class CertificatePayload:
    """What the QR code vouches for: serial, period, unit code, award, decision, recipient's name."""

    serial: int
    period: str
    unit: str
    award: str
    decision: str
    name: str = ""


def _encode(value: str) -> str:
    return quote(nfc(value).encode("utf-8"), safe=_SAFE)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def sign_payload(fields: CertificatePayload, key: Ed25519PrivateKey) -> str:
    """The payload text for a certificate, signed with the committee's private key."""
    if fields.serial < 0:
        raise ValueError("a serial number cannot be negative")
    parts = [fields.period, fields.unit, fields.name, fields.award, fields.decision]
    body = "|".join([PREFIX, str(fields.serial), *(_encode(p) for p in parts)])
    return f"{body}|{_b64(key.sign(body.encode('ascii')))}"


def verify_payload(text: str, key: Ed25519PublicKey) -> CertificatePayload | None:
    """The payload's fields when its signature verifies with ``key``; None otherwise."""
    text = text.strip()
    if not text.isascii():
        return None
    body, _, signature = text.rpartition("|")
    parts = body.split("|")
    if len(parts) != _FIELDS or parts[0] != PREFIX or not _SERIAL.fullmatch(parts[1]):
        return None
    if not re.fullmatch(_SIGNATURE, signature):
        return None
    try:
        raw = base64.urlsafe_b64decode(signature + "==")
        if _b64(raw) != signature:  # unused low bits set: another text for the same bytes
            return None
        key.verify(raw, body.encode("ascii"))
        period, unit, name, award, decision = (unquote(p, errors="strict") for p in parts[2:])
    except (InvalidSignature, ValueError, UnicodeDecodeError):
        return None
    return CertificatePayload(int(parts[1]), period, unit, award, decision, name)


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(key: Ed25519PublicKey) -> str:
    """A public key's fingerprint as people compare it: "3F2A 9C41 …" (SHA-256, first 16 bytes)."""
    digest = hashlib.sha256(public_key_bytes(key)).hexdigest().upper()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def find_payloads(text: str) -> list[str]:
    """Every payload-looking string in a text, in order (a payload printed over several lines
    is read across them)."""
    return PAYLOAD_RE.findall(re.sub(r"[ \t]*\n[ \t]*", "", text))


def extract_payloads(pdf: Path | str | BinaryIO) -> list[str]:
    """The payloads of the QR codes printed in a PDF, page by page (unverified: pass each to
    verify_payload)."""
    from emulation.reports.page_reading import read_pages  # PDFium and the decoder: only for reading back

    return [code for page in read_pages(pdf) for code in page.codes if code.startswith(PREFIX)]
