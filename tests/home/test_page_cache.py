"""Anonymous visitors get Wagtail pages from the shared cache; signed-in visitors never do, and
publishing shows the new content at once (relais/page_cache.py)."""

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from relais.page_cache import PageCacheMiddleware, page_cache
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    """A live course with a module of two lessons."""
    course = factories.CoursePageFactory()
    module = factories.ModulePageFactory(parent=course)
    factories.LessonPageFactory.create_batch(2, parent=module)
    return course


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(queries)


def test_an_anonymous_page_is_served_from_the_cache(client, course):
    """A visitor's second request is answered from the stored copy without a query, even when the
    page changed behind Wagtail's back, and may be cached by browsers."""
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
    """A signed-in learner's page is rendered for them, marked private and never stored; visitors
    keep getting the anonymous copy."""
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
    """A publication is seen by the next visitor."""
    before, _queries = get(client, course.url)
    assert b"A brand new title" not in before.content
    course.title = "A brand new title"
    course.save_revision().publish()

    after, queries = get(client, course.url)
    assert queries > 0
    assert b"A brand new title" in after.content


def test_unpublishing_a_lesson_updates_the_course_outline(client, course):
    """Unpublishing a lesson removes it from the stored course page's outline."""
    lesson = course.get_descendants().live().filter(depth__gt=course.depth).last()
    before, _queries = get(client, course.url)
    assert lesson.title.encode() in before.content
    lesson.specific.unpublish()

    after, _queries = get(client, course.url)
    assert lesson.title.encode() not in after.content


def test_views_other_than_pages_are_not_stored(client):
    """Views that are not Wagtail pages (Where we work) are rendered each time."""
    get(client, "/en/actions/")
    _response, queries = get(client, "/en/actions/")
    assert queries > 0


def test_an_answer_that_depends_on_the_accept_header_is_not_stored(client):
    """A knowledge check answers the same address in HTML or JSON (Vary: Accept): neither copy is
    stored, so the other kind of visitor never gets it."""
    unit = factories.ToolkitUnitPageFactory()
    address = f"{unit.url}?check=none"
    html, _queries = get(client, address)
    assert "Accept" in html["Vary"]
    assert stored_copy(address) is None
    get(client, unit.url)  # the page itself, without an answer, is stored
    assert stored_copy(unit.url) is not None


def stored_copy(address):
    """What the page cache holds for a visitor's GET of `address`."""
    key = PageCacheMiddleware(get_response=None).key(RequestFactory().get(address))
    return page_cache().get(key)


def test_a_head_request_is_answered_from_the_stored_copy(client, course):
    """A HEAD request reads the stored copy: no query, the same length."""
    stored, _queries = get(client, course.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.head(course.url)
    assert response.status_code == 200
    assert len(queries) == 0
    assert response["Content-Length"] == str(len(stored.content))


def test_a_page_stored_before_a_publication_is_not_served_after_it(client, course):
    """The copy carries the generation it was rendered for: a publication elsewhere leaves it
    behind even though its address is unchanged."""
    get(client, course.url)
    factories.ContentPageFactory().save_revision().publish()
    _response, queries = get(client, course.url)
    assert queries > 0
