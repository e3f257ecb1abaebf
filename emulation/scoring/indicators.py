"""Indicators (chỉ tiêu): a unit's target for a year, what it achieved, and the verdict."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Verdict(StrEnum):
    EXCEEDED = "exceeded"  # vượt
    MET = "met"  # đạt
    MISSED = "missed"  # không đạt


VERDICT_LABELS = {Verdict.EXCEEDED: "Vượt", Verdict.MET: "Đạt", Verdict.MISSED: "Không đạt"}


def verdict(target: Decimal, achieved: Decimal | None) -> Verdict | None:
    """Vượt above the target, đạt at it, không đạt below; None while nothing is achieved yet."""
    if achieved is None:
        return None
    if achieved > target:
        return Verdict.EXCEEDED
    return Verdict.MET if achieved == target else Verdict.MISSED


@dataclass(frozen=True, slots=True)
class Tally:
    """"33/33 chỉ tiêu đạt, 20/33 vượt": ``met`` counts the exceeded ones too."""

    total: int
    met: int
    exceeded: int

    def count(self, which: str) -> int:
        return {"total": self.total, "met": self.met, "exceeded": self.exceeded}[which]


def tally(verdicts: Iterable[Verdict | None]) -> Tally:
    items = list(verdicts)
    exceeded = sum(1 for v in items if v is Verdict.EXCEEDED)
    met = exceeded + sum(1 for v in items if v is Verdict.MET)
    return Tally(len(items), met, exceeded)
