"""Signals of the cascade's verbs, sent inside their transaction (receivers that reach outside
the database, such as lms.notifications, wait for the commit).

`multiplier_confirmed` / `multiplier_revoked` (argument: multiplier) and `session_reviewed`
(argument: session, its status the decision)."""

from django.dispatch import Signal

multiplier_confirmed = Signal()
multiplier_revoked = Signal()
session_reviewed = Signal()
