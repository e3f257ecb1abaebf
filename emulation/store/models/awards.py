"""Manual award decisions and the certificate register (sổ vàng)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from emulation.store.models.base import Base
from emulation.store.models.types import utc_now

#: One certificate in force (not revoked) per period, unit and award: a partial unique index
#: (created by the migrations, migration 0004, on SQLite and PostgreSQL alike).
IN_FORCE_INDEX = "uq_certificates_in_force"
IN_FORCE = "revoked_at IS NULL"


class AwardOverride(Base):
    """A committee's decision to include or exclude a unit from the awards."""

    __tablename__ = "award_overrides"
    __table_args__ = (UniqueConstraint("period_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    include: Mapped[bool]
    award_name: Mapped[str | None] = mapped_column(String(255))
    reason: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(255), default="")
    at: Mapped[datetime] = mapped_column(default=utc_now)


class Certificate(Base):
    """An entry of the register: one serial per awardee, reused by reprints and never changed
    after printing, except to record that it was revoked (with the reason and the date)."""

    __tablename__ = "certificates"
    __table_args__ = (
        Index(IN_FORCE_INDEX, "period_id", "unit_id", "award_name", unique=True, sqlite_where=text(IN_FORCE)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[int] = mapped_column(unique=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="RESTRICT"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    award_name: Mapped[str] = mapped_column(String(255))
    recipient_name: Mapped[str] = mapped_column(String(255))
    issued_at: Mapped[datetime] = mapped_column(default=utc_now)
    issued_by: Mapped[str] = mapped_column(String(255), default="")
    decision_number: Mapped[str | None] = mapped_column(String(64))
    decision_date: Mapped[date | None]
    payload: Mapped[str] = mapped_column(Text, default="")
    revoked_at: Mapped[datetime | None]
    revoked_by: Mapped[str | None] = mapped_column(String(255))
    revoke_reason: Mapped[str | None] = mapped_column(Text)


def declare_postgresql_conditions() -> None:
    """Give the partial index its condition for PostgreSQL as well, once a PostgreSQL database is
    opened: naming a PostgreSQL option in the model itself (``postgresql_where``) would make
    SQLAlchemy load its PostgreSQL dialect in every process, on SQLite too."""
    for index in Base.metadata.tables[Certificate.__tablename__].indexes:
        if index.name == IN_FORCE_INDEX:
            index.dialect_options["postgresql"]["where"] = text(IN_FORCE)
