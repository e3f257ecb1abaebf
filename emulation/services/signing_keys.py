"""The committee's signing key: the private key in a passphrase-protected file outside the
database, the public key in the database and in an exported file any office can load."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
    load_pem_public_key,
)
from sqlalchemy.orm import Session

from emulation.reports.signing import fingerprint, public_key_bytes
from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import Setting, record, set_setting

PUBLIC_KEY = "certificate_public_key"
MIN_PASSPHRASE = 8


def _refuse(where: str, code: str, **params: str | int) -> InputError:
    return InputError([problem(where, code, **params)])


def stored_public_key(session: Session) -> Ed25519PublicKey | None:
    row = session.get(Setting, PUBLIC_KEY)
    if row is None or not row.value:
        return None
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(row.value))


def create_key(ws: Workspace, path: Path, passphrase: str) -> str:
    """Make the committee's key pair: the private key to ``path``, the public key into the
    database. Returns the fingerprint. Refused when the database already has a key."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise _refuse("passphrase", "key_passphrase_short", min=MIN_PASSPHRASE)
    if path.exists():
        raise _refuse(str(path), "key_file_exists")
    key = Ed25519PrivateKey.generate()
    with ws.transaction(Action.SETTINGS) as session:
        if stored_public_key(session) is not None:
            raise _refuse(PUBLIC_KEY, "signing_key_exists")
        set_setting(session, PUBLIC_KEY, base64.b64encode(public_key_bytes(key.public_key())).decode("ascii"))
        pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(passphrase.encode()))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pem)
        path.chmod(0o600)
        done = fingerprint(key.public_key())
        record(session, who=ws.user, action="signing_key", entity="setting", field=PUBLIC_KEY, new=done)
    return done


def load_private_key(path: Path, passphrase: str) -> Ed25519PrivateKey:
    """The private key in ``path``, unlocked with ``passphrase``."""
    return private_key_from(path, lambda: passphrase)


def private_key_from(path: Path, ask: Callable[[], str]) -> Ed25519PrivateKey:
    """The private key in ``path``, unlocked with the passphrase ``ask`` gives once the file has
    been read (a missing file is told before anyone is asked for a passphrase)."""
    try:
        data = path.read_bytes()
    except OSError:
        raise _refuse(str(path), "key_file_missing") from None
    passphrase = ask()
    try:
        key = load_pem_private_key(data, passphrase.encode() if passphrase else None)
    except TypeError:
        raise _refuse(str(path), "key_passphrase_wrong") from None
    except ValueError as exc:
        code = "key_passphrase_wrong" if b"ENCRYPTED" in data else "key_file_unreadable"
        raise _refuse(str(path), code) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise _refuse(str(path), "key_file_unreadable")
    return key


def check_signer(session: Session, key: Ed25519PrivateKey) -> None:
    """Refuse a private key whose public half is not this database's."""
    stored = stored_public_key(session)
    if stored is None:
        raise _refuse(PUBLIC_KEY, "signing_key_missing")
    if public_key_bytes(stored) != public_key_bytes(key.public_key()):
        raise _refuse("--key", "signing_key_other", fingerprint=fingerprint(stored))


def key_fingerprint(ws: Workspace) -> str | None:
    with ws.transaction() as session:
        key = stored_public_key(session)
    return fingerprint(key) if key is not None else None


def export_public_key(ws: Workspace, path: Path) -> str:
    """Write the public key (PEM) for other offices; returns its fingerprint."""
    with ws.transaction() as session:
        key = stored_public_key(session)
    if key is None:
        raise _refuse(PUBLIC_KEY, "signing_key_missing")
    path.write_bytes(key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo))
    return fingerprint(key)


def load_public_key(path: Path) -> Ed25519PublicKey:
    """A public key exported by :func:`export_public_key`."""
    try:
        key = load_pem_public_key(path.read_bytes())
    except OSError:
        raise _refuse(str(path), "key_file_missing") from None
    except ValueError:
        raise _refuse(str(path), "key_file_unreadable") from None
    if not isinstance(key, Ed25519PublicKey):
        raise _refuse(str(path), "key_file_unreadable")
    return key
