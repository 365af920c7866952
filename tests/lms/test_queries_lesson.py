"""Budget: a lesson page costs the same number of SQL queries whatever the size of its course:
none for an anonymous visitor (whose copy is stored), and for a signed-in visitor only their user
and their enrolment (the route, with the course, is kept per process: relais/routing.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.learning import services as learning
from tests import factories

pytestmark = pytest.mark.django_db
MAX_QUERIES = {"anonymous": 0, "signed in": 2, "enrolled": 2}


def build_course(lessons):
    """A course of five modules holding `lessons` lessons and an assessment; returns the lessons."""
    course = factories.CoursePageFactory()
    modules = [factories.ModulePageFactory(parent=course) for _ in range(5)]
    pages = [factories.LessonPageFactory(parent=modules[i % 5]) for i in range(lessons)]
    factories.AssessmentPageFactory(parent=modules[-1])
    return pages


def queries_for(client, page):
    client.get(page.url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("visitor", ["anonymous", "signed in", "enrolled"])
def test_lesson_queries_do_not_grow_with_the_course(client, visitor):
    """A lesson of a 50-lesson course costs as many queries as one of a 5-lesson course, within
    the budget, for a visitor, a signed-in learner and an enrolled one with progress."""
    small = build_course(5)
    large = build_course(50)
    if visitor != "anonymous":
        user = factories.UserFactory()
        client.force_login(user)
    if visitor == "enrolled":
        for lessons in (small, large):
            enrolment, _created = learning.enrol(user, lessons[0].get_parent().get_parent().specific)
            for lesson in lessons[:3]:
                learning.complete_step(enrolment, lesson)
    small_count = queries_for(client, small[2])
    large_count = queries_for(client, large[25])
    print(f"{visitor}: {small_count} queries for a course of 5 lessons, {large_count} for 50")
    assert small_count == large_count
    assert large_count <= MAX_QUERIES[visitor]
