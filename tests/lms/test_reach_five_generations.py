"""A cascade of five generations, online and offline, counted by hand — with the attacks a
dishonest learner would try (absurd head counts, back-dating, joining one's own link, throwaway and
unverified accounts, withdrawal, deleting an account) — against every public and report figure,
before and after confirmations, as of two days; and the same figures rebuilt from the audit log
and timestamps alone.

The timeline (days after T0):
  0  A (woman) and B (man) finish the course through the Action's key; H does one lesson; I only
     enrols. A is confirmed as a multiplier; she opens her own link (nothing changes).
  5  Through A's link: C (woman) joins (she finishes on day 10), D (man) does one lesson, X never
     opens one, U (not verified) does one. A's session of day 4 (6 women, 4 men) is confirmed; she also claims
     30,000 people (refused) and a session in 1900 (refused). Six of her attendees check in.
 10  C is confirmed; through C's link E (woman) finishes and is confirmed. B withdraws.
 15  Through E's link F (other) finishes and is confirmed; through F's link G (man) does one
     lesson. F's session (7 other) is confirmed; C's session (3 women, 2 men) stays reported.
     H and I delete their accounts.
"""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.cascade import services as cascade
from lms.cascade.checkin import check_in
from lms.core import exceptions
from lms.learning import services as learning
from lms.models import Enrolment, MultiplierSession
from lms.privacy.services import forget_learner
from lms.reporting import figures, summaries
from lms.reporting.reach import ReachQuery, reach_of
from tests import factories

pytestmark = pytest.mark.django_db

T0 = datetime.datetime(2030, 5, 4, 10, tzinfo=datetime.UTC)


def on(day):
    return time_machine.travel(T0 + datetime.timedelta(days=day), tick=False)


def day(n):
    return timezone.localdate(T0 + datetime.timedelta(days=n))


@pytest.fixture
def cascade_world(make_course, make_action, finish):
    with on(0):
        action = make_action(name="Cinco", start_month=datetime.date(2030, 1, 1), end_month=None)
        coordinator = factories.UserFactory(is_staff=True)
        coordinator.groups.add(Group.objects.get(name="Coordinators"))
        action.coordinators.add(coordinator)
        course, lessons, _assessment = make_course(mode="key")
        course.trains_multipliers = True
        course.save()
        factories.CohortFactory(container=course, action=action, enrolment_key="CINCO")
        people = {
            name: factories.UserFactory(gender=gender, country=country, full_name=name)
            for name, gender, country in [
                ("A", "female", "CR"),
                ("B", "male", "CR"),
                ("C", "female", "PA"),
                ("D", "male", "PA"),
                ("E", "female", "NI"),
                ("F", "other", "NI"),
                ("G", "male", "HN"),
                ("H", "female", "GT"),
                ("I", "male", "SV"),
                ("X", "male", "BZ"),
            ]
        }
        people["U"] = factories.UserFactory(unverified=True, gender="female", country="MX")

        def enrol(name, *, key=None, via=None):
            token = via.invitation_cohort.invitation_token if via else None
            return learning.enrol(people[name], course, key=key, invitation=token)[0]

        def multiplier(enrolment):
            return cascade.confirm_multiplier(cascade.become_multiplier(finish(enrolment)), by=coordinator)

        def session(trainer, when, **counts):
            values = {
                "place": "Aula",
                "institution": "Ministerio",
                "modules_covered": "1",
                "female": 0,
                "male": 0,
            }
            return cascade.record_session(trainer, date=when, **{**values, "other": 0, **counts})

        a = multiplier(enrol("A", key="CINCO"))
        finish(enrol("B", key="CINCO"))
        learning.complete_step(enrol("H", key="CINCO"), lessons[0])
        enrol("I", key="CINCO")
        # Her own link leaves her where she is: generation 1, counted once.
        again, created = learning.enrol(people["A"], course, invitation=a.invitation_cohort.invitation_token)
        assert not created and again.generation == 1 and again.trained_by is None
    with on(5):
        c = enrol("C", via=a)
        learning.complete_step(enrol("D", via=a), lessons[0])
        enrol("X", via=a)
        learning.complete_step(enrol("U", via=a), lessons[0])
        a_session = session(a, day(4), female=6, male=4)
        cascade.review_session(a_session, by=coordinator, decision=MultiplierSession.Status.CONFIRMED)
        for n in range(6):  # six of her ten attendees check in on their phones
            check_in(a_session, browser_token=f"phone-{n}", institution="DGME", gender="")
        with pytest.raises(exceptions.TooManyAttendees):
            session(a, day(5), female=30_000)
        with pytest.raises(exceptions.SessionBeforeOwnTraining):
            session(a, datetime.date(1900, 1, 1), female=3)
    with on(10):
        c = multiplier(c)
        e = multiplier(enrol("E", via=c))
        learning.withdraw(Enrolment.objects.get(user=people["B"]))
    with on(15):
        f = multiplier(enrol("F", via=e))
        learning.complete_step(enrol("G", via=f), lessons[0])
        f_session = session(f, day(15), other=7)
        cascade.review_session(f_session, by=coordinator, decision=MultiplierSession.Status.CONFIRMED)
        session(c, day(14), female=3, male=2)
        forget_learner(people["H"])
        forget_learner(people["I"])
    return {"action": action, "coordinator": coordinator, "manager": factories.ProgrammeManagerFactory()}


# By hand: (direct, online cascade, offline, awaiting review, {generation: online people})
BY_HAND = {
    # A B H; D (C joined on day 5 but starts on day 10, X never starts, U is not verified); A's 10
    7: (3, 1, 10, 0, {1: 3, 2: 1}),
    20: (2, 5, 17, 5, {1: 2, 2: 2, 3: 1, 4: 1, 5: 1}),  # B withdrew; C D, E, F, G; + F's 7; C's 5 waits
}


@pytest.mark.parametrize("n", sorted(BY_HAND))
def test_every_figure_equals_the_hand_count_as_of_two_days(cascade_world, n):
    direct, cascade_online, offline, awaiting, generations = BY_HAND[n]
    with on(20):
        reach = reach_of(cascade_world["action"], ReachQuery(as_of=day(n)))
    assert (reach.direct, reach.online_cascade, reach.offline) == (direct, cascade_online, offline)
    assert reach.offline_awaiting_review == awaiting
    assert reach.offline_checked_in == 6  # beside the confirmed 10 declared, never in a figure
    assert {g.generation: g.online for g in reach.generations if g.online} == generations


def test_public_figures_and_pages_equal_the_hand_count(cascade_world, client):
    action = cascade_world["action"]
    with on(20):
        assert figures.compute_public_figures() == {
            "learners": 7,  # A C D E F G H: people, each once
            "countries": 5,  # CR PA NI HN GT of counted learners (H's stays), and the Action's CR
            "certificates": 0,
            "multiplier_reach": 5 + 17,  # C D E F G, and confirmed offline attendees
        }
        page = client.get(f"/en/actions/{action.slug}/?as_of={day(7)}")
        assert page.context["reach"].direct == 3 and page.context["reach"].offline == 10
        client.force_login(cascade_world["coordinator"])
        report = client.get("/admin/reports/reach/", {"as_of": day(20).isoformat()})
        row = report.context["object_list"][1]
        assert (row.direct, row.online_cascade, row.offline, row.offline_awaiting_review) == (2, 5, 17, 5)
        assert row.offline_checked_in == 6
        before = client.get("/admin/reports/reach/", {"as_of": day(7).isoformat()}).context["object_list"][1]
        assert (before.direct, before.online_cascade, before.offline) == (3, 1, 10)


def test_confirming_the_waiting_claim_moves_the_figure_by_exactly_its_count(cascade_world):
    action = cascade_world["action"]
    with on(21):
        before = reach_of(action)
        waiting = MultiplierSession.objects.get(status=MultiplierSession.Status.REPORTED)
        cascade.review_session(
            waiting, by=cascade_world["manager"], decision=MultiplierSession.Status.CONFIRMED
        )
        after = reach_of(action)
        assert after.offline == before.offline + 5 and after.offline_awaiting_review == 0
        assert reach_of(action, ReachQuery(as_of=day(20))).offline == before.offline  # the past stays


@pytest.mark.parametrize("n", [3, 7, 12, 20])
def test_figures_rebuilt_from_the_audit_log_and_timestamps_alone(cascade_world, n):
    """Offline: the participants of every confirmation logged by the end of the day. Online: each
    person's enrolments by their counting and withdrawal times (the withdrawals are logged too)."""
    end = timezone.make_aware(datetime.datetime.combine(day(n) + datetime.timedelta(days=1), datetime.time()))
    offline = sum(
        entry.data["participants"]
        for entry in ModelLogEntry.objects.filter(action="lms.session.confirm", timestamp__lt=end)
    )
    withdrawn_by_log = {
        int(entry.object_id)
        for entry in ModelLogEntry.objects.filter(action="lms.enrolment.withdraw", timestamp__lt=end)
    }
    generations = {}
    for enrolment in Enrolment.objects.filter(counted_at__lt=end):
        if enrolment.pk not in withdrawn_by_log:
            generations[enrolment.user_id] = min(generations.get(enrolment.user_id, 9), enrolment.generation)
    with on(20):
        reach = reach_of(cascade_world["action"], ReachQuery(as_of=day(n)))
    assert reach.offline == offline
    assert reach.direct == sum(1 for g in generations.values() if g == 1)
    assert reach.online_cascade == sum(1 for g in generations.values() if g > 1)
    kept = summaries.summary_rows()
    summaries.rebuild()
    assert summaries.summary_rows() == kept


@pytest.mark.parametrize("learners", [10, 1000])
def test_reach_of_an_action_costs_the_same_few_queries_whatever_the_number_of_learners(
    make_course, make_action, django_assert_max_num_queries, learners
):
    action = make_action(name="Many")
    course, _lessons, _assessment = make_course(mode="key")
    cohort = factories.CohortFactory(container=course, action=action, enrolment_key="MANY")
    users = factories.UserFactory.create_batch(learners)
    now = timezone.now()
    Enrolment.objects.bulk_create(
        Enrolment(
            user=u,
            container=course,
            course_key=course.translation_key,
            cohort=cohort,
            action=action,
            counted_at=now,
        )
        for u in users
    )
    summaries.rebuild()
    with django_assert_max_num_queries(6):
        one = reach_of(action, ReachQuery(as_of=timezone.localdate()))
    assert one.direct == learners
    with django_assert_max_num_queries(7):
        assert reach_of(type(action).objects.all()).direct == learners


def test_the_dashboard_answers_for_a_past_day(cascade_world, client):
    with on(20):
        client.force_login(cascade_world["coordinator"])
        today = client.get("/admin/reports/impact/").context["figures"]["reach"]
        past = client.get("/admin/reports/impact/", {"as_of": day(7).isoformat()})
    assert today == 2 + 5 + 17
    assert past.context["figures"]["reach"] == 3 + 1 + 10
    assert "as of" in past.content.decode()
