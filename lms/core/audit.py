"""Writing Wagtail's audit log for changes to figures.

Wagtail's site history lists every entry of a model to all staff with any permission on that
model, whatever our scoping policy says: so an entry's title names the record by its kind and
number ("multiplier session #12"), never by a learner's name; the object's own History (scoped)
shows the record itself.

Every entry names the Action whose figures it changes (`action`, an id or None) in its data, so
that the "Reach changes" report filters and scopes entries by Action without reading the objects
they are about."""

from django.utils.translation import gettext
from wagtail.log_actions import log


def log_change(instance, log_action, *, action, user=None, **data):
    """Log `log_action` on `instance`; `action` is the id of the Action whose reach it changes
    (None when it counts for none). Required, so that no caller forgets it."""
    title = f"{instance._meta.verbose_name} #{instance.pk}"
    return log(instance, log_action, user=user, title=title, data={"action": action, **data})


def actor(entry):
    """Who made a logged change, as staff should read it: the staff member's name, or the role of
    a learner who acted on their own record (never their name: see above)."""
    if entry.user_id is not None:
        return entry.user.get_full_name() or entry.user.get_username()
    if "multiplier" in (entry.data or {}):
        return gettext("the multiplier")
    if entry.action == "lms.enrolment.withdraw":
        return gettext("the learner")
    return gettext("Relais (automatic)")
