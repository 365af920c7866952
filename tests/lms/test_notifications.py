"""Notifications (lms.notifications): each message in the recipient's language, HTML and plain
text, with a one-click unsubscribe; recorded once (signals twice, sweeps twice); failed sends
retried without breaking the page; preferences immediately / digest / off; the reminder sweep."""

import datetime
from unittest import mock

import icalendar
import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from lms.cascade import services as cascade
from lms.learning import services as learning
from lms.models import Enrolment, Preference, SentMessage
from lms.notifications import receivers, services
from lms.notifications.models import CalendarFeed, Kind, Mode
from lms.notifications.sweep import sweep
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    """Run `fn` as a request would: what it queues after the commit runs (the immediate task
    backend then sends it); returns the messages sent meanwhile."""

    def run(fn, *args, **kwargs):
        before = len(mail.outbox)
        with django_capture_on_commit_callbacks(execute=True):
            result = fn(*args, **kwargs)
        run.result = result
        return mail.outbox[before:]

    return run


@pytest.fixture
def course_with_cohort(make_course, make_cohort, make_action):
    course, lessons, assessment = make_course("key")
    opens = timezone.now() - datetime.timedelta(days=1)
    cohort = make_cohort(
        course,
        enrolment_key="NOTE-1",
        action=make_action(),
        opens_at=opens,
        closes_at=opens + datetime.timedelta(days=60),
    )
    return course, cohort, lessons


def header(message, name):
    return message.extra_headers[name]


def html_of(message):
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    return html


def test_enrolment_confirmed_in_the_learners_language_with_unsubscribe(sent, course_with_cohort):
    """A French-speaking learner who enrols gets one message in French, as text and light HTML
    (no remote image), naming the course and the cohort's dates, with RFC 8058 one-click
    unsubscribe headers pointing at the configured site."""
    course, cohort, _lessons = course_with_cohort
    learner = factories.UserFactory(preferred_language="fr")
    messages = sent(learning.enrol, learner, course, key="NOTE-1")
    assert len(messages) == 1
    message = messages[0]
    assert message.to == [learner.email]
    assert course.title in message.subject
    assert message.body.startswith("Bonjour") and cohort.name in message.body
    with translation.override("fr"):
        closes = date_format(timezone.localtime(cohort.closes_at), "DATE_FORMAT")
    assert closes in message.body and closes in html_of(message)  # dates as French readers write them
    html = html_of(message)
    assert "<img" not in html and 'lang="fr"' in html and "Relais" in html
    unsubscribe = header(message, "List-Unsubscribe")
    assert unsubscribe.startswith("<http://") and "/fr/learn/unsubscribe/" in unsubscribe
    assert header(message, "List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    record = SentMessage.objects.get(recipient=learner)
    assert (record.kind, record.state, record.attempts) == (Kind.ENROLMENT_CONFIRMED, "sent", 1)
    assert record.sent_at is not None


@pytest.mark.parametrize(
    ("language", "greeting"), [("en", "Hello"), ("fr", "Bonjour"), ("es", "Hola"), ("ru", "Здравствуйте")]
)
def test_each_language(sent, course_with_cohort, language, greeting):
    """The greeting, subject and footer follow the recipient's preferred language."""
    course, _cohort, _lessons = course_with_cohort
    learner = factories.UserFactory(preferred_language=language)
    (message,) = sent(learning.enrol, learner, course, key="NOTE-1")
    assert message.body.startswith(greeting)


def test_a_signal_twice_sends_once(sent, course_with_cohort):
    """The record's unique constraint: the same message asked for twice goes out once."""
    course, _cohort, _lessons = course_with_cohort
    learner = factories.UserFactory()
    sent(learning.enrol, learner, course, key="NOTE-1")
    enrolment = Enrolment.objects.get(user=learner)
    again = sent(receivers.on_enrolled, Enrolment, enrolment)
    assert again == []
    assert SentMessage.objects.filter(recipient=learner).count() == 1


def test_certificate_issued_carries_its_verification_link(sent, course_with_cohort, finish):
    course, _cohort, _lessons = course_with_cohort
    learner = factories.UserFactory(preferred_language="es")
    enrolment, _created = learning.enrol(learner, course, key="NOTE-1")
    messages = sent(finish, enrolment)
    certificate = enrolment.certificate
    (message,) = [m for m in messages if certificate.code in m.body]
    assert (
        reverse("certificate_verify", kwargs={"code": certificate.code}).replace("/en/", "/es/")
        in message.body
    )
    assert (
        SentMessage.objects.get(kind=Kind.CERTIFICATE_ISSUED).subject_key == f"certificate:{certificate.pk}"
    )


@pytest.fixture
def multiplier_world(course_with_cohort, finish):
    course, cohort, _lessons = course_with_cohort
    course.trains_multipliers = True
    course.save_revision().publish()
    coordinator = factories.CoordinatorFactory(actions=[cohort.action])
    trainee = factories.UserFactory(preferred_language="ru")
    enrolment, _created = learning.enrol(trainee, course, key="NOTE-1")
    multiplier = cascade.become_multiplier(finish(enrolment))
    return {"course": course, "coordinator": coordinator, "trainee": trainee, "multiplier": multiplier}


def test_multiplier_confirmed_revoked_and_reinstated(sent, multiplier_world):
    """Confirmed, revoked (with the reason) and confirmed again: three messages, in Russian."""
    world = multiplier_world
    (confirmed,) = sent(cascade.confirm_multiplier, world["multiplier"], by=world["coordinator"])
    assert confirmed.body.startswith("Здравствуйте")
    (revoked,) = sent(
        cascade.revoke_multiplier, world["multiplier"], by=world["coordinator"], reason="Left the ministry."
    )
    assert "Left the ministry." in revoked.body
    multiplier = sent.result
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=5)):
        (again,) = sent(cascade.confirm_multiplier, multiplier, by=world["coordinator"])
    assert again.subject == confirmed.subject
    assert (
        SentMessage.objects.filter(recipient=world["trainee"])
        .exclude(kind=Kind.ENROLMENT_CONFIRMED)
        .filter(kind__startswith="multiplier")
        .count()
        == 3
    )


def test_sessions_confirmed_and_rejected_and_a_colleague_joined(sent, multiplier_world):
    """The multiplier hears of each review (the rejection with its reason) and of each colleague
    who enrols through their link."""
    world = multiplier_world
    multiplier = cascade.confirm_multiplier(world["multiplier"], by=world["coordinator"])
    details = {
        "place": "Lima",
        "institution": "Migraciones",
        "modules_covered": "Module 1",
        "female": 1,
        "male": 1,
        "other": 0,
    }
    first = cascade.record_session(multiplier, date=timezone.localdate(), **details)
    second = cascade.record_session(multiplier, date=timezone.localdate(), **details)
    (confirmed,) = sent(cascade.review_session, first, by=world["coordinator"], decision="confirmed")
    (rejected,) = sent(
        cascade.review_session, second, by=world["coordinator"], decision="rejected", reason="No sheet."
    )
    assert confirmed.subject != rejected.subject
    assert "No sheet." in rejected.body and "No sheet." in html_of(rejected)
    colleague = factories.UserFactory(full_name="Ana Colleague")
    messages = sent(
        learning.enrol, colleague, world["course"], invitation=multiplier.invitation_cohort.invitation_token
    )
    (joined,) = [m for m in messages if m.to == [world["trainee"].email]]
    assert "Ana Colleague" in joined.subject


def test_a_failed_send_does_not_break_the_verb_and_is_retried(sent, course_with_cohort):
    """The SMTP server refuses: the enrolment stands, the record says *failed*; the sweep sends
    it later, once."""
    course, _cohort, _lessons = course_with_cohort
    learner = factories.UserFactory()
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("connection refused")):
        messages = sent(learning.enrol, learner, course, key="NOTE-1")
    assert messages == [] and Enrolment.objects.filter(user=learner).exists()
    record = SentMessage.objects.get(recipient=learner)
    assert (record.state, record.attempts, record.last_error) == ("failed", 1, "connection refused")
    retried = sent(sweep)
    assert [m.to for m in retried] == [[learner.email]]
    record.refresh_from_db()
    assert (record.state, record.attempts) == ("sent", 2)
    assert sent(sweep) == []


def test_a_message_is_claimed_once(course_with_cohort):
    """Two workers delivering the same record: one sends, the other finds it taken; a sweep
    leaves it to its sender, unless that sender has held it for over an hour (it died)."""
    course, cohort, _lessons = course_with_cohort
    enrolment = factories.EnrolmentFactory(cohort=cohort)
    record = SentMessage.objects.create(
        recipient=enrolment.user, kind=Kind.NUDGE, subject_key=f"enrolment:{enrolment.pk}", period="x"
    )
    claimed = timezone.now() - datetime.timedelta(minutes=10)
    SentMessage.objects.filter(pk=record.pk).update(state="sending", attempts=1, claimed_at=claimed)
    assert services.deliver(record.pk) is False
    assert services.retry(now=timezone.now() + datetime.timedelta(hours=2)) == 1
    assert services.retry(now=timezone.now() + datetime.timedelta(hours=2)) == 0
    assert len(mail.outbox) == 1
    record.refresh_from_db()
    assert (record.state, record.attempts) == ("sent", 2)


def test_switched_off_is_not_sent_and_digest_is_held_then_gathered(sent, course_with_cohort):
    """Off: recorded as skipped, not sent. Weekly digest: held, then one digest gathers it; a
    second sweep sends nothing more."""
    course, _cohort, _lessons = course_with_cohort
    quiet, gathered = factories.UserFactory(), factories.UserFactory(preferred_language="fr")
    services.set_preference(quiet, Kind.ENROLMENT_CONFIRMED, Mode.OFF)
    services.set_preference(gathered, Kind.ENROLMENT_CONFIRMED, Mode.DIGEST)
    assert sent(learning.enrol, quiet, course, key="NOTE-1") == []
    assert sent(learning.enrol, gathered, course, key="NOTE-1") == []
    assert SentMessage.objects.get(recipient=quiet).state == "skipped"
    assert SentMessage.objects.get(recipient=gathered).state == "held"
    (digest,) = sent(sweep)
    assert digest.to == [gathered.email] and course.title in digest.body and "Bonjour" in digest.body
    assert SentMessage.objects.get(recipient=gathered, kind=Kind.ENROLMENT_CONFIRMED).state == "sent"
    assert sent(sweep) == []


def test_one_click_unsubscribe_without_signing_in(client, sent, course_with_cohort):
    """GET shows a confirmation and changes nothing; POST (as a mail client does, without a
    session or CSRF token) switches that kind off; a forged token is refused."""
    course, _cohort, _lessons = course_with_cohort
    learner = factories.UserFactory()
    (message,) = sent(learning.enrol, learner, course, key="NOTE-1")
    url = header(message, "List-Unsubscribe").strip("<>").split("://", 1)[1].split("/", 1)[1]
    url = "/" + url
    page = client.get(url)
    assert page.status_code == 200 and not Preference.objects.exists()
    client.handler.enforce_csrf_checks = True
    assert (
        client.post(
            url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
        ).status_code
        == 200
    )
    assert services.mode_for(learner, Kind.ENROLMENT_CONFIRMED) == Mode.OFF
    assert services.mode_for(learner, Kind.NUDGE) == Mode.IMMEDIATELY
    assert client.post(url[:-3] + "xx/").status_code == 404


def test_preferences_on_the_profile_page(client):
    learner = factories.UserFactory()
    client.force_login(learner)
    page = client.get(reverse("lms:profile"))
    assert page.status_code == 200 and 'name="nudge"' in page.content.decode()
    choices = {kind.value: Mode.IMMEDIATELY for kind in services.preferences_of(learner)}
    choices[Kind.NUDGE] = Mode.OFF
    choices[Kind.CERTIFICATE_ISSUED] = Mode.DIGEST
    response = client.post(reverse("lms:notification_preferences"), choices)
    assert response.status_code == 302
    assert services.mode_for(learner, Kind.NUDGE) == Mode.OFF
    assert services.mode_for(learner, Kind.CERTIFICATE_ISSUED) == Mode.DIGEST


def test_nudge_after_days_without_activity_once_per_stall(sent, course_with_cohort, settings):
    """After RELAIS_NUDGE_AFTER_DAYS without activity a learner is nudged once, in their
    language; a second sweep, or two, send nothing more; a finisher is never nudged; activity
    then a new stall brings one more nudge."""
    settings.RELAIS_NUDGE_AFTER_DAYS = 10
    course, _cohort, lessons = course_with_cohort
    stalled = factories.UserFactory(preferred_language="es")
    sent(learning.enrol, stalled, course, key="NOTE-1")
    enrolment = sent.result[0]
    factories.EnrolmentFactory(completed=True, container=course, cohort=None)
    assert [m for m in sent(sweep) if m.to == [stalled.email]] == []
    with time_machine.travel(timezone.now() + datetime.timedelta(days=11)):
        nudges = [m for m in sent(call_command, "send_reminders") if m.to == [stalled.email]]
        assert len(nudges) == 1 and nudges[0].body.startswith("Hola")
        assert [m for m in sent(call_command, "send_reminders") if m.to == [stalled.email]] == []
        learning.complete_step(enrolment, lessons[0])
    with time_machine.travel(timezone.now() + datetime.timedelta(days=30)):
        again = [m for m in sent(sweep) if m.to == [stalled.email]]
    assert len(again) == 1
    assert SentMessage.objects.filter(kind=Kind.NUDGE).count() == 2


def test_coordinator_digest_once_a_week_with_the_actions_figures(sent, course_with_cohort):
    course, cohort, _lessons = course_with_cohort
    coordinator = factories.CoordinatorFactory(actions=[cohort.action], preferred_language="en")
    for _ in range(3):
        learning.enrol(factories.UserFactory(), course, key="NOTE-1")
    digests = [m for m in sent(sweep) if m.to == [coordinator.email]]
    assert len(digests) == 1
    assert cohort.action.name in digests[0].subject and "New enrolments: 3" in digests[0].body
    assert [m for m in sent(sweep) if m.to == [coordinator.email]] == []
    with time_machine.travel(timezone.now() + datetime.timedelta(days=7)):
        assert len([m for m in sent(sweep) if m.to == [coordinator.email]]) == 1


def test_sweep_queries_do_not_grow_with_learners(course_with_cohort, settings):
    """Nudges and digests for many learners are written in a fixed number of queries (the
    sending itself is one task per message)."""
    settings.RELAIS_NUDGE_AFTER_DAYS = 1
    course, cohort, _lessons = course_with_cohort

    def queries_for(count):
        for _ in range(count):
            factories.EnrolmentFactory(container=course, cohort=cohort)
        later = timezone.now() + datetime.timedelta(days=3)
        with (
            time_machine.travel(later),
            mock.patch("lms.notifications.sweep.enqueue"),
            CaptureQueriesContext(connection) as seen,
        ):
            sweep()
        return len(seen)

    assert queries_for(3) == queries_for(30)


def test_staff_see_what_was_sent_on_the_learners_admin_page(client, sent, course_with_cohort):
    course, _cohort, _lessons = course_with_cohort
    learner = factories.UserFactory()
    sent(learning.enrol, learner, course, key="NOTE-1")
    client.force_login(factories.SuperuserFactory())
    page = client.get(reverse("wagtailusers_users:edit", args=[learner.pk]))
    content = page.content.decode()
    assert page.status_code == 200
    assert "Enrolment confirmed" in content and "Sent" in content


def test_personal_calendar_feed_parses_and_can_be_reset(client, course_with_cohort):
    """The feed lists the learner's cohort days and their sessions as a multiplier, parsed back
    with `icalendar`; it needs no session but its secret address, which the profile resets."""
    course, cohort, _lessons = course_with_cohort
    session = factories.MultiplierSessionFactory(place="Lima, Perú; centre", institution="Migraciones")
    learner = session.multiplier.enrolment.user
    factories.EnrolmentFactory(user=learner, container=course, cohort=cohort)
    client.force_login(learner)
    profile = client.get(reverse("lms:profile")).content.decode()
    feed = CalendarFeed.objects.get(user=learner)
    assert feed.token in profile
    client.logout()
    response = client.get(reverse("lms:calendar", kwargs={"token": feed.token}))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    parsed = icalendar.Calendar.from_ical(response.content)
    events = {str(event["SUMMARY"]): event for event in parsed.walk("VEVENT")}
    assert len(events) == 3
    opens = timezone.localtime(cohort.opens_at).date()
    assert any(event.decoded("DTSTART") == opens for event in events.values())
    (session_event,) = [event for event in events.values() if "Migraciones" in str(event["SUMMARY"])]
    assert (
        str(session_event["LOCATION"]) == "Lima, Perú; centre"
        and session_event.decoded("DTSTART") == session.date
    )
    assert all(len(line.encode()) <= 75 for line in response.content.decode().split("\r\n"))

    client.force_login(learner)
    assert client.post(reverse("lms:reset_calendar")).status_code == 302
    client.logout()
    assert client.get(reverse("lms:calendar", kwargs={"token": feed.token})).status_code == 404
    feed.refresh_from_db()
    assert client.get(reverse("lms:calendar", kwargs={"token": feed.token})).status_code == 200
    assert client.get(reverse("lms:calendar", kwargs={"token": "nope"})).status_code == 404


def test_cohort_opening_and_closing_soon_once(sent, make_course, make_cohort):
    """Learners of a group opening within RELAIS_COHORT_SOON_DAYS hear it once; of a group
    closing soon, only those who have not finished; a second sweep sends nothing more."""
    course, _lessons, _assessment = make_course("key")
    now = timezone.now()
    opening = make_cohort(course, name="Opening", opens_at=now + datetime.timedelta(days=2))
    closing = make_cohort(
        course,
        name="Closing",
        opens_at=now - datetime.timedelta(days=30),
        closes_at=now + datetime.timedelta(days=2),
    )
    early = factories.EnrolmentFactory(cohort=opening, user=factories.UserFactory(preferred_language="fr"))
    late = factories.EnrolmentFactory(cohort=closing)
    done = factories.EnrolmentFactory(cohort=closing, completed=True)
    messages = sent(sweep)
    by_person = {tuple(m.to): m for m in messages}
    assert (
        by_person[(early.user.email,)].body.startswith("Bonjour")
        and "Opening" in by_person[(early.user.email,)].body
    )
    assert "Closing" in by_person[(late.user.email,)].body
    assert (done.user.email,) not in by_person
    assert SentMessage.objects.filter(kind__in=[Kind.COHORT_OPENING, Kind.COHORT_CLOSING]).count() == 2
    assert sent(sweep) == []
