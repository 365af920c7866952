"""Writing Wagtail's audit log for changes to figures.

Wagtail's site history lists every entry of a model to all staff with any permission on that
model, whatever our scoping policy says: so an entry's title names the record by its kind and
number ("multiplier session #12"), never by a learner's name; the object's own History (scoped)
shows the record itself."""

from wagtail.log_actions import log


def log_change(instance, log_action, *, user=None, **data):
    title = f"{instance._meta.verbose_name} #{instance.pk}"
    return log(instance, log_action, user=user, title=title, data=data)
