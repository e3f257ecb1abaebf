"""The open database and who is working on it: what every use case receives."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from emulation.scoring.problems import problem
from emulation.services.errors import DatabaseBusy
from emulation.services.operator import current_user
from emulation.services.permissions import AccountRole, Action, refuse_unless
from emulation.store import Database
from emulation.store.models import Account
from emulation.store.plain_sqlite import is_lock_message

__all__ = ["DatabaseBusy", "Identity", "Workspace", "current_user", "has_accounts", "is_busy", "owner"]

if TYPE_CHECKING:  # the cryptography library is loaded only when a key is used
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def is_busy(exc: OperationalError) -> bool:
    """SQLite's "database is locked" (after its busy timeout) or PostgreSQL's lock timeout."""
    return is_lock_message(str(exc.orig))


def has_accounts(session: Session) -> bool:
    """Whether the database has an active account (then everyone works signed in)."""
    return bool(session.scalar(select(func.count()).select_from(Account).where(Account.active.is_(True))))


@dataclass(frozen=True)
class Identity:
    """Who is working: the audit log's name, the role, and for a member the scorer they are."""

    login: str | None
    user: str
    role: AccountRole | None
    scorer: str | None = None


def owner(user: str | None = None) -> Identity:
    """The owner of a database without accounts: its administrator."""
    return Identity(login=None, user=user or current_user(), role=AccountRole.ADMIN)


@dataclass
class Workspace:
    db: Database
    identity: Identity = field(default_factory=owner)
    #: a database with accounts needs a signed-in account for everything
    accounts: bool = False
    #: The committee's private key once unlocked for this session (never stored anywhere).
    signer: Ed25519PrivateKey | None = None

    @classmethod
    def open(cls, target: str | None = None, user: str | None = None) -> Workspace:
        db = Database.open(target)
        with db.session() as session:
            accounts = has_accounts(session)
        identity = Identity(login=None, user=user or current_user(), role=None) if accounts else owner(user)
        return cls(db, identity, accounts)

    @property
    def user(self) -> str:
        return self.identity.user

    @property
    def role(self) -> AccountRole | None:
        return self.identity.role

    @contextmanager
    def transaction(self, action: Action | None = None, *, write: bool = False, wait: bool = True) -> Iterator[Session]:
        """One use case, one transaction: all of it or none of it.

        ``action`` names what the use case writes; the signed-in role must allow it. Reading
        needs no action, but a database with accounts is read by signed-in accounts only. A use
        case that writes (an ``action``, or ``write``) takes SQLite's write lock when it begins,
        so what it checks (a period's lock) cannot change before it commits; without ``wait``,
        one that finds another writer holding that lock is refused at once (busy) instead of
        waiting for it.
        """
        if action is not None:
            refuse_unless(self.role, action)
        elif self.accounts and self.role is None:
            refuse_unless(None, Action.PERIODS)
        try:
            with self.db.session(write=write or action is not None, wait=wait) as session:
                yield session
        except OperationalError as exc:
            if not is_busy(exc):
                raise
            raise DatabaseBusy([problem("", "database_busy")]) from None

    def close(self) -> None:
        self.db.dispose()
