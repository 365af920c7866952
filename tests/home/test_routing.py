"""Wagtail's routing, kept per process for the content generation (relais/routing.py): a signed-in
visitor's page skips the site, locale, page and restriction lookups, and every change to what an
address serves is seen at once."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from courses.models import LessonPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    """A live course with a module of two lessons."""
    course = factories.CoursePageFactory()
    module = factories.ModulePageFactory(parent=course)
    factories.LessonPageFactory.create_batch(2, parent=module)
    return course


@pytest.fixture
def learner():
    client = Client()
    client.force_login(factories.UserFactory())
    return client


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [query["sql"] for query in captured]


def test_a_kept_route_reads_no_page_site_or_restriction(learner, course):
    """A signed-in visitor's second request for a page reads no page, site, locale or restriction
    row."""
    learner.get(course.url)
    response, queries = queries_of(learner, course.url)
    assert response.status_code == 200
    for table in (
        "wagtailcore_page",
        "wagtailcore_site",
        "wagtailcore_locale",
        "wagtailcore_pageviewrestriction",
    ):
        assert not [sql for sql in queries if f'FROM "{table}"' in sql], table


def test_a_new_view_restriction_applies_at_once(learner, course):
    """A view restriction added to a page applies at the next request, and its removal too."""
    assert learner.get(course.url).status_code == 200
    restriction = PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Reviewers of this course"))
    response = learner.get(course.url)
    assert response.status_code == 302  # not in the group: sent to sign in as someone who is
    restriction.delete()
    assert learner.get(course.url).status_code == 200


def test_an_unpublished_page_is_gone_at_once(learner, course):
    """An unpublished page is a 404 at the next request."""
    assert learner.get(course.url).status_code == 200
    course.unpublish()
    assert learner.get(course.url).status_code == 404


def test_a_changed_site_is_seen_at_once(learner, course):
    """Changing the site's root page changes what an address serves at the next request."""
    assert learner.get(course.url).status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.root_page = Page.objects.get(depth=1)
    site.save()
    assert learner.get(course.url).status_code == 404


def test_a_kept_route_brings_the_sites_root_paths_too(learner, course, monkeypatch):
    """Page links (a lesson's previous and next steps) need the sites' root paths, a cache read
    per request otherwise."""
    lesson = course.get_descendants().live().type(LessonPage).first()
    learner.get(lesson.url)
    reads = []
    real = Site.get_site_root_paths
    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(lambda: reads.append(1) or real()))
    response = learner.get(lesson.url)
    assert response.status_code == 200 and 'href="/en/courses/' in response.content.decode()
    assert reads == []
