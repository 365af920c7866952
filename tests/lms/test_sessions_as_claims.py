"""Offline sessions are claims (lms.cascade.services): reported by a confirmed multiplier, checked
for plausibility at the door, counted only once someone accountable confirms them, kept when
rejected, and every step written to the audit log."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.cascade import services as cascade
from lms.core import exceptions
from lms.learning import services as learning
from lms.learning import views as learner_views
from lms.models import MultiplierSession
from lms.reporting.figures import compute_public_figures
from lms.reporting.reach import reach_of
from tests import factories

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


@pytest.fixture
def world(make_course, make_cohort, make_action, finish):
    """An Action (from two months ago, ongoing) with a coordinator, a key course that trains
    multipliers, and a trainee who finished it and opted in as a multiplier (not yet confirmed)."""
    start = (TODAY() - datetime.timedelta(days=60)).replace(day=1)
    action = make_action(start_month=start)
    coordinator = factories.UserFactory(is_staff=True, full_name="Carla Coordinator")
    coordinator.groups.add(Group.objects.get(name="Coordinators"))
    action.coordinators.add(coordinator)
    course, _lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, enrolment_key="CLAIM-1", action=action)
    trainee, _created = learning.enrol(factories.UserFactory(), course, key="CLAIM-1")
    multiplier = cascade.become_multiplier(finish(trainee))
    return {"action": action, "coordinator": coordinator, "course": course, "multiplier": multiplier}


def session_values(**changes):
    values = {
        "date": TODAY(),
        "place": "San José",
        "institution": "DGME",
        "modules_covered": "Module 1",
        "female": 3,
        "male": 2,
        "other": 0,
    }
    return {**values, **changes}


def confirmed(world):
    return cascade.confirm_multiplier(world["multiplier"], by=world["coordinator"])


def offline(action):
    return reach_of(action).offline


def test_a_reported_session_counts_only_once_confirmed(world):
    """A claim moves no figure (reach, public figures) until a coordinator confirms it; then by
    exactly its head count."""
    multiplier = confirmed(world)
    before_public = compute_public_figures()["multiplier_reach"]
    session = cascade.record_session(multiplier, **session_values())
    assert session.status == MultiplierSession.Status.REPORTED
    assert offline(world["action"]) == 0
    assert reach_of(world["action"]).offline_awaiting_review == 5  # shown beside, never in, the figure
    assert compute_public_figures()["multiplier_reach"] == before_public
    cascade.review_session(session, by=world["coordinator"], decision=MultiplierSession.Status.CONFIRMED)
    assert offline(world["action"]) == 5
    assert reach_of(world["action"]).offline_awaiting_review == 0
    assert compute_public_figures()["multiplier_reach"] == before_public + 5


def test_the_reach_report_shows_reported_and_confirmed_side_by_side(client, world):
    """The reach report puts the attendees awaiting review beside the confirmed ones."""
    multiplier = confirmed(world)
    trainer = multiplier.enrolment.user
    trainer.gender = "female"  # no gender cell under five: nothing hidden (lms.core.masking)
    trainer.save()
    cascade.record_session(multiplier, **session_values())
    cascade.review_session(
        cascade.record_session(multiplier, **session_values(female=6, male=6)),
        by=world["coordinator"],
        decision=MultiplierSession.Status.CONFIRMED,
    )
    client.force_login(world["coordinator"])
    response = client.get(reverse("lms_reports:reach"))
    row = next(r for r in response.context["object_list"] if r.action == world["action"].name)
    assert (row.offline, row.offline_awaiting_review) == (12, 5)
    assert "Offline, awaiting review" in response.content.decode()


@pytest.mark.parametrize("decision", [MultiplierSession.Status.ON_HOLD, MultiplierSession.Status.REJECTED])
def test_hold_and_reject_need_a_reason_and_keep_the_claim(world, decision):
    """On hold and rejected need a reason for the multiplier; the claim stays, counting nowhere."""
    session = cascade.record_session(confirmed(world), **session_values())
    with pytest.raises(exceptions.ReviewNeedsReason):
        cascade.review_session(session, by=world["coordinator"], decision=decision, reason="  ")
    cascade.review_session(session, by=world["coordinator"], decision=decision, reason="Send the sheet.")
    session.refresh_from_db()
    assert (session.status, session.status_reason, session.reviewed_by) == (
        decision,
        "Send the sheet.",
        world["coordinator"],
    )
    assert offline(world["action"]) == 0


def test_a_pending_claim_can_be_corrected_or_withdrawn_a_reviewed_one_cannot(world):
    """While pending, the multiplier corrects (back to reported) or withdraws; a reviewed claim is
    fixed for everyone."""
    multiplier = confirmed(world)
    session = cascade.record_session(multiplier, **session_values())
    cascade.review_session(session, by=world["coordinator"], decision="on-hold", reason="Which ministry?")
    session = cascade.correct_session(session, **session_values(institution="Ministry of Labour"))
    assert (session.status, session.institution) == (MultiplierSession.Status.REPORTED, "Ministry of Labour")
    cascade.withdraw_session(session)
    assert MultiplierSession.objects.get(pk=session.pk).status == MultiplierSession.Status.WITHDRAWN
    other = cascade.record_session(multiplier, **session_values())
    cascade.review_session(other, by=world["coordinator"], decision="confirmed")
    for verb in (cascade.withdraw_session, lambda s: cascade.correct_session(s, **session_values(female=30))):
        with pytest.raises(exceptions.SessionNotPending):
            verb(other)
    with pytest.raises(exceptions.SessionNotPending):
        cascade.review_session(other, by=world["coordinator"], decision="rejected", reason="Changed my mind.")
    assert offline(world["action"]) == 5


@override_settings(
    RELAIS_SESSION_MAX_ATTENDEES=50, RELAIS_SESSIONS_PER_DAY=1, RELAIS_SESSION_SHEET_REQUIRED_ABOVE=20
)
@pytest.mark.parametrize(
    "change, error",
    [
        ({"female": 30_000}, exceptions.TooManyAttendees),
        ({"female": 0, "male": 0}, exceptions.SessionNeedsParticipants),
        ({"date": datetime.date(1900, 1, 1)}, exceptions.SessionBeforeOwnTraining),
        ({"date": "tomorrow"}, exceptions.SessionInTheFuture),
        ({"female": 25}, exceptions.AttendanceSheetNeeded),
    ],
)
def test_implausible_sessions_are_refused_and_nothing_is_saved(world, change, error):
    """Absurd head counts, back-dating, future dates and large sessions without a sheet are refused
    at the door."""
    if change.get("date") == "tomorrow":
        change = {"date": TODAY() + datetime.timedelta(days=1)}
    with pytest.raises(error):
        cascade.record_session(confirmed(world), **session_values(**change))
    assert not MultiplierSession.objects.exists()


@override_settings(RELAIS_SESSIONS_PER_DAY=1, RELAIS_SESSION_GRACE_DAYS=0)
def test_sessions_per_day_and_the_actions_months_are_limits(world):
    """A multiplier records at most the configured sessions a day, inside the Action's months."""
    multiplier = confirmed(world)
    cascade.record_session(multiplier, **session_values())
    with pytest.raises(exceptions.TooManySessionsThatDay):
        cascade.record_session(multiplier, **session_values())
    action = multiplier.enrolment.action
    action.end_month = (TODAY() - datetime.timedelta(days=40)).replace(day=1)
    action.save()
    multiplier.enrolment.completed_at = timezone.now() - datetime.timedelta(days=90)
    multiplier.enrolment.save()
    with pytest.raises(exceptions.SessionOutsideAction):
        cascade.record_session(multiplier, **session_values(date=TODAY() - datetime.timedelta(days=1)))


def test_only_a_confirmed_multiplier_still_enrolled_may_train(world):
    """Before confirmation, and after withdrawing from their own course, a multiplier can neither
    record a session nor bring a colleague in through their invitation."""
    multiplier = world["multiplier"]
    token = multiplier.invitation_cohort.invitation_token
    with pytest.raises(exceptions.MultiplierNotConfirmed):
        cascade.record_session(multiplier, **session_values())
    with pytest.raises(exceptions.InvitationNotActive):
        learning.enrol(factories.UserFactory(), world["course"], invitation=token)
    confirmed(world)
    colleague, _created = learning.enrol(factories.UserFactory(), world["course"], invitation=token)
    assert colleague.generation == 2
    learning.withdraw(multiplier.enrolment)
    multiplier.refresh_from_db()
    with pytest.raises(exceptions.InvitationNotActive):
        learning.enrol(factories.UserFactory(), world["course"], invitation=token)
    with pytest.raises(exceptions.MultiplierNotConfirmed):
        cascade.record_session(multiplier, **session_values())


def test_the_multiplier_page_says_who_must_confirm_and_hides_the_link(client, world):
    """Before confirmation the page names the coordinators who confirm and shows no working link."""
    client.force_login(world["multiplier"].enrolment.user)
    page = client.get(reverse("lms:multiplier")).content.decode()
    assert "Carla Coordinator" in page
    assert world["multiplier"].invitation_cohort.invitation_token not in page
    assert reverse("lms:record_session", args=[world["multiplier"].pk]) not in page


def test_the_session_form_keeps_what_was_typed_on_an_error(client, world):
    """A refused session shows the form again with what was typed and why."""
    multiplier = confirmed(world)
    client.force_login(multiplier.enrolment.user)
    prefix = f"m{multiplier.pk}"
    data = {
        f"{prefix}-{k}": v for k, v in session_values(date="1900-01-01", institution="Typed Ministry").items()
    }
    response = client.post(reverse("lms:record_session", args=[multiplier.pk]), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="Typed Ministry"' in page and "before you completed your own training" in page
    assert not MultiplierSession.objects.exists()


def test_reviewers_confirm_in_the_admin_within_their_scope_and_it_is_logged(client, world):
    """Coordinators review their Actions' sessions only, programme managers all; each step is in
    the audit log."""
    session = cascade.record_session(confirmed(world), **session_values())
    edit = reverse("sessions:edit", args=[session.pk])
    other = factories.UserFactory(is_staff=True)
    other.groups.add(Group.objects.get(name="Coordinators"))
    client.force_login(other)
    assert client.get(reverse("sessions:index")).status_code == 200
    assert client.post(edit, {"decision": "confirmed"}).status_code in (403, 404)
    client.force_login(world["coordinator"])
    listing = client.get(reverse("sessions:index")).content.decode()
    assert "DGME" in listing
    response = client.post(edit, {"decision": "rejected", "reason": ""})
    assert response.status_code == 200  # shown again: a rejection needs its reason
    client.post(edit, {"decision": "confirmed"})
    session.refresh_from_db()
    assert (session.status, session.reviewed_by) == (MultiplierSession.Status.CONFIRMED, world["coordinator"])
    manager = factories.UserFactory(is_staff=True)
    manager.groups.add(Group.objects.get(name="Programme managers"))
    client.force_login(manager)
    assert "DGME" in client.get(reverse("sessions:index")).content.decode()
    logged = list(
        ModelLogEntry.objects.for_instance(session).order_by("timestamp").values_list("action", "user")
    )
    assert logged == [
        ("lms.session.report", None),  # the multiplier is named in the entry's data, not as its user
        ("lms.session.confirm", world["coordinator"].pk),
    ]
    assert ModelLogEntry.objects.filter(action="lms.multiplier.confirm").count() == 1


def test_keys_and_invitation_joins_are_rate_limited_per_account_and_address(client, world, monkeypatch):
    """Guessing a cohort's key stops after a few wrong tries for that account; pouring accounts
    into a multiplier's cascade stops at the address's allowance; a colleague at the same address
    who types the right key is not locked out by someone else's wrong ones."""
    course = world["course"]
    guesser = factories.UserFactory()
    client.force_login(guesser)
    for _attempt in range(10):
        client.post(reverse("lms:enrol", args=[course.pk]), {"key": "WRONG-KEY"})
    response = client.post(reverse("lms:enrol", args=[course.pk]), {"key": "CLAIM-1"}, follow=True)
    assert "Too many attempts" in response.content.decode()
    assert not guesser.enrolments.exists()
    colleague = factories.UserFactory()
    client.force_login(colleague)
    client.post(reverse("lms:enrol", args=[course.pk]), {"key": "CLAIM-1"})
    assert colleague.enrolments.count() == 1

    monkeypatch.setattr(learner_views, "JOINS", {"per_account": 10, "per_address": 10})
    token = confirmed(world).invitation_cohort.invitation_token
    for _attempt in range(10):
        client.force_login(factories.UserFactory())  # throwaway accounts, one address
        assert client.post(reverse("lms:join", args=[token])).status_code in (200, 302)
    client.force_login(factories.UserFactory())
    assert client.post(reverse("lms:join", args=[token])).status_code == 429


def test_no_one_confirms_their_own_training(client, world):
    """A coordinator who is also the multiplier can neither confirm themselves nor their claims."""
    multiplier = world["multiplier"]
    with pytest.raises(exceptions.OwnClaim):
        cascade.confirm_multiplier(multiplier, by=multiplier.enrolment.user)
    session = cascade.record_session(confirmed(world), **session_values())
    with pytest.raises(exceptions.OwnClaim):
        cascade.review_session(session, by=multiplier.enrolment.user, decision="confirmed")
    assert offline(world["action"]) == 0
