"""Reviewing several offline sessions at once in the admin (bulk confirm, bulk reject with one
reason): each session goes through lms.cascade.services.review_session with its checks, those the
reviewer may not review are left out and said so, every review is logged; and the sessions
listing's filters, inspect view and review form show what a reviewer needs."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.cascade import services as cascade
from lms.models import MultiplierSession
from lms.reporting.reach import reach_of
from tests import factories

pytestmark = pytest.mark.django_db

CONFIRMED, REPORTED, REJECTED = (
    MultiplierSession.Status.CONFIRMED,
    MultiplierSession.Status.REPORTED,
    MultiplierSession.Status.REJECTED,
)


def session_of(action, **fields):
    """A pending claim (5 declared participants) by a confirmed multiplier of `action`."""
    return factories.MultiplierSessionFactory(
        multiplier__enrolment__cohort=factories.CohortFactory(action=action), **fields
    )


@pytest.fixture
def world():
    action_a, action_b = factories.ActionFactory(name="Bulk A"), factories.ActionFactory(name="Bulk B")
    return {
        "A": action_a,
        "B": action_b,
        "coordinator": factories.CoordinatorFactory(full_name="Cora Bulk", actions=[action_a]),
        "a_sessions": [session_of(action_a), session_of(action_a, participants_female=10)],
        "b_session": session_of(action_b, institution="Ministry B only"),
    }


def bulk_url(action_type, sessions):
    query = "&".join(f"id={s.pk}" for s in sessions)
    return f"{reverse('wagtail_bulk_action', args=['lms', 'multipliersession', action_type])}?{query}"


def statuses(sessions):
    return [MultiplierSession.objects.get(pk=s.pk).status for s in sessions]


def test_bulk_confirm_confirms_the_reviewers_sessions_and_leaves_another_actions_out(client, world):
    """A coordinator selects two of their Action's claims and one of another Action: the page says
    one is left out (without showing it), and only their two are confirmed, each logged with the
    reviewer and its Action; reach moves by exactly their attendees."""
    client.force_login(world["coordinator"])
    selection = [*world["a_sessions"], world["b_session"]]
    url = bulk_url("confirm", selection)
    page = client.get(url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "1 selected session is not one you may review" in body
    assert "Ministry B only" not in body
    assert "Their 17 declared participants will count as reach" in body
    assert reach_of(world["A"]).offline == 0

    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert statuses(world["a_sessions"]) == [CONFIRMED, CONFIRMED]
    assert statuses([world["b_session"]]) == [REPORTED]
    assert reach_of(world["A"]).offline == 17
    assert reach_of(world["B"]).offline == 0
    assert "2 sessions confirmed: 17 attendees count from now on." in response.content.decode()
    logged = ModelLogEntry.objects.filter(action="lms.session.confirm")
    assert sorted(e.object_id for e in logged) == sorted(str(s.pk) for s in world["a_sessions"])
    assert {(e.user_id, e.data["action"], e.data["participants"]) for e in logged} == {
        (world["coordinator"].pk, world["A"].pk, 5),
        (world["coordinator"].pk, world["A"].pk, 12),
    }


def test_own_claims_and_reviewed_sessions_are_left_out_and_said_so(client, world):
    """A coordinator who is also a multiplier of their Action cannot confirm their own claim in a
    bulk confirm; a session already rejected is not confirmed either. Both are reported."""
    coordinator = world["coordinator"]
    own = factories.MultiplierSessionFactory(
        multiplier__enrolment__user=coordinator,
        multiplier__enrolment__cohort=factories.CohortFactory(action=world["A"]),
    )
    rejected = session_of(world["A"], rejected=True)
    client.force_login(coordinator)
    url = bulk_url("confirm", [own, rejected, world["a_sessions"][0]])
    body = client.get(url).content.decode()
    assert "is your own claim" in body and "already reviewed or withdrawn" in body
    client.post(url)
    assert statuses([own, rejected, world["a_sessions"][0]]) == [REPORTED, REJECTED, CONFIRMED]
    assert reach_of(world["A"]).offline == 5


def test_bulk_reject_needs_one_reason_given_to_every_multiplier(client, world):
    """Rejecting several needs a reason: without one nothing changes; with one, each session is
    rejected with it, logged, and counts nowhere."""
    client.force_login(world["coordinator"])
    url = bulk_url("reject", world["a_sessions"])
    assert client.post(url, {"reason": ""}).status_code == 200  # the form again, with its error
    assert statuses(world["a_sessions"]) == [REPORTED, REPORTED]
    client.post(url, {"reason": "No attendance sheet."})
    for session in world["a_sessions"]:
        session.refresh_from_db()
        assert (session.status, session.status_reason, session.reviewed_by) == (
            REJECTED,
            "No attendance sheet.",
            world["coordinator"],
        )
    assert ModelLogEntry.objects.filter(action="lms.session.reject").count() == 2
    assert reach_of(world["A"]).offline == 0


def test_review_sessions_refuses_each_session_on_its_own(world):
    """The verb behind the bulk actions: out of scope, own claim and no longer pending are refused
    one by one, with the reason; the rest are reviewed."""
    coordinator = world["coordinator"]
    done = session_of(world["A"], confirmed=True)
    reviewed, refused = cascade.review_sessions(
        [world["a_sessions"][0], world["b_session"], done], by=coordinator, decision=CONFIRMED
    )
    assert [s.pk for s in reviewed] == [world["a_sessions"][0].pk]
    assert [s.pk for s, _why in refused] == [world["b_session"].pk, done.pk]
    assert "not one of the Actions you coordinate" in str(refused[0][1])
    editor = factories.EditorFactory()
    _reviewed, refused = cascade.review_sessions([world["a_sessions"][1]], by=editor, decision=CONFIRMED)
    assert len(refused) == 1
    assert statuses([world["a_sessions"][1], world["b_session"]]) == [REPORTED, REPORTED]


def test_the_listing_filters_by_action_review_period_and_multiplier(client, world):
    """The sessions listing filters by Action, review state, period and multiplier, offers only
    the reviewer's Actions and has the bulk actions."""
    manager = factories.ProgrammeManagerFactory()
    old = session_of(world["A"], date=timezone.localdate() - datetime.timedelta(days=200))
    client.force_login(manager)
    index = reverse("sessions:index")

    def listed(**query):
        page = client.get(index, query)
        return {s.pk for s in page.context["object_list"]}

    everything = {s.pk for s in [*world["a_sessions"], world["b_session"], old]}
    assert listed() == everything
    assert listed(action=world["B"].pk) == {world["b_session"].pk}
    cascade.review_session(world["a_sessions"][0], by=manager, decision=CONFIRMED)
    assert listed(status=CONFIRMED) == {world["a_sessions"][0].pk}
    since = (timezone.localdate() - datetime.timedelta(days=60)).isoformat()
    assert old.pk not in listed(period_from=since)
    assert listed(multiplier=old.multiplier_id) == {old.pk}
    body = client.get(index).content.decode()
    assert "bulk-actions-choices" in body and "Reject" in body
    client.force_login(world["coordinator"])
    body = client.get(index).content.decode()
    assert "Bulk A" in body and "Bulk B" not in body


def test_inspect_and_review_show_details_sheet_and_history(client, world):
    """The inspect view and the review form show the claim's details, declared counts, the link
    to the attendance sheet (the scoped download) and the status history from the audit log."""
    multiplier = factories.MultiplierFactory(
        confirmed=True, enrolment__cohort=factories.CohortFactory(action=world["A"])
    )
    sheet = SimpleUploadedFile("list.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    session = cascade.record_session(
        multiplier,
        sheet=sheet,
        date=timezone.localdate(),
        place="Asunción",
        institution="Dirección de Migraciones",
        modules_covered="Module 2",
        female=4,
        male=3,
        other=1,
    )
    cascade.review_session(session, by=world["coordinator"], decision="on-hold", reason="Which office?")
    client.force_login(world["coordinator"])
    sheet_url = reverse("lms:attendance_sheet", args=[session.pk])
    for name in ("sessions:inspect", "sessions:edit"):
        body = client.get(reverse(name, args=[session.pk])).content.decode()
        assert "Dirección de Migraciones" in body and "8: 4 women, 3 men, 1 other or not stated" in body
        assert sheet_url in body
        assert "Reported session" in body and "Put session on hold" in body and "Which office?" in body
        assert "the multiplier" in body and "Cora Bulk" in body
    assert client.get(sheet_url).status_code == 200
    other = factories.CoordinatorFactory(actions=[world["B"]])
    client.force_login(other)
    assert client.get(reverse("sessions:inspect", args=[session.pk])).status_code == 404
    assert client.get(sheet_url).status_code == 404


def test_a_programme_manager_reviews_every_action_in_bulk(client, world):
    """Programme managers see the whole programme: a selection across Actions is confirmed whole."""
    manager = factories.UserFactory(is_staff=True)
    manager.groups.add(Group.objects.get(name="Programme managers"))
    client.force_login(manager)
    client.post(bulk_url("confirm", [*world["a_sessions"], world["b_session"]]))
    assert statuses([*world["a_sessions"], world["b_session"]]) == [CONFIRMED] * 3
