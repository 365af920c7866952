"""Revoking a multiplier (lms.cascade.services.revoke_multiplier): by a coordinator of their
Action or a programme manager, never by themselves, with a reason they see on their page; their
invitation and session recording stop, what they already did keeps counting, and confirming them
again reinstates them. Every step is in the audit log."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.cascade import services as cascade
from lms.core import exceptions
from lms.learning import services as learning
from lms.models import Multiplier
from lms.reporting.reach import reach_of
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(make_course, make_cohort, make_action, finish):
    """A certified multiplier of an Action, who trained one colleague online and had a session
    of 5 confirmed, and the coordinators of that Action and of another."""
    start = (timezone.localdate() - datetime.timedelta(days=60)).replace(day=1)
    action = make_action("Revocation Action", start_month=start)
    coordinator = factories.CoordinatorFactory(full_name="Rita Revoker", actions=[action])
    course, lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, enrolment_key="REV-1", action=action)
    trainee, _created = learning.enrol(factories.UserFactory(), course, key="REV-1")
    multiplier = cascade.confirm_multiplier(cascade.become_multiplier(finish(trainee)), by=coordinator)
    token = multiplier.invitation_cohort.invitation_token
    colleague, _created = learning.enrol(factories.UserFactory(), course, invitation=token)
    learning.complete_step(colleague, lessons[0])  # started: counts
    session = cascade.record_session(
        multiplier,
        date=timezone.localdate(),
        place="Lima",
        institution="Migraciones",
        modules_covered="Module 1",
        female=3,
        male=2,
        other=0,
    )
    cascade.review_session(session, by=coordinator, decision="confirmed")
    return {
        "action": action,
        "course": course,
        "coordinator": coordinator,
        "other_coordinator": factories.CoordinatorFactory(actions=[make_action("Other Action")]),
        "multiplier": multiplier,
        "token": token,
        "lesson": lessons[0],
    }


def session_values():
    return {
        "date": timezone.localdate(),
        "place": "Lima",
        "institution": "Migraciones",
        "modules_covered": "Module 2",
        "female": 1,
        "male": 1,
        "other": 0,
    }


def test_revoking_stops_new_training_and_keeps_what_was_done(world):
    """After revocation the invitation link and session recording stop; the colleague trained and
    the confirmed session keep counting; the entry names the reviewer, the Action and the reason."""
    before = reach_of(world["action"])
    assert (before.online_cascade, before.offline) == (1, 5)
    multiplier = cascade.revoke_multiplier(
        world["multiplier"], by=world["coordinator"], reason="Left the ministry."
    )
    multiplier = Multiplier.objects.get(pk=multiplier.pk)
    assert not multiplier.may_train and multiplier.is_revoked
    assert (multiplier.revoked_by, multiplier.revoke_reason) == (world["coordinator"], "Left the ministry.")
    with pytest.raises(exceptions.InvitationNotActive):
        learning.enrol(factories.UserFactory(), world["course"], invitation=world["token"])
    with pytest.raises(exceptions.MultiplierNotConfirmed):
        cascade.record_session(multiplier, **session_values())
    after = reach_of(world["action"])
    assert (after.online_cascade, after.offline) == (1, 5)
    [entry] = ModelLogEntry.objects.filter(action="lms.multiplier.revoke")
    assert (entry.user_id, entry.data["action"], entry.data["reason"]) == (
        world["coordinator"].pk,
        world["action"].pk,
        "Left the ministry.",
    )
    assert "Revoker" not in entry.label and str(multiplier.enrolment.user) not in entry.label


def test_revocation_is_refused_to_the_multiplier_others_and_without_reason(world):
    """Not by the multiplier themselves, not by the coordinator of another Action or an editor,
    not without a reason, not twice; nothing changes and nothing is logged."""
    multiplier = world["multiplier"]
    with pytest.raises(exceptions.OwnClaim):
        cascade.revoke_multiplier(multiplier, by=multiplier.enrolment.user, reason="Myself.")
    for outsider in (world["other_coordinator"], factories.EditorFactory()):
        with pytest.raises(exceptions.NotInScope):
            cascade.revoke_multiplier(multiplier, by=outsider, reason="Not mine.")
    with pytest.raises(exceptions.MultiplierRevocationNeedsReason):
        cascade.revoke_multiplier(multiplier, by=world["coordinator"], reason="  ")
    assert Multiplier.objects.get(pk=multiplier.pk).may_train
    assert not ModelLogEntry.objects.filter(action="lms.multiplier.revoke").exists()
    cascade.revoke_multiplier(multiplier, by=factories.ProgrammeManagerFactory(), reason="Audit finding.")
    with pytest.raises(exceptions.NothingToRevoke):
        cascade.revoke_multiplier(multiplier, by=world["coordinator"], reason="Again.")


def test_confirming_again_reinstates_and_is_logged(world):
    """Reinstating is confirming again: the link and recording work again, logged as a
    confirmation marked `reinstated`."""
    multiplier = cascade.revoke_multiplier(world["multiplier"], by=world["coordinator"], reason="Paused.")
    multiplier = cascade.confirm_multiplier(multiplier, by=world["coordinator"])
    multiplier = Multiplier.objects.get(pk=multiplier.pk)
    assert multiplier.may_train and not multiplier.is_revoked and multiplier.revoke_reason == ""
    joined, _created = learning.enrol(factories.UserFactory(), world["course"], invitation=world["token"])
    learning.complete_step(joined, world["lesson"])
    assert reach_of(world["action"]).online_cascade == 2
    confirmations = ModelLogEntry.objects.filter(action="lms.multiplier.confirm").order_by("timestamp", "pk")
    assert [e.data.get("reinstated") for e in confirmations] == [False, True]


def test_the_multiplier_sees_that_they_were_revoked_by_whom_and_why(client, world):
    """Their page says they were revoked, by a coordinator of their Action (the role, not a name),
    and why; the invitation link and session form are gone."""
    multiplier = cascade.revoke_multiplier(
        world["multiplier"], by=world["coordinator"], reason="Sessions could not be verified."
    )
    client.force_login(multiplier.enrolment.user)
    page = client.get(reverse("lms:multiplier")).content.decode()
    assert "certification as a multiplier was revoked" in page
    assert "a coordinator of the Action “Revocation Action”" in page
    assert "Sessions could not be verified." in page
    assert "still count" in page
    assert world["token"] not in page
    assert reverse("lms:record_session", args=[multiplier.pk]) not in page
    cascade.confirm_multiplier(multiplier, by=world["coordinator"])
    cascade.revoke_multiplier(multiplier, by=factories.ProgrammeManagerFactory(), reason="Audit.")
    assert "by a programme manager" in client.get(reverse("lms:multiplier")).content.decode()


def test_coordinators_revoke_and_reinstate_in_the_admin_within_their_scope(client, world):
    """The multiplier's admin screen revokes a certified multiplier (a reason is required) and
    confirms a revoked one again; the coordinator of another Action cannot reach it."""
    multiplier = world["multiplier"]
    url = reverse("multipliers:edit", args=[multiplier.pk])
    client.force_login(world["other_coordinator"])
    assert client.post(url, {"reason": "Not mine."}).status_code in (403, 404)
    client.force_login(world["coordinator"])
    page = client.get(url).content.decode()
    assert "Reason for revoking" in page and "keep counting" in page
    assert client.post(url, {"reason": ""}).status_code == 200
    assert Multiplier.objects.get(pk=multiplier.pk).may_train
    assert client.post(url, {"reason": "Changed institution."}).status_code == 302
    assert Multiplier.objects.get(pk=multiplier.pk).is_revoked
    listing = client.get(reverse("multipliers:index"), {"certified": "revoked"})
    assert [m.pk for m in listing.context["object_list"]] == [multiplier.pk]
    inspect = client.get(reverse("multipliers:inspect", args=[multiplier.pk])).content.decode()
    assert "Changed institution." in inspect
    assert client.post(url, {"confirm": "on"}).status_code == 302
    assert Multiplier.objects.get(pk=multiplier.pk).may_train
