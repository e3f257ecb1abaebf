"""The plain values the council's documents (ballots, minutes, decision) are rendered from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from emulation.reports.models import AwardListRow


@dataclass(frozen=True)
class BallotLine:
    """A candidate as the ballot lists it."""

    name: str
    parent: str
    award: str


@dataclass(frozen=True)
class Member:
    name: str
    position: str
    present: bool = True


@dataclass(frozen=True)
class VoteLine:
    """A candidate's tally as the minutes print it; ``percent`` of the award's base, 2 decimals."""

    name: str
    parent: str
    award: str
    yes: int
    no: int
    percent: Decimal
    approved: bool


@dataclass(frozen=True)
class Adjustment:
    """A candidate the secretary added or took off, with the reason."""

    name: str
    award: str
    added: bool
    reason: str


@dataclass(frozen=True)
class Minutes:
    period: str
    held_on: date
    members: tuple[Member, ...]
    votes: tuple[VoteLine, ...]
    adjustments: tuple[Adjustment, ...]
    thresholds: tuple[str, ...]  # "Giấy khen: từ 50 % tổng số thành viên Hội đồng trở lên"
    chair: Member | None
    secretary: Member | None

    @property
    def attending(self) -> int:
        return sum(1 for m in self.members if m.present)


@dataclass(frozen=True)
class DecisionText:
    """The commendation decision, its sentences already written (the .docx and the PDF share them)."""

    number: str
    on: date
    subject: str  # "Về việc khen thưởng …"
    authority: str  # "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẢO YÊN"
    bases: tuple[str, ...]
    articles: tuple[tuple[str, str], ...]  # ("Điều 1.", "Tặng Giấy khen cho …")
    recipients: tuple[str, ...]
    rows: tuple[AwardListRow, ...]
    list_title: str
    list_subtitle: str
    attached: str  # "(Kèm theo Quyết định số … ngày …)"
