"""Stored criteria sets, one row per revision."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from emulation.store.models.base import Base
from emulation.store.models.types import utc_now


class CriteriaSetRow(Base):
    """One revision of a criteria set, kept as its canonical JSON document."""

    __tablename__ = "criteria_sets"
    __table_args__ = (
        UniqueConstraint("name", "revision"),
        CheckConstraint("revision >= 1", name="revision_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    revision: Mapped[int] = mapped_column(default=1)
    document: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(32))
    builtin: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    created_by: Mapped[str] = mapped_column(String(255), default="")

    def __repr__(self) -> str:
        return f"CriteriaSetRow(name={self.name!r}, revision={self.revision})"
