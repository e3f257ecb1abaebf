"""Activity records and their types, the "Dân vận khéo" models register, indicators, and
what measures need from a period: its dates and the scorers' overrides of measured values."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from emulation.store.models.base import Base
from emulation.store.models.types import utc_now


class ActivityTypeRow(Base):
    """A committee's record type; ``fields`` is its list of fields as JSON."""

    __tablename__ = "activity_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    fields: Mapped[str] = mapped_column(Text)
    builtin: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class ActivityRecord(Base):
    """What a unit did on a day; ``values`` holds the type's fields as JSON text."""

    __tablename__ = "activity_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("activity_types.id", ondelete="RESTRICT"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    on: Mapped[date] = mapped_column(index=True)
    values: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(255), default="")
    entered_at: Mapped[datetime] = mapped_column(default=utc_now)


class RegisteredModel(Base):
    """A "Dân vận khéo" model of the register (sổ mô hình)."""

    __tablename__ = "dvk_models"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    field: Mapped[str] = mapped_column(String(128))
    year: Mapped[int]
    status: Mapped[str] = mapped_column(String(32), default="registered")
    stopped_year: Mapped[int | None]
    evidence: Mapped[str | None] = mapped_column(Text)


class Indicator(Base):
    """A target (chỉ tiêu) of a unit for a year and what it achieved, as exact decimal text."""

    __tablename__ = "indicators"
    __table_args__ = (UniqueConstraint("unit_id", "year", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    year: Mapped[int]
    name: Mapped[str] = mapped_column(String(255))
    target: Mapped[str] = mapped_column(String(64))
    achieved: Mapped[str | None] = mapped_column(String(64))


class PeriodSpan(Base):
    """The dates a period covers, for the measures that count records."""

    __tablename__ = "period_spans"

    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), primary_key=True)
    starts_on: Mapped[date]
    ends_on: Mapped[date]


class MeasureOverride(Base):
    """A scorer's value typed over a measured one, with the reason."""

    __tablename__ = "measure_overrides"

    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), primary_key=True, index=True)
    leaf_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    raw_value: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(255), default="")
    at: Mapped[datetime] = mapped_column(default=utc_now)
