"""Models of the learning engine and the programme domain.

- users: the learner account (email login, the profile fields reports group by)
- enrolment: cohorts (key, window, capacity), enrolments, completed steps
- assessment: assessment attempts, graded on the server
- certificates: verifiable certificates
- feedback: the end-of-course survey

Page content lives in the product apps (courses, toolkit); their abstract bases are in lms.pages.
Learning pages are referred to by foreign keys to wagtailcore.Page and, where progress must hold
across languages, by their translation key.
"""

from .assessment import AssessmentAttempt
from .certificates import Certificate
from .enrolment import Cohort, Enrolment, StepCompletion
from .feedback import FEEDBACK_ITEMS, FeedbackResponse
from .users import Gender, Role, User

__all__ = [
    "FEEDBACK_ITEMS",
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
