"""The open database and who is working on it: what every use case receives."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from emulation.store import Database


def current_user() -> str:
    """The operator's name for the audit log: ``EMULATION_USER``, else the login name."""
    name = os.environ.get("EMULATION_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


@dataclass
class Workspace:
    db: Database
    user: str
    #: The committee's private key once unlocked for this session (never stored anywhere).
    signer: Ed25519PrivateKey | None = None

    @classmethod
    def open(cls, target: str | None = None, user: str | None = None) -> Workspace:
        return cls(Database.open(target), user or current_user())

    @contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Session]:
        """One use case, one transaction: all of it or none of it.

        ``write``: a use case that writes to a period; it checks the period's lock holding it
        (see :func:`emulation.services.lookup.writable_period`).
        """
        with self.db.session(write=write) as session:
            yield session

    def close(self) -> None:
        self.db.dispose()
