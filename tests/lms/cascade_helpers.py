"""Steps of the cascade that many tests take: a multiplier confirmed by a coordinator, and the
sessions they claimed confirmed, through the same verbs staff use."""

from lms.cascade import services as cascade
from lms.models import MultiplierSession
from tests import factories


def certified(enrolment):
    """A multiplier confirmed by a coordinator: their invitation works and they may record sessions."""
    return cascade.confirm_multiplier(
        cascade.become_multiplier(enrolment), by=factories.UserFactory(is_staff=True)
    )


def confirm_all_sessions():
    """Every claimed session confirmed, as a coordinator would after checking them."""
    reviewer = factories.UserFactory(is_staff=True)
    for session in MultiplierSession.objects.filter(status=MultiplierSession.Status.REPORTED):
        cascade.review_session(session, by=reviewer, decision=MultiplierSession.Status.CONFIRMED)
