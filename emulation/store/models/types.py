"""Reusable column types."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from emulation.store.clock import utc_now

__all__ = ["UTCDateTime", "utc_now"]


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored in UTC and read back aware in UTC.

    PostgreSQL keeps it as ``timestamp with time zone``; SQLite, which has no
    time zones, keeps the UTC wall time. Naive datetimes are refused, so a local
    time can never be saved as if it were UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: give it a time zone")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
