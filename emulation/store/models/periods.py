"""Scoring periods, the units they score and the periods a summary draws on."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emulation.store.models.base import Base
from emulation.store.models.criteria import CriteriaSetRow
from emulation.store.models.types import utc_now

PERIOD_KINDS = ("month", "quarter", "year", "other")


class Period(Base):
    """A month, quarter or year scored with one frozen copy of a criteria set."""

    __tablename__ = "periods"
    __table_args__ = (
        CheckConstraint("kind IN ('month', 'quarter', 'year', 'other')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(32), default="other")
    criteria_set_id: Mapped[int] = mapped_column(
        ForeignKey("criteria_sets.id", ondelete="RESTRICT"), index=True
    )
    criteria_document: Mapped[str] = mapped_column(Text)
    criteria_fingerprint: Mapped[str] = mapped_column(String(32))
    is_summary: Mapped[bool] = mapped_column(default=False)
    skip_missing: Mapped[bool] = mapped_column(default=False)
    locked: Mapped[bool] = mapped_column(default=False)
    locked_by: Mapped[str | None] = mapped_column(String(255))
    locked_at: Mapped[datetime | None]
    decision_number: Mapped[str | None] = mapped_column(String(64))
    decision_date: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    criteria_set: Mapped[CriteriaSetRow] = relationship()

    def __repr__(self) -> str:
        return f"Period(name={self.name!r}, kind={self.kind!r})"


class PeriodUnit(Base):
    """A unit scored in a period."""

    __tablename__ = "period_units"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class PeriodSource(Base):
    """A member period of a summary period, in order."""

    __tablename__ = "period_sources"

    summary_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class PeriodResult(Base):
    """A period's result as it stood when it was locked: the record every later read uses.

    Released (never deleted) when the period is unlocked, with who, when and why.
    """

    __tablename__ = "period_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    document: Mapped[str] = mapped_column(Text)
    frozen_at: Mapped[datetime] = mapped_column(default=utc_now)
    frozen_by: Mapped[str] = mapped_column(String(255))
    released_at: Mapped[datetime | None]
    released_by: Mapped[str | None] = mapped_column(String(255))
    release_reason: Mapped[str | None] = mapped_column(Text)
