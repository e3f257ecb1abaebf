"""The database tables, as typed SQLAlchemy models."""

from emulation.store.models.accounts import ACCOUNT_ROLES, Account, SignIn
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
from emulation.store.models.council import (
    AwardHistory,
    AwardTerms,
    CouncilAttendance,
    CouncilCandidate,
    CouncilMember,
    CouncilSession,
)
from emulation.store.models.criteria import CriteriaSetRow
from emulation.store.models.periods import PERIOD_KINDS, Period, PeriodResult, PeriodSource, PeriodUnit
from emulation.store.models.records import AuditEntry, Setting
from emulation.store.models.scores import ROLES, Score, Scorer, VetoMark
from emulation.store.models.summaries import DataRevision, PeriodSummaryRow
from emulation.store.models.types import UTCDateTime, utc_now
from emulation.store.models.units import Unit

__all__ = [
    "ACCOUNT_ROLES",
    "NAMING_CONVENTION",
    "PERIOD_KINDS",
    "ROLES",
    "Account",
    "ActivityRecord",
    "ActivityTypeRow",
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
    "DataRevision",
    "Indicator",
    "MeasureOverride",
    "Period",
    "PeriodResult",
    "PeriodSource",
    "PeriodSpan",
    "PeriodSummaryRow",
    "PeriodUnit",
    "RegisteredModel",
    "Score",
    "Scorer",
    "Setting",
    "SignIn",
    "UTCDateTime",
    "Unit",
    "VetoMark",
    "utc_now",
]
