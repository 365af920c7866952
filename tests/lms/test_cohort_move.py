"""Moving a cohort to another Action (lms.learning.services.move_cohort, the cohort's admin form):
its learners and the cascade below them count for the new Action from then on, offline sessions
of its multipliers included, and the move is logged with both Actions and the number moved."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.core import exceptions
from lms.learning import services as learning
from lms.models import Cohort, Enrolment
from lms.reporting.reach import reach_of
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """A cohort of Action A with two learners; one is a multiplier who trained a colleague online
    (who trained another) and had a session of 5 confirmed. Another cohort of A stays. Everyone has
    started, so everyone counts."""
    action_a, action_b = factories.ActionFactory(name="Move A"), factories.ActionFactory(name="Move B")
    cohort = factories.CohortFactory(action=action_a, name="Moving group")
    trainer = factories.EnrolmentFactory(cohort=cohort, completed=True)
    factories.EnrolmentFactory(cohort=cohort, started=True)
    multiplier = factories.MultiplierFactory(enrolment=trainer, confirmed=True, invitation=True)
    colleague = factories.EnrolmentFactory(
        container=trainer.container, cohort=multiplier.invitation_cohort, trained_by=trainer, started=True
    )
    factories.EnrolmentFactory(container=trainer.container, trained_by=colleague, started=True)
    factories.MultiplierSessionFactory(multiplier=multiplier, confirmed=True)
    factories.EnrolmentFactory(cohort=factories.CohortFactory(action=action_a), started=True)  # stays in A
    return {"A": action_a, "B": action_b, "cohort": cohort, "multiplier": multiplier}


def figures(action):
    reach = reach_of(action)
    return reach.direct, reach.online_cascade, reach.offline


def test_moving_a_cohort_moves_its_learners_and_the_cascade_below(world):
    """Reach of both Actions before and after: 2 direct, 2 online cascade and 5 offline move from
    A to B; the other cohort of A stays; the multiplier's invitation follows."""
    assert figures(world["A"]) == (3, 2, 5)
    assert figures(world["B"]) == (0, 0, 0)
    coordinator = factories.ProgrammeManagerFactory()
    moved = learning.move_cohort(world["cohort"], world["B"], by=coordinator)
    assert moved == 4
    assert figures(world["A"]) == (1, 0, 0)
    assert figures(world["B"]) == (2, 2, 5)
    assert Cohort.objects.get(pk=world["multiplier"].invitation_cohort.pk).action == world["B"]
    [entry] = ModelLogEntry.objects.filter(action="lms.cohort.move")
    assert (entry.user_id, entry.data["from_action"], entry.data["action"], entry.data["enrolments"]) == (
        coordinator.pk,
        world["A"].pk,
        world["B"].pk,
        4,
    )


def test_an_invitation_is_never_moved_alone_and_a_non_move_is_not_logged(world):
    """A multiplier's invitation counts for its multiplier's Action: it is refused. Moving to the
    Action it already has changes and logs nothing."""
    with pytest.raises(exceptions.InvitationFollowsMultiplier):
        learning.move_cohort(world["multiplier"].invitation_cohort, world["B"], by=None)
    assert learning.move_cohort(world["cohort"], world["A"], by=None) == 0
    assert not ModelLogEntry.objects.filter(action="lms.cohort.move").exists()


def test_the_cohort_form_moves_through_the_verb_within_the_coordinators_actions(client, world):
    """A coordinator of both Actions moves the cohort in its admin form: logged as a move, the
    learners follow. A coordinator of A alone cannot choose B."""
    url = reverse("wagtailsnippets_lms_cohort:edit", args=[world["cohort"].pk])
    cohort = world["cohort"]
    form = {
        "name": cohort.name,
        "container": cohort.container_id,
        "action": world["B"].pk,
        "language": "en",
        "enrolment_key": "",
        "opens_at": "",
        "closes_at": "",
        "capacity": "",
    }
    only_a = factories.CoordinatorFactory(actions=[world["A"]])
    client.force_login(only_a)
    assert client.post(url, form).status_code == 200  # B is not one of the choices
    assert Cohort.objects.get(pk=cohort.pk).action == world["A"]
    both = factories.CoordinatorFactory(actions=[world["A"], world["B"]])
    client.force_login(both)
    assert client.post(url, form).status_code == 302
    assert Cohort.objects.get(pk=cohort.pk).action == world["B"]
    assert set(cohort.enrolments.values_list("action", flat=True)) == {world["B"].pk}
    [entry] = ModelLogEntry.objects.filter(action="lms.cohort.move")
    assert (entry.user_id, entry.data["enrolments"]) == (both.pk, 4)
    assert Enrolment.objects.filter(action=world["A"]).count() == 1


def test_the_cohort_form_says_when_a_closed_period_forbids_the_move(client, world):
    """A move that would rewrite a closed period's figures is a form error, not a server error."""
    factories.ReportingPeriodFactory(
        closed=True,
        starts_on=timezone.localdate() - datetime.timedelta(days=30),
        ends_on=timezone.localdate(),
    )
    cohort = world["cohort"]
    form = {
        "name": cohort.name,
        "container": cohort.container_id,
        "action": world["B"].pk,
        "language": "en",
        "enrolment_key": "",
        "opens_at": "",
        "closes_at": "",
        "capacity": "",
    }
    client.force_login(factories.CoordinatorFactory(actions=[world["A"], world["B"]]))
    response = client.post(reverse("wagtailsnippets_lms_cohort:edit", args=[cohort.pk]), form)
    assert response.status_code == 200 and "is closed" in response.content.decode()
    assert Cohort.objects.get(pk=cohort.pk).action == world["A"]
    assert not ModelLogEntry.objects.filter(action="lms.cohort.move").exists()
