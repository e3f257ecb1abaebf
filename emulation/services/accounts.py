"""Accounts on a shared database: add, list, change password or role, disable; sign in.

Passwords are hashed with Argon2 (argon2-cffi). The command line keeps a sign-in between runs as
a random token whose SHA-256 alone is stored in the database (see :mod:`emulation.services.sign_in_file`).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.permissions import AccountRole, Action
from emulation.services.scorer_name import scorer_name
from emulation.services.workspace import Identity, Workspace, has_accounts
from emulation.store import pg_roles, record
from emulation.store.models import Account, SignIn, utc_now
from emulation.text import nfc

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_PASSWORD = 8
SIGN_IN_DAYS = 30


@cache
def _hasher() -> PasswordHasher:
    """Argon2, loaded when a password is set or checked (most commands never touch one)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@dataclass(frozen=True)
class AccountInfo:
    login: str
    name: str
    role: AccountRole
    scorer: str | None
    active: bool


def list_accounts(ws: Workspace) -> list[AccountInfo]:
    with ws.transaction(Action.ACCOUNTS) as session:
        rows = session.scalars(select(Account).order_by(Account.login)).all()
        return [_info(a) for a in rows]


def add_account(
    ws: Workspace, login: str, name: str, role: str, password: str, scorer: str | None = None
) -> AccountInfo:
    """A new account; the first one of a database must be an administrator (who then signs in)."""
    login, name = nfc(login).strip().lower(), nfc(name).strip()
    chosen = _role(role)
    _check_password(password)
    if not login or not login.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise InputError([problem("login", "login_invalid", login=login)])
    if chosen is AccountRole.MEMBER and not (scorer or "").strip():
        raise InputError([problem("--scorer", "member_needs_scorer")])
    with ws.transaction(Action.ACCOUNTS) as session:
        first = not has_accounts(session)
        if first and chosen is not AccountRole.ADMIN:
            raise InputError([problem("--role", "first_account_admin")])
        if session.scalar(select(Account).where(Account.login == login)) is not None:
            raise InputError([problem("login", "login_taken", login=login)])
        if _on_postgresql(session) and pg_roles.login_serves_another_database(session.connection(), login):
            raise InputError([problem("login", "login_taken_on_server", login=login, role=pg_roles.role_name(login))])
        account = Account(
            login=login,
            name=name or login,
            role=chosen.value,
            scorer=scorer_name(scorer) if scorer else None,
            password_hash=_hasher().hash(password),
            active=True,
        )
        session.add(account)
        if _on_postgresql(session):
            pg_roles.create_login(session.connection(), login, password, chosen.value)
        record(session, who=ws.user, action="add", entity="account", field=login, new=chosen.value)
        info = _info(account)
    if first:  # the owner who switches the database to accounts goes on as its administrator
        ws.accounts, ws.identity = True, _identity(account)
    return info


def change_account(
    ws: Workspace, login: str, *, role: str | None = None, password: str | None = None, active: bool | None = None
) -> AccountInfo:
    with ws.transaction(Action.ACCOUNTS) as session:
        account = _find(session, login)
        if role is not None:
            old, account.role = account.role, _role(role).value
            if _on_postgresql(session):
                pg_roles.set_group(session.connection(), account.login, account.role)
            record(
                session, who=ws.user, action="edit", entity="account", field=account.login, old=old, new=account.role
            )
        if password is not None:
            _check_password(password)
            account.password_hash = _hasher().hash(password)
            if _on_postgresql(session):
                pg_roles.set_password(session.connection(), account.login, password)
            session.execute(delete(SignIn).where(SignIn.account_id == account.id))
            record(session, who=ws.user, action="password", entity="account", field=account.login)
        if active is not None:
            account.active = active
            if _on_postgresql(session):
                pg_roles.set_active(session.connection(), account.login, active)
            if not active:
                session.execute(delete(SignIn).where(SignIn.account_id == account.id))
            record(
                session, who=ws.user, action="enable" if active else "disable", entity="account", field=account.login
            )
        session.flush()
        if not session.scalar(
            select(func.count())
            .select_from(Account)
            .where(Account.active.is_(True), Account.role == AccountRole.ADMIN.value)
        ):
            raise InputError([problem(login, "last_admin")])
        return _info(account)


def sign_in(ws: Workspace, login: str, password: str) -> Identity:
    """Check the password and make the account the workspace's identity."""
    with ws.db.session() as session:
        account = session.scalar(select(Account).where(Account.login == nfc(login).strip().lower()))
        if account is None or not account.active or not _verify(account.password_hash, password):
            raise InputError([problem("", "sign_in_failed")])
        identity = _identity(account)
    ws.identity = identity
    return identity


def issue_token(ws: Workspace) -> str:
    """A token that keeps the signed-in account across command-line runs."""
    token = secrets.token_urlsafe(32)
    with ws.db.session() as session:
        account = session.scalar(select(Account).where(Account.login == ws.identity.login))
        if account is None:
            raise InputError([problem("", "sign_in_required")])
        session.add(
            SignIn(
                account_id=account.id, token_hash=_digest(token), expires_at=utc_now() + timedelta(days=SIGN_IN_DAYS)
            )
        )
    return token


def resume(ws: Workspace, token: str | None = None) -> Workspace:
    """Sign ``ws`` in without a password when it can be: connected with an account's own
    PostgreSQL role, or holding a sign-in token the command line kept."""
    if not ws.accounts:
        return ws
    with ws.db.session() as session:
        identity = identity_from_connection(session) or (identity_from_token(session, token) if token else None)
    if identity is not None:
        ws.identity = identity
    return ws


def identity_from_token(session: Session, token: str) -> Identity | None:
    row = session.execute(
        select(Account, SignIn.expires_at)
        .join(SignIn, SignIn.account_id == Account.id)
        .where(SignIn.token_hash == _digest(token))
    ).first()
    if row is None or not row[0].active or row[1] < utc_now():
        return None
    return _identity(row[0])


def forget_token(ws: Workspace, token: str) -> None:
    with ws.db.session() as session:
        session.execute(delete(SignIn).where(SignIn.token_hash == _digest(token)))


def identity_from_connection(session: Session) -> Identity | None:
    """On PostgreSQL, the account whose own database role this connection signed in with."""
    if not _on_postgresql(session):
        return None
    login = pg_roles.account_login(session.connection())
    account = session.scalar(select(Account).where(Account.login == login)) if login else None
    return _identity(account) if account is not None and account.active else None


def _on_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _identity(account: Account) -> Identity:
    return Identity(
        login=account.login,
        user=f"{account.name} ({account.login})",
        role=AccountRole(account.role),
        scorer=account.scorer,
    )


def _info(account: Account) -> AccountInfo:
    return AccountInfo(account.login, account.name, AccountRole(account.role), account.scorer, account.active)


def _find(session: Session, login: str) -> Account:
    account = session.scalar(select(Account).where(Account.login == nfc(login).strip().lower()))
    if account is None:
        raise InputError([problem("login", "no_such_account", login=login)])
    return account


def _role(role: str) -> AccountRole:
    try:
        return AccountRole(role)
    except ValueError:
        raise InputError([problem("--role", "role_invalid", role=role)]) from None


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InputError([problem("password", "password_short", min=MIN_PASSWORD)])


def _verify(hashed: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
