"""The enrolments report in keyset pages: every row once, in order, both ways; a changed cursor is
refused; filters and scoping hold on every page; the total is exact while small and an estimate,
said to be one, beyond (PostgreSQL)."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from lms.models import Enrolment, User
from lms.reporting import listing
from lms.reporting.reports import EnrolmentsReportView
from tests import factories

pytestmark = pytest.mark.django_db

PAGE = 4


@pytest.fixture
def enrolments(make_course, make_cohort, make_action, monkeypatch):
    """23 enrolments in Action "Listed" (several enrolled at the same instant, so that ties are
    settled by id) and 3 in Action "Elsewhere"; pages of 4."""
    monkeypatch.setattr(EnrolmentsReportView, "paginate_by", PAGE)
    course, _lessons, _assessment = make_course()
    listed = make_cohort(course, action=make_action("Listed"), name="Listed group")
    elsewhere = make_cohort(course, action=make_action("Elsewhere"), name="Elsewhere group")
    start = timezone.now() - datetime.timedelta(days=30)
    users = User.objects.bulk_create([User(email=f"k{n}@example.org", full_name=f"K {n}") for n in range(26)])
    Enrolment.objects.bulk_create(
        Enrolment(
            user=user,
            container=course,
            course_key=course.translation_key,
            cohort=listed if n < 23 else elsewhere,
            action=(listed if n < 23 else elsewhere).action,
            # Instants shared by three enrolments each: the id orders them.
            enrolled_at=start + datetime.timedelta(hours=n // 3),
        )
        for n, user in enumerate(users)
    )
    return {"listed": listed.action, "elsewhere": elsewhere.action}


def page(client, **params):
    response = client.get(reverse("lms_reports:enrolments"), params)
    assert response.status_code == 200
    return response.context


def walk(client, **params):
    """Every page from the first by "Older" links, then back by "Newer" links: the pks of each."""
    forward, context = [], page(client, **params)
    forward.append([e.pk for e in context["object_list"]])
    while cursor := context["keyset_page"].next_cursor:
        context = page(client, cursor=cursor, **params)
        forward.append([e.pk for e in context["object_list"]])
    backward = [[e.pk for e in context["object_list"]]]
    while cursor := context["keyset_page"].previous_cursor:
        context = page(client, cursor=cursor, **params)
        backward.append([e.pk for e in context["object_list"]])
    return forward, backward[::-1]


def test_pages_cover_every_row_once_in_order_both_ways(admin_client, enrolments):
    """Newest first, ties by id: following "Older" to the end lists every enrolment once in the
    report's order; following "Newer" back gives the same pages."""
    expected = list(Enrolment.objects.order_by("-enrolled_at", "-pk").values_list("pk", flat=True))
    forward, backward = walk(admin_client)
    assert [pk for rows in forward for pk in rows] == expected
    assert all(len(rows) == PAGE for rows in forward[:-1]) and len(forward) == 7  # 26 rows
    assert backward == forward
    first = page(admin_client)
    assert first["keyset_page"].previous_cursor is None
    assert first["total"] == listing.Total(26, exact=True)
    html = admin_client.get(reverse("lms_reports:enrolments")).content.decode()
    assert "26 enrolments" in html and "Older" in html and "About" not in html


def test_filters_and_scoping_hold_on_every_page(admin_client, client, enrolments):
    """With a filter, and for a coordinator, every page holds only the rows they ask for / may see."""
    listed = enrolments["listed"]
    expected = list(
        Enrolment.objects.filter(action=listed).order_by("-enrolled_at", "-pk").values_list("pk", flat=True)
    )
    forward, _backward = walk(admin_client, action=listed.pk)
    assert [pk for rows in forward for pk in rows] == expected
    assert page(admin_client, action=listed.pk)["total"] == listing.Total(23, exact=True)

    client.force_login(factories.CoordinatorFactory(actions=[enrolments["elsewhere"]]))
    forward, _backward = walk(client)
    elsewhere = Enrolment.objects.filter(action=enrolments["elsewhere"]).order_by("-enrolled_at", "-pk")
    assert [pk for rows in forward for pk in rows] == list(elsewhere.values_list("pk", flat=True))
    assert page(client)["total"] == listing.Total(3, exact=True)


def test_a_changed_cursor_is_refused(admin_client, enrolments):
    """A cursor is signed: one edited by hand (or made up) is answered 400, never followed."""
    cursor = page(admin_client)["keyset_page"].next_cursor
    url = reverse("lms_reports:enrolments")
    payload, _sep, signature = cursor.rpartition(":")
    assert admin_client.get(url, {"cursor": cursor}).status_code == 200
    assert admin_client.get(url, {"cursor": f"{payload}x:{signature}"}).status_code == 400
    assert admin_client.get(url, {"cursor": "next"}).status_code == 400
    forged = listing.signing.dumps(["next", "2020-01-01T00:00:00+00:00", 1], salt="another salt")
    assert admin_client.get(url, {"cursor": forged}).status_code == 400


def test_a_large_total_is_estimated_and_said_so(admin_client, enrolments, monkeypatch):
    """Beyond what is counted exactly, PostgreSQL's planner estimates the total and the page says
    "About"; SQLite, which has no estimate, counts."""
    queryset = Enrolment.objects.all()
    assert listing.total(queryset, exact_up_to=30) == listing.Total(26, exact=True)
    estimated = listing.total(queryset, exact_up_to=5)
    if connection.vendor == "postgresql":
        assert not estimated.exact and estimated.value > 0
        monkeypatch.setattr(listing, "EXACT_COUNT_UP_TO", 5)
        monkeypatch.setattr(listing.total, "__kwdefaults__", {"exact_up_to": 5})
        html = admin_client.get(reverse("lms_reports:enrolments")).content.decode()
        assert "About" in html and "an estimate" in html
    else:
        assert estimated == listing.Total(26, exact=True)


def test_an_estimate_is_rounded_and_an_exact_count_is_not():
    assert listing.Total(1_034_567, exact=False).rounded == 1_000_000
    assert listing.Total(48_712, exact=False).rounded == 49_000
    assert listing.Total(1_034_567, exact=True).rounded == 1_034_567
