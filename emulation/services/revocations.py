"""The revocation list: the register's revoked certificates in a file other offices load."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from emulation.reports.signing import fingerprint
from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.signing_keys import stored_public_key
from emulation.services.workspace import Workspace
from emulation.store import Certificate, Period, Unit

FORMAT = "emulation-revocations/1"


@dataclass(frozen=True)
class Revoked:
    serial: int
    on: date
    reason: str


def export_revocations(ws: Workspace, path: Path) -> int:
    """Write every revoked certificate (serial, period, unit, award, date, reason); returns how many."""
    with ws.transaction() as session:
        key = stored_public_key(session)
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
    document = {"format": FORMAT, "key_fingerprint": fingerprint(key) if key else None, "revoked": rows}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return len(rows)


def load_revocations(path: Path) -> dict[int, Revoked]:
    """serial → revocation, from a file :func:`export_revocations` wrote."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError(document.get("format"))
        return {
            int(r["serial"]): Revoked(int(r["serial"]), date.fromisoformat(r["revoked_on"]), str(r["reason"]))
            for r in document["revoked"]
        }
    except OSError:
        raise InputError([problem(str(path), "revocations_missing")]) from None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise InputError([problem(str(path), "revocations_unreadable")]) from None
