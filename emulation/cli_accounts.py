"""Command line: accounts of a shared database, signing in and out."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from emulation.i18n import say
from emulation.services.permissions import AccountRole
from emulation.services.sign_in_file import keep_token, token_for

if TYPE_CHECKING:
    from emulation.services.workspace import Workspace

ROLES = [r.value for r in AccountRole]


def add_parsers(sub: argparse._SubParsersAction) -> None:
    li = sub.add_parser("login", help=say("cli_help.login"))
    li.add_argument("login")
    li.add_argument("--password-stdin", action="store_true", help=say("cli_help.password_stdin"))
    sub.add_parser("logout", help=say("cli_help.logout"))
    sub.add_parser("whoami", help=say("cli_help.whoami"))
    ac = sub.add_parser("accounts", help=say("cli_help.accounts")).add_subparsers(
        dest="action", required=True
    )
    ac.add_parser("list")
    add = ac.add_parser("add", help=say("cli_help.accounts_add"))
    add.add_argument("login")
    add.add_argument("--name", default="")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--scorer", help=say("cli_help.accounts_scorer"))
    add.add_argument("--password-stdin", action="store_true")
    st = ac.add_parser("set", help=say("cli_help.accounts_set"))
    st.add_argument("login")
    st.add_argument("--role", choices=ROLES)
    st.add_argument("--password", action="store_true", help=say("cli_help.accounts_password"))
    st.add_argument("--password-stdin", action="store_true")
    on = st.add_mutually_exclusive_group()
    on.add_argument("--disable", action="store_true")
    on.add_argument("--enable", action="store_true")


def signed_in(ws: Workspace) -> Workspace:
    """The workspace as the account this user signed in with (a database with accounts only)."""
    from emulation.services import accounts

    return accounts.resume(ws, token_for(ws.db.url) if ws.accounts else None)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(say("password_prompt"))


def do_login(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import accounts

    identity = accounts.sign_in(ws, args.login, _password(args))
    keep_token(ws.db.url, accounts.issue_token(ws))
    print(say("signed_in", user=identity.user, role=f"role.{identity.role}"))


def do_logout(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import accounts

    token = token_for(ws.db.url)
    if token:
        accounts.forget_token(ws, token)
    keep_token(ws.db.url, None)
    print(say("signed_out"))


def do_whoami(ws: Workspace, args: argparse.Namespace) -> None:
    role = f"role.{ws.role}" if ws.role else "role.viewer"
    print(say("who_am_i", user=ws.user, role=role))


def do_accounts(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import accounts

    if args.action == "list":
        rows = accounts.list_accounts(ws)
        if not rows:
            print(say("accounts_none"))
        for a in rows:
            state = "" if a.active else " ×"
            scorer = f" [{a.scorer}]" if a.scorer else ""
            print(f"{a.login}\t{a.name}\t{say('role.' + a.role)}{scorer}{state}")
    elif args.action == "add":
        info = accounts.add_account(ws, args.login, args.name, args.role, _password(args), args.scorer)
        print(say("accounts_added", login=info.login, role=f"role.{info.role}"))
    else:
        active = True if args.enable else False if args.disable else None
        password = _password(args) if (args.password or args.password_stdin) else None
        info = accounts.change_account(ws, args.login, role=args.role, password=password, active=active)
        print(say("accounts_changed", login=info.login, role=f"role.{info.role}"))


HANDLERS: dict[str, Callable[[Workspace, argparse.Namespace], None]] = {
    "login": do_login,
    "logout": do_logout,
    "whoami": do_whoami,
    "accounts": do_accounts,
}
