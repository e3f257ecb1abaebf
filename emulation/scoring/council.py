"""The council's vote: a threshold per award, a tally per candidate, exact percentages."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from emulation.scoring.problems import Problem, problem

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


class VoteBase(StrEnum):
    """What the share is taken of: every member of the council, or those at the meeting."""

    MEMBERS = "members"
    ATTENDING = "attending"


@dataclass(frozen=True, slots=True)
class Threshold:
    """Approved when the "yes" votes are at least ``share`` (0 < share ≤ 1) of the base."""

    share: Decimal = Decimal("0.5")
    base: VoteBase = VoteBase.MEMBERS


@dataclass(frozen=True, slots=True)
class Tally:
    yes: int
    no: int


@dataclass(frozen=True, slots=True)
class VoteResult:
    tally: Tally
    base_count: int
    percent: Decimal  # of the base, 2 decimals, half-up
    approved: bool


def vote_result(tally: Tally, threshold: Threshold, *, members: int, attending: int) -> VoteResult:
    """Compare the exact share of "yes" with the threshold; the percent is only for printing."""
    base = members if threshold.base is VoteBase.MEMBERS else attending
    if base <= 0:
        return VoteResult(tally, base, Decimal(0), False)
    percent = (Decimal(tally.yes) * HUNDRED / base).quantize(CENT, rounding=ROUND_HALF_UP)
    return VoteResult(tally, base, percent, Decimal(tally.yes) >= threshold.share * base)


def tally_problems(where: str, tally: Tally, attending: int) -> list[Problem]:
    """A tally cannot be negative nor hold more ballots than members present."""
    if tally.yes < 0 or tally.no < 0:
        return [problem(where, "council_tally_negative")]
    if tally.yes + tally.no > attending:
        return [problem(where, "council_tally_too_many", votes=tally.yes + tally.no, attending=attending)]
    return []


def threshold_problems(where: str, share: Decimal) -> list[Problem]:
    if not Decimal(0) < share <= 1:
        return [problem(where, "council_share_range", value=str(share))]
    return []
