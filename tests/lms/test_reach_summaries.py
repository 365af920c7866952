"""Reach summaries (lms.reporting.summaries): kept in the same transaction as every change, they
equal a rebuild from the source rows after any sequence of changes, and every figure asked "as of"
any day equals what the source rows say about that day."""

import contextlib
import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lms.accounts.verification import verify_email
from lms.cascade import services as cascade
from lms.core.exceptions import LearningError
from lms.learning import services as learning
from lms.models import Action, Enrolment, MultiplierSession
from lms.reporting import summaries
from lms.reporting.reach import ReachQuery, reach_of
from tests import factories

from .cascade_helpers import certified

pytestmark = pytest.mark.django_db

START = datetime.datetime(2030, 3, 1, 9, tzinfo=datetime.UTC)


@pytest.fixture
def world(make_course, make_action, finish):
    """Two Actions; a course that trains multipliers offered in both and a second course in the
    first; five people; a certified multiplier of the first Action with an invitation link."""
    with time_machine.travel(START - datetime.timedelta(days=2), tick=False):
        first = make_action(name="First", start_month=datetime.date(2029, 1, 1), end_month=None)
        second = make_action(name="Second", start_month=datetime.date(2029, 1, 1), end_month=None)
        course, lessons, _assessment = make_course(mode="key")
        course.trains_multipliers = True
        course.save()
        other, other_lessons, _assessment = make_course(mode="key")
        cohorts = [
            factories.CohortFactory(container=course, action=first, enrolment_key="C-FIRST"),
            factories.CohortFactory(container=other, action=first, enrolment_key="O-FIRST"),
            factories.CohortFactory(container=course, action=second, enrolment_key="C-SECOND"),
        ]
        trainer, _created = learning.enrol(factories.UserFactory(gender="female"), course, key="C-FIRST")
        multiplier = certified(finish(trainer))
    return {
        "actions": [first, second],
        "cohorts": cohorts,
        "lessons": {course.pk: lessons, other.pk: other_lessons},
        "people": [factories.UserFactory(gender="", country="") for _ in range(5)],
        "multiplier": multiplier,
        "reviewer": factories.ProgrammeManagerFactory(),
    }


person = st.integers(0, 4)
operations = st.one_of(
    st.tuples(st.just("enrol"), person, st.integers(0, 2)),
    st.tuples(st.just("join"), person),
    st.tuples(st.just("step"), person, st.integers(0, 2), st.integers(0, 1)),
    st.tuples(st.just("withdraw"), person, st.integers(0, 2)),
    st.tuples(
        st.just("profile"),
        person,
        st.sampled_from(["female", "male", "other", ""]),
        st.sampled_from(["", "FJ", "TO"]),
    ),
    st.tuples(st.just("session"), st.integers(0, 4), st.integers(0, 4), st.booleans()),
    st.tuples(st.just("later"), st.integers(0, 3)),
)


def run(world, operation, clock):
    kind, *args = operation
    cohorts, people = world["cohorts"], world["people"]

    def enrolment_of(i, c):
        return Enrolment.objects.filter(
            user=people[i], course_key=cohorts[c].container.translation_key
        ).first()

    if kind == "enrol":
        i, c = args
        learning.enrol(people[i], cohorts[c].container, key=cohorts[c].enrolment_key)
    elif kind == "join":
        invitation = world["multiplier"].enrolment.container
        token = world["multiplier"].invitation_cohort.invitation_token
        learning.enrol(people[args[0]], invitation, invitation=token)
    elif kind == "step":
        i, c, n = args
        enrolment = enrolment_of(i, c)
        if enrolment is not None:
            learning.complete_step(enrolment, world["lessons"][enrolment.container_id][n])
    elif kind == "withdraw":
        enrolment = enrolment_of(*args)
        if enrolment is not None and enrolment.status != Enrolment.Status.WITHDRAWN:
            learning.withdraw(enrolment)
    elif kind == "profile":
        i, gender, country = args
        people[i].gender, people[i].country = gender, country
        people[i].save()
    elif kind == "session":
        female, male, confirm = args
        session = cascade.record_session(
            world["multiplier"],
            date=timezone.localdate(),
            female=female,
            male=male,
            other=0,
            place="Here",
            institution="Ministry",
            modules_covered="Module 1",
        )
        if confirm:
            cascade.review_session(session, by=world["reviewer"], decision=MultiplierSession.Status.CONFIRMED)
    elif kind == "later":
        clock.shift(datetime.timedelta(days=args[0], hours=5))


def counted_by_hand(action, day):
    """People of `action` counted at the end of `day`, from the source rows in Python, by
    generation; and the confirmed offline attendees."""
    end = timezone.make_aware(datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time()))
    generations = {}
    for e in Enrolment.objects.filter(action=action):
        withdrawn = e.status == Enrolment.Status.WITHDRAWN and e.withdrawn_at < end
        if e.counted_at is not None and e.counted_at < end and not withdrawn:
            generations[e.user_id] = min(generations.get(e.user_id, 99), e.generation)
    offline = sum(
        s.participants
        for s in MultiplierSession.objects.filter(multiplier__enrolment__action=action, status="confirmed")
        if s.reviewed_at < end
    )
    return sorted(generations.values()), offline


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(operations, min_size=1, max_size=20))
def test_kept_summaries_equal_a_rebuild_and_the_source_rows_on_every_day(world, steps):
    with transaction.atomic(), time_machine.travel(START, tick=False) as clock:
        days = {timezone.localdate()}
        for operation in steps:
            with contextlib.suppress(LearningError):  # refused by a verb: nothing changed
                run(world, operation, clock)
            days.add(timezone.localdate())
        for action in world["actions"]:
            for day in sorted(days):
                reach = reach_of(action, ReachQuery(as_of=day))
                generations, offline = counted_by_hand(action, day)
                online = sorted(g.generation for g in reach.generations for _ in range(g.online))
                assert (online, reach.offline) == (generations, offline), (action, day)
        kept = summaries.summary_rows()
        summaries.rebuild()
        assert summaries.summary_rows() == kept
        transaction.set_rollback(True)


def test_rebuild_command_checks_and_rebuilds(world, capsys):
    with time_machine.travel(START, tick=False):
        enrolment, _created = learning.enrol(world["people"][0], world["cohorts"][0].container, key="C-FIRST")
        learning.complete_step(enrolment, world["lessons"][enrolment.container_id][0])
    call_command("rebuild_reach", "--check")
    assert "equal a rebuild" in capsys.readouterr().out
    summaries.ReachSummary.objects.update(change=7)
    with pytest.raises(Exception, match="differ"):
        call_command("rebuild_reach", "--check")
    call_command("rebuild_reach")
    call_command("rebuild_reach", "--check")


@time_machine.travel(START, tick=False)
def test_a_person_in_two_actions_counts_once_in_a_total_that_spans_them(world):
    first, second = world["actions"]
    somebody = world["people"][0]
    for cohort in (world["cohorts"][1], world["cohorts"][2]):  # other course in First, course in Second
        enrolment, _created = learning.enrol(somebody, cohort.container, key=cohort.enrolment_key)
        learning.complete_step(enrolment, world["lessons"][enrolment.container_id][0])
    assert reach_of(first).direct == 2  # the trainer and somebody
    assert reach_of(second).direct == 1
    both = reach_of(Action.objects.filter(pk__in=[first.pk, second.pk]))
    assert both.direct == 2  # not 3


@time_machine.travel(START, tick=False)
def test_an_enrolment_without_activity_counts_nowhere(world):
    first = world["actions"][0]
    before = reach_of(first).direct
    learning.enrol(world["people"][1], world["cohorts"][0].container, key="C-FIRST")
    assert reach_of(first).direct == before


@time_machine.travel(START, tick=False)
def test_a_learner_counts_from_the_later_of_their_first_step_and_their_verification(world):
    first = world["actions"][0]
    unverified = factories.UserFactory(unverified=True)
    enrolment, _created = learning.enrol(unverified, world["cohorts"][0].container, key="C-FIRST")
    learning.complete_step(enrolment, world["lessons"][enrolment.container_id][0])
    before = reach_of(first).direct
    enrolment.refresh_from_db()
    assert enrolment.counted_at is None  # did something, but the address is not verified
    with time_machine.travel(START + datetime.timedelta(days=3), tick=False):
        verify_email(unverified)
        assert reach_of(first).direct == before + 1
    enrolment.refresh_from_db()
    assert timezone.localdate(enrolment.counted_at) == timezone.localdate() + datetime.timedelta(days=3)
    assert reach_of(first, ReachQuery(as_of=timezone.localdate())).direct == before


@time_machine.travel(START + datetime.timedelta(days=20), tick=False)
def test_the_action_page_answers_for_a_past_day(client, world):
    first = world["actions"][0]
    with time_machine.travel(START + datetime.timedelta(days=10), tick=False):
        for person in world["people"][:3]:
            enrolment, _created = learning.enrol(person, world["cohorts"][0].container, key="C-FIRST")
            learning.complete_step(enrolment, world["lessons"][enrolment.container_id][0])
    today = client.get(f"/en/actions/{first.slug}/")
    past = client.get(f"/en/actions/{first.slug}/?as_of={(START + datetime.timedelta(days=5)).date()}")
    broken = client.get(f"/en/actions/{first.slug}/?as_of=31-03-2024")
    assert past.context["as_of"] == (START + datetime.timedelta(days=5)).date()
    assert broken.context["as_of"] is None  # not a day: today's figures, and it says so
    assert broken.context["as_of_refused"] and "Today's figures are shown" in broken.content.decode()
    assert not today.context["as_of_refused"]
    assert f"as of {(START + datetime.timedelta(days=5)).day} March 2030" in past.content.decode()
    assert past.context["reach"].direct == 1  # the trainer only
    assert today.context["reach"].direct == 4
    assert broken.context["reach"].direct == 4


@time_machine.travel(START, tick=False)
def test_a_person_is_of_the_generation_that_reached_them_first_across_actions(world):
    """Generation 1 in one Action, generation 2 in another: across both, generation 1 only."""
    first, second = world["actions"]
    colleague = world["people"][0]
    direct, _created = learning.enrol(colleague, world["cohorts"][1].container, key="O-FIRST")
    learning.complete_step(direct, world["lessons"][direct.container_id][0])
    joined, _created = learning.enrol(
        colleague,
        world["multiplier"].enrolment.container,
        invitation=world["multiplier"].invitation_cohort.invitation_token,
    )
    learning.complete_step(joined, world["lessons"][joined.container_id][0])
    Enrolment.objects.filter(pk=joined.pk).update(action=second)
    summaries.refresh_people([colleague.pk])
    both = Action.objects.filter(pk__in=[first.pk, second.pk])
    assert reach_of(second, ReachQuery(generation=2)).online_cascade == 1
    assert reach_of(both, ReachQuery(generation=2)).online_cascade == 0
    assert reach_of(both, ReachQuery(generation=1)).direct == 2  # the trainer and the colleague
