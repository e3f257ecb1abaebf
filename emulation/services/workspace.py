"""The open database and who is working on it: what every use case receives."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

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

    @classmethod
    def open(cls, target: str | None = None, user: str | None = None) -> Workspace:
        return cls(Database.open(target), user or current_user())

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case, one transaction: all of it or none of it."""
        with self.db.session() as session:
            yield session

    def close(self) -> None:
        self.db.dispose()
