"""Persistence: SQLAlchemy models, the database and its migrations, settings and audit log.

The package's names are imported from their modules when first used, so that what needs only its
light parts (the database's location, the errors of opening it: the command line's help, its
refusals) does not load SQLAlchemy and the models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from emulation.store.audit import audit_row, record, record_many
    from emulation.store.database import Database
    from emulation.store.errors import ForeignDatabaseError, NewerDatabaseError, StoreError
    from emulation.store.location import database_url, default_database_path
    from emulation.store.models import (
        AuditEntry,
        AwardHistory,
        AwardOverride,
        AwardTerms,
        Base,
        Certificate,
        CouncilAttendance,
        CouncilCandidate,
        CouncilMember,
        CouncilSession,
        CriteriaSetRow,
        Period,
        PeriodResult,
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

#: the names of the package, by the module they come from
_NAMES = {
    "audit": ("audit_row", "record", "record_many"),
    "database": ("Database",),
    "errors": ("ForeignDatabaseError", "NewerDatabaseError", "StoreError"),
    "location": ("database_url", "default_database_path"),
    "models": ("AuditEntry", "AwardHistory", "AwardOverride", "AwardTerms", "Base", "Certificate",
               "CouncilAttendance", "CouncilCandidate", "CouncilMember", "CouncilSession", "CriteriaSetRow",
               "Period", "PeriodResult", "PeriodSource", "PeriodUnit", "Score", "Scorer", "Setting", "Unit",
               "UTCDateTime", "VetoMark", "utc_now"),
    "settings": ("all_settings", "get_setting", "set_setting"),
}
_HOMES = {name: module for module, names in _NAMES.items() for name in names}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "AuditEntry",
    "AwardHistory",
    "AwardOverride",
    "AwardTerms",
    "Base",
    "Certificate",
    "CouncilAttendance",
    "CouncilCandidate",
    "CouncilMember",
    "CouncilSession",
    "CriteriaSetRow",
    "Database",
    "ForeignDatabaseError",
    "NewerDatabaseError",
    "Period",
    "PeriodResult",
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
