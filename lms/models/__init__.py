"""Models of the learning engine and the programme domain.

- users: the learner account (email login, the profile fields reports group by)

Page content lives in the product apps (courses, toolkit); their abstract bases are in lms.pages.
"""

from .users import Gender, Role, User

__all__ = ["Gender", "Role", "User"]
