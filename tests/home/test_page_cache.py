"""Anonymous visitors get Wagtail pages from the shared cache; signed-in visitors never do, and
publishing shows the new content at once (home/page_cache.py)."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from courses.models import CoursePage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return CoursePage.objects.live().filter(locale__language_code="en").order_by("path").first()


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(queries)


def test_an_anonymous_page_is_served_from_the_cache(client, course):
    first, first_queries = get(client, course.url)
    # Changed behind Wagtail's back (no publication): the stored copy is what a visitor gets.
    Page.objects.filter(pk=course.pk).update(title="Changed without publishing")
    second, second_queries = get(client, course.url)
    assert first_queries > 0
    assert second_queries == 0
    assert second.content == first.content
    assert "max-age" in second["Cache-Control"]
    assert "private" not in second["Cache-Control"]


def test_a_signed_in_learner_never_gets_the_anonymous_copy_nor_is_theirs_stored(client, course):
    anonymous, _queries = get(client, course.url)
    assert b"Sign in" in anonymous.content

    learner = Client()
    learner.force_login(factories.UserFactory())
    mine, queries = get(learner, course.url)
    assert queries > 0  # rendered for them, not read from the cache
    assert b"Sign out" in mine.content
    assert "private" in mine["Cache-Control"]

    again, queries = get(learner, course.url)
    assert queries > 0  # their page was not stored either
    assert b"Sign out" in again.content

    # And anonymous visitors still get the anonymous copy, not the learner's page.
    after, queries = get(Client(), course.url)
    assert queries == 0
    assert b"Sign out" not in after.content
    assert after.content == anonymous.content


def test_publishing_a_page_shows_the_new_content(client, course):
    before, _queries = get(client, course.url)
    assert b"A brand new title" not in before.content
    course.title = "A brand new title"
    course.save_revision().publish()

    after, queries = get(client, course.url)
    assert queries > 0
    assert b"A brand new title" in after.content


def test_unpublishing_a_lesson_updates_the_course_outline(client, course):
    lesson = course.get_descendants().live().filter(depth__gt=course.depth).last()
    before, _queries = get(client, course.url)
    assert lesson.title.encode() in before.content
    lesson.specific.unpublish()

    after, _queries = get(client, course.url)
    assert lesson.title.encode() not in after.content


def test_views_other_than_pages_are_not_stored(client):
    get(client, "/en/actions/")
    _response, queries = get(client, "/en/actions/")
    assert queries > 0
