"""What each role may do: checked by the services before any write, for every front end.

A database without accounts belongs to whoever opens it (the administrator, as a single-user
file always was); once it has accounts, the signed-in account's role decides.
"""

from __future__ import annotations

from enum import StrEnum

from emulation.scoring.problems import problem
from emulation.scoring.roles import Role
from emulation.services.errors import InputError


class Action(StrEnum):
    """Something a role may be allowed to do; its name is a catalogue code ``action.<value>``."""

    CRITERIA = "criteria"
    UNITS = "units"
    SETTINGS = "settings"
    ACCOUNTS = "accounts"
    DEMO = "demo"
    PERIODS = "periods"
    LOCK = "lock"
    SCORE_ANYONE = "score_anyone"
    SCORE_OWN = "score_own"
    VETOES = "vetoes"
    AWARDS = "awards"
    PRINT = "print"
    RECORDS = "records"


class AccountRole(StrEnum):
    ADMIN = "admin"
    SECRETARY = "secretary"
    MEMBER = "member"
    VIEWER = "viewer"


_SECRETARY = frozenset(
    {
        Action.PERIODS,
        Action.LOCK,
        Action.SCORE_ANYONE,
        Action.SCORE_OWN,
        Action.VETOES,
        Action.AWARDS,
        Action.PRINT,
        Action.RECORDS,
    }
)
ALLOWED: dict[AccountRole, frozenset[Action]] = {
    AccountRole.ADMIN: frozenset(Action),
    AccountRole.SECRETARY: _SECRETARY,
    AccountRole.MEMBER: frozenset({Action.SCORE_OWN}),
    AccountRole.VIEWER: frozenset(),
}


#: how each role is named to people
ROLE_CODES = {role: f"role.{role.value}" for role in AccountRole}


class NotAllowed(InputError):
    """The signed-in account's role does not allow this; nothing was written."""


def allows(role: AccountRole | None, action: Action) -> bool:
    return role is not None and action in ALLOWED[role]


def refuse_unless(role: AccountRole | None, action: Action) -> None:
    """Raise :class:`NotAllowed` naming the action and the role when ``role`` may not do it."""
    if role is None:
        raise NotAllowed([problem("", "sign_in_required")])
    if not allows(role, action):
        raise NotAllowed([problem("", "not_allowed", action="action." + action.value, role="role." + role.value)])


def refuse_scoring_unless(role: AccountRole | None, own_scorer: str | None, score_role: Role, scorer: str) -> None:
    """A secretary scores for anyone; a member only as the committee member their account names."""
    if allows(role, Action.SCORE_ANYONE):
        return
    refuse_unless(role, Action.SCORE_OWN)
    if score_role is not Role.MEMBER or not own_scorer or scorer != own_scorer:
        raise NotAllowed([problem("", "not_own_scores", scorer=scorer or score_role.value, own=own_scorer or "")])
