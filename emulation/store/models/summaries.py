"""The database's revision and the periods' stored summaries that are read against it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Text
from sqlalchemy.orm import Mapped, mapped_column

from emulation.store.models.base import Base
from emulation.store.models.types import utc_now


class DataRevision(Base):
    """One row: a number raised by every committed transaction that wrote anything (see ``store.revision``)."""

    __tablename__ = "data_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(BigInteger, default=0)


class PeriodSummaryRow(Base):
    """What the overview shows of a period's result, as it was at ``revision`` of the database.

    Current while the database's revision is still ``revision``; a stale one is only shown as such.
    """

    __tablename__ = "period_summaries"

    period_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    revision: Mapped[int] = mapped_column(BigInteger)
    document: Mapped[str] = mapped_column(Text)
    computed_at: Mapped[datetime] = mapped_column(default=utc_now)
