"""Scores entered for units, the committee members who give them, and vetoes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from emulation.store.models.base import Base
from emulation.store.models.types import utc_now

ROLES = ("self", "member", "official")


class Scorer(Base):
    """A committee member known by name."""

    __tablename__ = "scorers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class Score(Base):
    """One scorer's raw entry for one leaf criterion of one unit in one period.

    ``raw_value`` is kept as entered in canonical form: an exact decimal string
    such as ``"8.5"``, or a level label.
    """

    __tablename__ = "scores"
    __table_args__ = (
        UniqueConstraint("period_id", "unit_id", "leaf_code", "role", "scorer"),
        CheckConstraint("role IN ('self', 'member', 'official')", name="role"),
        # who scored a period in a role, and one scorer's values; role first: a read of a whole
        # period is never planned on it
        Index("ix_scores_role_period_scorer", "role", "period_id", "scorer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    leaf_code: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    scorer: Mapped[str] = mapped_column(String(255), default="")
    raw_value: Mapped[str] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(255), default="")
    entered_at: Mapped[datetime] = mapped_column(default=utc_now)

    def __repr__(self) -> str:
        return (
            f"Score(period_id={self.period_id}, unit_id={self.unit_id}, "
            f"leaf={self.leaf_code!r}, role={self.role!r}, value={self.raw_value!r})"
        )


class VetoMark(Base):
    """A veto condition found to hold for a unit in a period."""

    __tablename__ = "veto_marks"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    veto_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    set_by: Mapped[str] = mapped_column(String(255), default="")
    set_at: Mapped[datetime] = mapped_column(default=utc_now)
