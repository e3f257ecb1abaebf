"""Who scores: the unit itself, a member of the committee, the official who checks."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SELF = "self"
    MEMBER = "member"
    OFFICIAL = "official"
