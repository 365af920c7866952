"""Enrolment rules (lms.learning.learning.enrol): modes, keys, cohort windows and capacity, uniqueness,
withdrawal and return, and one enrolment across the languages of a course."""

import pytest
from django.db import IntegrityError, transaction

from lms.core import exceptions
from lms.learning import services as learning
from lms.models import Enrolment, StepCompletion
from tests import factories

from .conftest import days

pytestmark = pytest.mark.django_db


def test_open_course_enrols_in_one_step_and_only_once(learner, make_course):
    """An open course enrols without a key, as self-enrolled and in no cohort; enrolling again
    returns the same enrolment."""
    course, _lessons, _assessment = make_course("open")
    enrolment, created = learning.enrol(learner, course)
    assert created and enrolment.source == Enrolment.Source.SELF and enrolment.cohort is None
    again, created = learning.enrol(learner, course)
    assert (again.pk, created) == (enrolment.pk, False)


def test_one_enrolment_per_learner_and_course_is_a_database_rule(learner, make_course):
    """The database itself refuses a second enrolment of a learner in a course."""
    course, _lessons, _assessment = make_course()
    learning.enrol(learner, course)
    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(user=learner, container=course, course_key=course.translation_key)


def test_key_course_needs_the_right_key(learner, make_course, make_cohort):
    """A key course refuses no key, a wrong key and a blank one; its cohort's key, in any case and
    with spaces around, enrols into that cohort."""
    course, _lessons, _assessment = make_course("key")
    cohort = make_cohort(course, enrolment_key="ABCD-1234-EF56")
    with pytest.raises(exceptions.NotOpenForSelfEnrolment):
        learning.enrol(learner, course)
    with pytest.raises(exceptions.WrongEnrolmentKey):
        learning.enrol(learner, course, key="WRONG-KEY")
    with pytest.raises(exceptions.WrongEnrolmentKey):
        learning.enrol(learner, course, key="   ")
    enrolment, created = learning.enrol(learner, course, key=" abcd-1234-ef56 ")
    assert created and enrolment.cohort == cohort and enrolment.source == Enrolment.Source.KEY


def test_key_of_another_course_is_refused(learner, make_course, make_cohort):
    """A cohort's key opens its own course only."""
    course, _l, _a = make_course("key")
    other, _l, _a = make_course("key")
    make_cohort(other, enrolment_key="OTHER-KEY")
    with pytest.raises(exceptions.WrongEnrolmentKey):
        learning.enrol(learner, course, key="OTHER-KEY")


@pytest.mark.parametrize("window", [{"opens_at": days(1)}, {"closes_at": days(-1)}])
def test_closed_cohort_is_refused(learner, make_course, make_cohort, window):
    """A cohort that has not opened yet, or has closed, admits nobody."""
    course, _lessons, _assessment = make_course("key")
    make_cohort(course, enrolment_key="KEY-1", **window)
    with pytest.raises(exceptions.CohortClosed):
        learning.enrol(learner, course, key="KEY-1")


def test_full_cohort_is_refused(make_course, make_cohort):
    """A cohort at capacity admits nobody more."""
    course, _lessons, _assessment = make_course("key")
    make_cohort(course, enrolment_key="KEY-2", capacity=1)
    learning.enrol(factories.UserFactory(), course, key="KEY-2")
    with pytest.raises(exceptions.CohortFull):
        learning.enrol(factories.UserFactory(), course, key="KEY-2")


def test_withdrawn_learners_free_their_place(make_course, make_cohort):
    """A learner who withdraws no longer counts against the cohort's capacity."""
    course, _lessons, _assessment = make_course("key")
    make_cohort(course, enrolment_key="KEY-3", capacity=1)
    first, _created = learning.enrol(factories.UserFactory(), course, key="KEY-3")
    learning.withdraw(first)
    learning.enrol(factories.UserFactory(), course, key="KEY-3")


def test_invitation_course_only_through_an_invitation(learner, make_course, make_cohort):
    """An invitation course refuses self-enrolment, keys and unknown tokens; its cohort's invitation
    enrols."""
    course, _lessons, _assessment = make_course("invitation")
    cohort = make_cohort(course, enrolment_key="KEY-4")
    with pytest.raises(exceptions.NotOpenForSelfEnrolment):
        learning.enrol(learner, course)
    with pytest.raises(exceptions.NotOpenForSelfEnrolment):
        learning.enrol(learner, course, key="KEY-4")
    with pytest.raises(exceptions.InvalidInvitation):
        learning.enrol(learner, course, invitation="not-a-token")
    enrolment, created = learning.enrol(learner, course, invitation=cohort.invitation_token)
    assert created and enrolment.source == Enrolment.Source.INVITATION


def test_withdrawing_and_coming_back_keeps_progress(learner, make_course, make_cohort):
    """Withdrawing keeps the record; coming back needs no key and brings back the same enrolment
    with its progress."""
    course, lessons, _assessment = make_course("key")
    make_cohort(course, enrolment_key="KEY-5")
    enrolment, _created = learning.enrol(learner, course, key="KEY-5")
    learning.complete_step(enrolment, lessons[0])
    learning.withdraw(enrolment)
    assert Enrolment.objects.get(pk=enrolment.pk).status == Enrolment.Status.WITHDRAWN
    back, created = learning.enrol(learner, course)  # no key needed to come back
    assert (back.pk, created, back.status) == (enrolment.pk, False, Enrolment.Status.ACTIVE)
    assert StepCompletion.objects.filter(enrolment=enrolment).count() == 1


def test_one_enrolment_whatever_the_language(learner, make_course, make_cohort):
    """The French version of a course is the same course: enrolling there finds the enrolment."""
    english, _lessons, _assessment = make_course("key")
    french = factories.translate_tree(english, "fr")
    make_cohort(english, enrolment_key="HOLI-2026")
    enrolment, _created = learning.enrol(learner, english, key="HOLI-2026")
    again, created = learning.enrol(learner, french)
    assert (again.pk, created) == (enrolment.pk, False)
