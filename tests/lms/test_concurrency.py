"""Under concurrent requests, on PostgreSQL and on the embedded SQLite (a file in WAL mode with
immediate transactions and a busy timeout, relais/settings): 20 simultaneous enrolments of one
learner make one enrolment and no error; 20 simultaneous "complete lesson" posts record one
completion; 20 learners, or one learner's 20 tabs, completing steps at once lose no write."""

import threading

import pytest
from django.test import Client
from django.urls import reverse

from lms.models import Enrolment, StepCompletion
from tests import factories

pytestmark = [pytest.mark.concurrency]
THREADS = 20


def in_parallel(user, method, url):
    """Send the same request from THREADS clients at once; return their status codes."""
    return requests_in_parallel([(user, method, url)] * THREADS)


def requests_in_parallel(requests):
    """Send each (user, method, url) from its own client and thread at once; return the status
    codes (a server error is a 500 here, as a learner would see it)."""
    barrier = threading.Barrier(len(requests))
    statuses = []

    def worker(user, method, url):
        from django.db import connections

        client = Client(raise_request_exception=False)
        client.force_login(user)
        barrier.wait()
        try:
            statuses.append(getattr(client, method)(url).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=request) for request in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


@pytest.fixture
def course(committed_db):
    """A course of two lessons, committed (the requests' threads read it on their connections)."""
    course = factories.CoursePageFactory()
    lesson = factories.LessonPageFactory(parent=course)
    factories.LessonPageFactory(parent=course)
    return course, lesson


def test_simultaneous_enrolments_make_one(course):
    """20 simultaneous enrolments of one learner: one enrolment, every request redirected."""
    course, _lesson = course
    user = factories.UserFactory()
    statuses = in_parallel(user, "post", reverse("lms:enrol", args=[course.pk]))
    assert statuses == [302] * THREADS
    assert Enrolment.objects.filter(user=user).count() == 1


def test_simultaneous_completions_make_one(course):
    """20 simultaneous "complete lesson" posts: one completion, every request redirected."""
    course, lesson = course
    user = factories.UserFactory()
    Client().force_login(user)
    from lms.learning import services as learning

    learning.enrol(user, course)
    statuses = in_parallel(user, "post", reverse("lms:complete", args=[lesson.pk]))
    assert statuses == [302] * THREADS
    assert StepCompletion.objects.filter(enrolment__user=user).count() == 1


def test_learners_completing_steps_at_once_lose_nothing(committed_db):
    """20 learners of a class mark their lesson done at the same moment: every one is recorded,
    no request fails ("database is locked" was a 500 on SQLite)."""
    from lms.learning import services as learning

    course = factories.CoursePageFactory()
    lesson = factories.LessonPageFactory(parent=course)
    factories.LessonPageFactory(parent=course)
    learners = factories.UserFactory.create_batch(THREADS)
    for learner in learners:
        learning.enrol(learner, course)
    statuses = requests_in_parallel(
        [(learner, "post", reverse("lms:complete", args=[lesson.pk])) for learner in learners]
    )
    assert statuses == [302] * THREADS
    assert StepCompletion.objects.filter(enrolment__container=course).count() == THREADS


def test_one_learner_completing_every_step_at_once_loses_nothing(committed_db):
    """One learner's 20 steps completed at once (tabs, a retried queue): 20 completions, and the
    enrolment completed once, exactly when the last one lands."""
    from lms.learning import services as learning

    course = factories.CoursePageFactory()
    lessons = [factories.LessonPageFactory(parent=course) for _ in range(THREADS)]
    user = factories.UserFactory()
    enrolment, _created = learning.enrol(user, course)
    statuses = requests_in_parallel(
        [(user, "post", reverse("lms:complete", args=[lesson.pk])) for lesson in lessons]
    )
    assert statuses == [302] * THREADS
    assert StepCompletion.objects.filter(enrolment=enrolment).count() == THREADS
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
