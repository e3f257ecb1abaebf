"""The revocation list: the register's revoked certificates in a file other offices load.

The list is signed with the committee's Ed25519 key, the key that signs the certificates: an
office verifying with the committee's public key accepts a list only if that key signed it, so
nobody can take a revocation out of the list (or put a false one in) on the way. The list carries
the moment it was made, which ``verify`` shows, so an old list is recognised as old.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from emulation.reports.signing import fingerprint
from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.signing_keys import check_signer, stored_public_key
from emulation.services.workspace import Workspace
from emulation.store import Certificate, Period, Unit

FORMAT = "emulation-revocations/2"
SIGNATURE = "signature"


@dataclass(frozen=True)
class Revoked:
    serial: int
    on: date
    reason: str


@dataclass(frozen=True)
class RevocationList:
    """A revocation list whose signature was checked: when it was made, and what it revokes."""

    made_at: datetime
    revoked: dict[int, Revoked]


def export_revocations(ws: Workspace, path: Path) -> int:
    """Write every revoked certificate (serial, period, unit, award, date, reason), signed with the
    committee's key (``ws.signer``); returns how many."""
    with ws.transaction() as session:
        signer = ws.signer
        if signer is None:
            needed = "revocations_key_needed" if stored_public_key(session) is not None else "signing_key_missing"
            raise InputError([problem("--key", needed)])
        check_signer(session, signer)
        query = (
            select(Certificate, Period.name, Unit.code)
            .join(Period, Period.id == Certificate.period_id)
            .join(Unit, Unit.id == Certificate.unit_id)
            .where(Certificate.revoked_at.is_not(None))
            .order_by(Certificate.serial)
        )
        rows = [
            {"serial": c.serial, "period": period, "unit": unit, "award": c.award_name, "name": c.recipient_name,
             "revoked_on": c.revoked_at.date().isoformat() if c.revoked_at else None, "reason": c.revoke_reason or ""}
            for c, period, unit in session.execute(query)
        ]
    made_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    document: dict[str, Any] = {"format": FORMAT, "key_fingerprint": fingerprint(signer.public_key()),
                                "made_at": made_at, "revoked": rows}
    document[SIGNATURE] = _b64(signer.sign(_signed_bytes(document)))
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return len(rows)


def _signed_bytes(document: dict[str, Any]) -> bytes:
    """What the signature covers: every field but the signature, in one canonical JSON text."""
    content = {k: v for k, v in document.items() if k != SIGNATURE}
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def load_revocations(path: Path, key: Ed25519PublicKey) -> RevocationList:
    """The list :func:`export_revocations` wrote, refused unless ``key`` signed it."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("format")
        signature = base64.b64decode(str(document[SIGNATURE]), validate=True)
    except OSError:
        raise InputError([problem(str(path), "revocations_missing")]) from None
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise InputError([problem(str(path), "revocations_unreadable")]) from None
    try:
        key.verify(signature, _signed_bytes(document))
    except InvalidSignature:
        raise InputError([problem(str(path), "revocations_not_signed", fingerprint=fingerprint(key))]) from None
    try:
        revoked = {
            int(r["serial"]): Revoked(int(r["serial"]), date.fromisoformat(r["revoked_on"]), str(r["reason"]))
            for r in document["revoked"]
        }
        return RevocationList(datetime.fromisoformat(document["made_at"]), revoked)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise InputError([problem(str(path), "revocations_unreadable")]) from None
