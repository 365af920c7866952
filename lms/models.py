"""Every model of the `lms` app, re-exported from the domain package that defines it, so that
Django finds them under the one app label and code outside `lms` has one address to import from.
Code inside `lms` imports from the defining package (lms.learning.models…), which keeps the
layers that import-linter checks honest."""

from lms.accounts.models import Gender, Role, User
from lms.cascade.models import Multiplier, MultiplierSession, SessionCheckIn
from lms.core.masking import KeptPattern
from lms.core.periods import PeriodException, ReportingPeriod
from lms.learning.models import (
    FEEDBACK_ITEMS,
    AssessmentAttempt,
    Certificate,
    Cohort,
    CohortInvitation,
    Enrolment,
    EnrolmentMode,
    FeedbackResponse,
    StepCompletion,
)
from lms.notifications.models import Preference, SentMessage
from lms.programme.models import (
    Action,
    ActionActivity,
    ActionPartner,
    ActionStatus,
    ActionType,
    ActivityType,
    Phase,
    Region,
    ThematicArea,
)
from lms.reporting.models import ReachContribution, ReachSummary, ReportExport

__all__ = [
    "FEEDBACK_ITEMS",
    "Action",
    "ActionActivity",
    "ActionPartner",
    "ActionStatus",
    "ActionType",
    "ActivityType",
    "AssessmentAttempt",
    "Certificate",
    "Cohort",
    "CohortInvitation",
    "Enrolment",
    "EnrolmentMode",
    "FeedbackResponse",
    "Gender",
    "KeptPattern",
    "Multiplier",
    "MultiplierSession",
    "PeriodException",
    "Preference",
    "Phase",
    "ReachContribution",
    "ReachSummary",
    "Region",
    "ReportExport",
    "ReportingPeriod",
    "SentMessage",
    "Role",
    "SessionCheckIn",
    "StepCompletion",
    "ThematicArea",
    "User",
]
