"""Budget: a lesson page costs the same number of SQL queries whatever the size of its course,
and at most 15."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CourseIndexPage
from tests import factories

pytestmark = pytest.mark.django_db
MAX_QUERIES = 15


def build_course(lessons):
    index = CourseIndexPage.objects.get(locale__language_code="en")
    course = factories.CoursePageFactory(parent=index)
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


@pytest.mark.parametrize("anonymous", [True, False])
def test_lesson_queries_do_not_grow_with_the_course(client, anonymous):
    if not anonymous:
        client.force_login(factories.UserFactory())
    small = build_course(5)
    large = build_course(50)
    small_count = queries_for(client, small[2])
    large_count = queries_for(client, large[25])
    assert small_count == large_count
    assert large_count <= MAX_QUERIES
