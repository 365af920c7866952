"""The learning engine and the programme domain: one Django app (label `lms`) in domain packages,
each importing only from those below it (checked by import-linter, pyproject.toml):

    privacy      personal-data copy, forgetting a learner
    reporting    reach, figures, reports, exports, dashboard
    programme    Actions, the one scoping policy, bulk enrolment, "Where we work"
    cascade      multipliers, offline sessions
    learning     learning pages and blocks, cohorts, enrolment, progress, assessments, certificates
    accounts     the User model, sign-up, profile
    core         sanitize, uploads, rate limits, private storage, masking, exceptions

views and admin modules are leaves that may use any package and nothing imports; models.py
re-exports every model;
wagtail_hooks.py imports each package's admin module.
"""
