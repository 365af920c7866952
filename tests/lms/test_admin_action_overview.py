"""A coordinator opens their own Action: one read-only page with its partners, activities, cohorts,
enrolments, multipliers, sessions and reach, linked from the Action list and their admin home;
another Action's overview is not theirs to open, and an editor sees no learner in it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.cascade import services as cascade
from lms.core.masking import HIDDEN
from lms.learning import services as learning
from tests import factories
from tests.lms.cascade_helpers import certified

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(make_course, make_cohort, make_action, finish):
    mine = make_action("Overview Mine", partners=[{"name": "Ministerio del Interior"}], activities=1)
    other = make_action("Overview Other")
    course, _lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, name="Cohort Mine", enrolment_key="OV-1", action=mine)
    make_cohort(course, name="Cohort Other", enrolment_key="OV-2", action=other)
    marta = factories.UserFactory(full_name="Marta Overview")
    multiplier = certified(finish(learning.enrol(marta, course, key="OV-1")[0]))
    cascade.record_session(
        multiplier,
        date=timezone.localdate(),
        place="Heredia",
        institution="Dirección de Migración",
        modules_covered="m",
        female=4,
        male=3,
        other=0,
    )
    learning.enrol(factories.UserFactory(full_name="Omar Elsewhere"), course, key="OV-2")
    coordinator = factories.CoordinatorFactory(actions=[mine])
    return {"mine": mine, "other": other, "coordinator": coordinator, "course": course}


def overview(action):
    return reverse("wagtailsnippets_lms_action:inspect", args=[action.pk])


def test_a_coordinator_sees_their_action_in_one_place(client, world):
    """Partners, activities, cohort, enrolment, multiplier, session and reach, read-only."""
    client.force_login(world["coordinator"])
    response = client.get(overview(world["mine"]))
    assert response.status_code == 200
    body = response.content.decode()
    for text in (
        "Ministerio del Interior",
        "Workshop",
        "Cohort Mine",
        "Marta Overview",
        "Dirección de Migración",
    ):
        assert text in body, text
    assert "Omar Elsewhere" not in body and "Cohort Other" not in body
    reach = response.context["reach"]
    assert (reach.direct, reach.offline_awaiting_review, reach.activity_participants) == (1, 7, 5)
    # One learner is a small cell: shown hidden, as the Action's public page and dashboard do.
    assert response.context["headline"]["direct"] == HIDDEN
    assert response.context["reach_total"] == HIDDEN
    assert "x: hidden, so that no one can be identified" in body  # and says what "x" means
    assert 'method="post"' not in body.split('id="main"')[-1]  # read-only


def test_another_action_is_not_theirs(client, world):
    client.force_login(world["coordinator"])
    assert client.get(overview(world["other"])).status_code == 404


def test_linked_from_the_action_list_and_the_admin_home(client, world):
    """Coordinators may not edit an Action: the list's row and their home link to its overview."""
    client.force_login(world["coordinator"])
    url = overview(world["mine"])
    assert url in client.get(reverse("wagtailsnippets_lms_action:list")).content.decode()
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()
    assert (
        reverse("wagtailsnippets_lms_action:edit", args=[world["mine"].pk])
        not in client.get(reverse("wagtailsnippets_lms_action:list")).content.decode()
    )


def test_an_editor_sees_the_action_but_no_learner(client, world):
    """Editors maintain Actions' content: the overview shows them partners and activities, not
    the learners, multipliers or figures that scoping keeps from them."""
    client.force_login(factories.EditorFactory())
    response = client.get(overview(world["mine"]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Ministerio del Interior" in body
    assert "Marta Overview" not in body and "Cohort Mine" not in body


def test_the_overview_reads_in_a_few_queries(client, world):
    """The page's queries do not grow with the Action's learners."""
    client.force_login(world["coordinator"])
    client.get(overview(world["mine"]))

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(overview(world["mine"])).status_code == 200
        return len(captured)

    before = queries()
    for _n in range(5):
        learning.enrol(factories.UserFactory(), world["course"], key="OV-1")
    assert queries() == before
