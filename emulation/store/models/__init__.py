"""The database tables, as typed SQLAlchemy models."""

from emulation.store.models.activities import (
    ActivityRecord,
    ActivityTypeRow,
    Indicator,
    MeasureOverride,
    PeriodSpan,
    RegisteredModel,
)
from emulation.store.models.awards import AwardOverride, Certificate
from emulation.store.models.base import NAMING_CONVENTION, Base
from emulation.store.models.criteria import CriteriaSetRow
from emulation.store.models.periods import PERIOD_KINDS, Period, PeriodSource, PeriodUnit
from emulation.store.models.records import AuditEntry, Setting
from emulation.store.models.scores import ROLES, Score, Scorer, VetoMark
from emulation.store.models.types import UTCDateTime, utc_now
from emulation.store.models.units import Unit

__all__ = [
    "NAMING_CONVENTION",
    "PERIOD_KINDS",
    "ROLES",
    "ActivityRecord",
    "ActivityTypeRow",
    "AuditEntry",
    "AwardOverride",
    "Base",
    "Certificate",
    "CriteriaSetRow",
    "Indicator",
    "MeasureOverride",
    "Period",
    "PeriodSource",
    "PeriodSpan",
    "PeriodUnit",
    "RegisteredModel",
    "Score",
    "Scorer",
    "Setting",
    "UTCDateTime",
    "Unit",
    "VetoMark",
    "utc_now",
]
