"""Awards and grades of past years, handed to the award rules as data."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@dataclass(frozen=True, slots=True)
class PastAward:
    """What a unit received (``award``) or was graded (``grade``) in a year."""

    unit_code: str
    year: int
    award: str | None = None
    grade: str | None = None


@dataclass(frozen=True, slots=True)
class HistoryNeed:
    """A rule's demand: ``award`` (or ``grade``) in each of the ``years`` years before the one decided."""

    years: int
    award: str | None = None
    grade: str | None = None


@dataclass(frozen=True)
class History:
    """The past as the rules see it: the year being decided and every earlier record."""

    year: int
    records: tuple[PastAward, ...] = ()

    @classmethod
    def of(cls, year: int, records: Iterable[PastAward]) -> History:
        return cls(year, tuple(records))

    def met(self, unit_code: str, need: HistoryNeed) -> bool:
        """True when the unit has what ``need`` asks for in every one of the years before this one."""
        wanted = set(range(self.year - need.years, self.year))
        return wanted <= self.years_with(unit_code, need)

    def years_with(self, unit_code: str, need: HistoryNeed) -> set[int]:
        award = _key(need.award) if need.award else None
        grade = _key(need.grade) if need.grade else None
        found = set()
        for r in self.records:
            if r.unit_code != unit_code:
                continue
            if award is not None and r.award is not None and _key(r.award) == award:
                found.add(r.year)
            elif grade is not None and r.grade is not None and _key(r.grade) == grade:
                found.add(r.year)
        return found
