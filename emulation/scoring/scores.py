"""Entered scores: who gave which raw value to which unit's leaf."""

from __future__ import annotations

from dataclasses import dataclass

from emulation.scoring.entries import RawValue
from emulation.scoring.roles import Role

__all__ = ["ROLE_LABELS", "Role", "ScoreEntry"]

#: Vietnamese names of the roles, as the committee says them.
ROLE_LABELS = {Role.SELF: "Tự chấm", Role.MEMBER: "Thành viên hội đồng", Role.OFFICIAL: "Thẩm định"}


@dataclass(frozen=True, slots=True)
class ScoreEntry:
    unit_code: str
    leaf_code: str
    role: Role
    scorer: str
    raw: RawValue
