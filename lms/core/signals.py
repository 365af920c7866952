"""Signals that cross the domain layers upwards without an import.

`email_verified` is sent by lms.accounts once a person's address is verified (arguments: `user`,
`when`): their enrolments with activity start counting then (lms.learning).

`reach_changed` is sent by a verb that changes what counts as reach with a queryset update (no
post_save is sent then): the reach summaries (lms.reporting.summaries) bring the named people and
sessions up to date, in the same transaction. Arguments: `people` (user ids), `sessions`
(multiplier session ids); either may be empty; `sessions_of_people=True` also refreshes the
sessions of the multipliers among those people (their Action changed)."""

from django.dispatch import Signal

reach_changed = Signal()

email_verified = Signal()
