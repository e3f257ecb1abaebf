"""The emulation council (Hội đồng Thi đua – Khen thưởng): members, sessions, candidates and votes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from emulation.store.models.base import Base
from emulation.store.models.types import utc_now


class CouncilMember(Base):
    """A member of the council, in the order the minutes list them."""

    __tablename__ = "council_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    position: Mapped[str] = mapped_column(String(255), default="")
    rank: Mapped[int] = mapped_column(default=0, server_default="0")
    active: Mapped[bool] = mapped_column(default=True)


class CouncilSession(Base):
    """The council's meeting on a period (one per period)."""

    __tablename__ = "council_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), unique=True)
    held_on: Mapped[date]
    members_count: Mapped[int]
    opened_by: Mapped[str] = mapped_column(String(255), default="")
    opened_at: Mapped[datetime] = mapped_column(default=utc_now)


class CouncilAttendance(Base):
    """Who was a member at the meeting, by name and position as they were then, and present or not."""

    __tablename__ = "council_attendance"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("council_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    position: Mapped[str] = mapped_column(String(255), default="")
    rank: Mapped[int] = mapped_column(default=0)
    present: Mapped[bool]


class CouncilCandidate(Base):
    """A unit put to the vote for an award: proposed by the rules or added by the secretary."""

    __tablename__ = "council_candidates"
    __table_args__ = (
        UniqueConstraint("session_id", "unit_id"),
        CheckConstraint("origin IN ('proposed', 'added')", name="origin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("council_sessions.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    award_name: Mapped[str] = mapped_column(String(255))
    origin: Mapped[str] = mapped_column(String(16))
    removed: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    yes: Mapped[int | None]
    no: Mapped[int | None]


class AwardTerms(Base):
    """Per award: the vote it needs and the legal bases its decision cites."""

    __tablename__ = "award_terms"

    award_name: Mapped[str] = mapped_column(String(255), primary_key=True)
    vote_share: Mapped[str] = mapped_column(String(16), default="0.5")
    vote_base: Mapped[str] = mapped_column(String(16), default="members")
    legal_bases: Mapped[str] = mapped_column(Text, default="")


class AwardHistory(Base):
    """An award given (or a grade reached) in a year: from this database's decisions or imported."""

    __tablename__ = "award_history"
    __table_args__ = (CheckConstraint("source IN ('decision', 'import')", name="source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    unit_code: Mapped[str] = mapped_column(String(64), index=True)
    unit_name: Mapped[str] = mapped_column(String(255))
    parent_name: Mapped[str] = mapped_column(String(255), default="")
    award_name: Mapped[str | None] = mapped_column(String(255))
    grade: Mapped[str | None] = mapped_column(String(255))
    source: Mapped[str] = mapped_column(String(16))
    period_name: Mapped[str] = mapped_column(String(255), default="")
    decision_number: Mapped[str] = mapped_column(String(64), default="")
    recorded_by: Mapped[str] = mapped_column(String(255), default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utc_now)
