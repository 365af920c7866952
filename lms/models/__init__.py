"""Models of the learning engine and the programme domain.

- users: the learner account (email login, the profile fields reports group by)
- actions: Actions with their partner institutions and activities (a clusterable snippet)
- enrolment: cohorts (key, window, capacity), enrolments, completed steps
- assessment: assessment attempts, graded on the server
- certificates: verifiable certificates
- feedback: the end-of-course survey
- multipliers: multipliers and the sessions they give offline
- exports: report spreadsheets built in the background

Page content lives in the product apps (courses, toolkit); their abstract bases are in lms.pages.
Learning pages are referred to by foreign keys to wagtailcore.Page and, where progress must hold
across languages, by their translation key.
"""

from .actions import (
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
from .assessment import AssessmentAttempt
from .certificates import Certificate
from .enrolment import Cohort, Enrolment, StepCompletion
from .exports import ReportExport
from .feedback import FEEDBACK_ITEMS, FeedbackResponse
from .multipliers import Multiplier, MultiplierSession
from .users import Gender, Role, User

__all__ = [
    "FEEDBACK_ITEMS",
    "Action",
    "ActionActivity",
    "ActionPartner",
    "ActionStatus",
    "ActionType",
    "ActivityType",
    "Multiplier",
    "MultiplierSession",
    "Phase",
    "Region",
    "ReportExport",
    "ThematicArea",
    "AssessmentAttempt",
    "Certificate",
    "Cohort",
    "Enrolment",
    "FeedbackResponse",
    "Gender",
    "Role",
    "StepCompletion",
    "User",
]
