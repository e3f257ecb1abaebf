"""Persistence: SQLAlchemy models, the database and its migrations, settings and audit log."""

from emulation.store.audit import audit_row, record, record_many
from emulation.store.database import Database
from emulation.store.errors import ForeignDatabaseError, NewerDatabaseError, StoreError
from emulation.store.location import database_url, default_database_path
from emulation.store.models import (
    AuditEntry,
    AwardOverride,
    Base,
    Certificate,
    CriteriaSetRow,
    Period,
    PeriodSource,
    PeriodUnit,
    Score,
    Scorer,
    Setting,
    Unit,
    UTCDateTime,
    VetoMark,
    utc_now,
)
from emulation.store.settings import all_settings, get_setting, set_setting

__all__ = [
    "AuditEntry",
    "AwardOverride",
    "Base",
    "Certificate",
    "CriteriaSetRow",
    "Database",
    "ForeignDatabaseError",
    "NewerDatabaseError",
    "Period",
    "PeriodSource",
    "PeriodUnit",
    "Score",
    "Scorer",
    "Setting",
    "StoreError",
    "UTCDateTime",
    "Unit",
    "VetoMark",
    "all_settings",
    "audit_row",
    "database_url",
    "default_database_path",
    "get_setting",
    "record",
    "record_many",
    "set_setting",
    "utc_now",
]
