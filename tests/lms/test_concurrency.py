"""Under concurrent requests on PostgreSQL: 20 simultaneous enrolments of one learner make one
enrolment and no error; 20 simultaneous "complete lesson" posts record one completion."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from lms.models import Enrolment, StepCompletion
from tests import factories

pytestmark = [
    pytest.mark.concurrency,
    pytest.mark.skipif(
        "connection.vendor != 'postgresql'", reason="needs a server database (SQLite serialises writes)"
    ),
]
THREADS = 20


def in_parallel(user, method, url):
    """Send the same request from THREADS clients at once; return their status codes."""
    barrier = threading.Barrier(THREADS)
    statuses = []

    def worker():
        from django.db import connections

        client = Client()
        client.force_login(user)
        barrier.wait()
        try:
            statuses.append(getattr(client, method)(url).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
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
    assert connection.vendor == "postgresql"


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
