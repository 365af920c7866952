"""One enrolment path: self, key, invitation and bulk enrolment apply the same rules (lms.learning
.services), so the way a learner came in never changes their cohort, Action or generation. A bulk
import invites; the listed person is enrolled when they accept (accept_invitation)."""

import pytest

from lms.cascade import services as cascade
from lms.core import exceptions
from lms.learning import services as learning
from lms.models import CohortInvitation, Enrolment
from lms.programme.bulk import (
    BulkImportError,
    check_plan,
    import_enrolments,
    parse_enrolment_csv,
    plan_enrolment,
)
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_actions(make_course, make_cohort, make_action):
    course, _lessons, _assessment = make_course("key")
    first = make_cohort(course, name="First", enrolment_key="FIRST-1", action=make_action("First Action"))
    second = make_cohort(course, name="Second", enrolment_key="SECOND-1", action=make_action("Second Action"))
    return course, first, second


def import_people(cohort, *users):
    """A coordinator's import of `users` into `cohort`, and each of them accepting the invitation."""
    rows = parse_enrolment_csv(
        ("email,full_name\n" + "".join(f"{u.email},{u.full_name}\n" for u in users)).encode()
    )
    counts = import_enrolments(cohort, rows, by=None)
    for user in users:
        learning.accept_invitation(
            CohortInvitation.objects.get(cohort=cohort, email=user.email.lower()), user
        )
    return counts


@pytest.mark.parametrize("way_back", ["key", "bulk"])
def test_a_returning_learner_keeps_their_cohort_and_action_whichever_way_they_return(two_actions, way_back):
    """Withdrawn from the first Action's cohort, then brought back through the second's key or
    a bulk import into it: the learner returns to the first cohort and Action, with progress."""
    course, first, second = two_actions
    learner = factories.UserFactory()
    enrolment, _created = learning.enrol(learner, course, key="FIRST-1")
    learning.withdraw(enrolment)
    if way_back == "key":
        learning.enrol(learner, course, key="SECOND-1")
    else:
        import_people(second, learner)
    enrolment.refresh_from_db()
    assert (enrolment.status, enrolment.cohort, enrolment.action) == (
        Enrolment.Status.ACTIVE,
        first,
        first.action,
    )
    assert Enrolment.objects.filter(user=learner).count() == 1


@pytest.mark.parametrize("way_back", ["key", "bulk"])
def test_a_returning_self_enrolled_learner_joins_the_cohort_and_its_action(
    make_course, make_cohort, make_action, way_back
):
    """A learner who had enrolled alone (no cohort, no Action) and withdrew joins the cohort they
    come back through, and its Action, by key and by import alike."""
    course, _lessons, _assessment = make_course("open")
    cohort = make_cohort(course, enrolment_key="JOIN-1", action=make_action())
    learner = factories.UserFactory()
    enrolment, _created = learning.enrol(learner, course)
    learning.withdraw(enrolment)
    if way_back == "key":
        learning.enrol(learner, course, key="JOIN-1")
    else:
        import_people(cohort, learner)
    enrolment.refresh_from_db()
    assert (enrolment.cohort, enrolment.action, enrolment.generation) == (cohort, cohort.action, 1)


def test_bulk_and_key_enrolment_make_the_same_enrolment(two_actions):
    """Enrolled by key or by import into the same cohort, two learners get the same cohort, Action,
    generation and status; only the source differs."""
    course, first, _second = two_actions
    by_key, _created = learning.enrol(factories.UserFactory(), course, key="FIRST-1")
    listed = factories.UserFactory()
    import_people(first, listed)
    by_import = Enrolment.objects.get(user=listed)
    fields = ("cohort_id", "action_id", "generation", "trained_by_id", "status", "course_key")
    assert [getattr(by_import, f) for f in fields] == [getattr(by_key, f) for f in fields]
    assert (by_key.source, by_import.source) == (Enrolment.Source.KEY, Enrolment.Source.BULK)


def test_importing_into_a_multipliers_invitation_is_refused(make_course, make_cohort, make_action, finish):
    """Colleagues join a multiplier's invitation themselves; a coordinator's list cannot put people
    in the multiplier's cascade, nor invite them to it. The dry run says so and the import writes
    nothing."""
    course, _lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, enrolment_key="TT-1", action=make_action())
    trainee, _created = learning.enrol(factories.UserFactory(), course, key="TT-1")
    invitation = cascade.become_multiplier(finish(trainee)).invitation_cohort
    colleague = factories.UserFactory()
    rows = parse_enrolment_csv(f"email,full_name\n{colleague.email},{colleague.full_name}\n".encode())
    with pytest.raises(BulkImportError, match="personal invitation"):
        check_plan(invitation, plan_enrolment(invitation, rows))
    before = Enrolment.objects.count()
    with pytest.raises(BulkImportError, match="personal invitation"):
        import_enrolments(invitation, rows, by=None)
    with pytest.raises(exceptions.InvitationNotImportable):
        learning.enrol_listed([colleague], invitation)
    with pytest.raises(exceptions.InvitationNotImportable):
        learning.invite_listed([colleague.email], invitation)
    assert Enrolment.objects.count() == before
    assert not CohortInvitation.objects.exists()
