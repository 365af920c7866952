"""The invitation a visitor opened before they had signed in: kept in their session, so that every
way into an account — the invitation page's own buttons, the header's "Create an account", the
sign-in page's sign-up link, a password chosen from an email — ends on that invitation, and an
account created meanwhile joins it (trained by the multiplier, for their Action)."""

from django.urls import reverse

from lms.core import exceptions

from . import services
from .models import Cohort

SESSION_KEY = "lms:pending-invitation"


def remember(request, *, url, token=None):
    """Keep the invitation at `url`; `token`: a multiplier's or cohort's join token, which an
    account created from now on joins at once."""
    request.session[SESSION_KEY] = {"url": url, "token": token or ""}


def pending(request):
    """{"url", "token"} of the invitation kept in this visitor's session, or None."""
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return None
    return session[SESSION_KEY]


def forget(request):
    request.session.pop(SESSION_KEY, None)


def invitation_cohort(token):
    """The cohort of a join link whose course is live, or None."""
    cohort = (
        Cohort.objects.filter(invitation_token=token)
        .select_related("container", "action", "owner__enrolment__user", "owner__enrolment__action")
        .first()
    )
    if cohort is None or not cohort.container.live:
        return None
    return cohort


def join_pending(request, user):
    """After an account was created: enrol it through the invitation kept in the session.
    Returns (enrolment or None, error message or None, the invitation's URL or None)."""
    kept = pending(request)
    if kept is None:
        return None, None, None
    if not kept["token"]:
        # A coordinator's invitation to a listed address: answered on its own page.
        return None, None, kept["url"]
    forget(request)
    cohort = invitation_cohort(kept["token"])
    if cohort is None:
        return None, exceptions.InvalidInvitation.message, kept["url"]
    try:
        enrolment, _created = services.enrol(
            user, cohort.container.specific.localized, invitation=kept["token"]
        )
    except exceptions.LearningError as error:
        return None, error.message, reverse("lms:join", args=[kept["token"]])
    return enrolment, None, kept["url"]
