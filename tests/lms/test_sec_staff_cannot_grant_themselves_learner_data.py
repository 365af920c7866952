"""Security class: staff cannot grant themselves learner data.

Being named coordinator of an Action or a cohort opens its learners (reports, exports,
attendance sheets). Only programme managers and superusers choose coordinators: an editor who
maintains Actions' content, or a coordinator who runs a cohort, posting the admin form with
coordinators added saves everything else and leaves the coordinators as they were."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from lms.programme.scoping import scope
from tests import factories

pytestmark = pytest.mark.django_db


def edit_form(client, url):
    """The admin edit form at `url` as the browser would post it (disabled fields left out)."""
    html = client.get(url).content.decode()
    for index in range(6):
        data = querydict_from_html(html, form_index=index)
        if "name" in data:
            return data.copy()
    raise AssertionError(f"No edit form at {url}")


def post_with_coordinators(client, url, people, **changes):
    data = edit_form(client, url)
    data.setlist("coordinators", [str(person.pk) for person in people])
    for field, value in changes.items():
        data[field] = value
    return client.post(url, data)


@pytest.fixture
def world(make_course, make_cohort, make_action):
    action = make_action("Guarded Action")
    course, _lessons, _assessment = make_course("key")
    cohort = make_cohort(course, name="Guarded cohort", enrolment_key="GUARD", action=action)
    coordinator = factories.CoordinatorFactory(actions=[action])
    cohort_coordinator = factories.CoordinatorFactory()
    cohort.coordinators.add(cohort_coordinator)
    return {
        "action": action,
        "cohort": cohort,
        "coordinator": coordinator,
        "cohort_coordinator": cohort_coordinator,
        "action_url": reverse("wagtailsnippets_lms_action:edit", args=[action.pk]),
        "cohort_url": reverse("wagtailsnippets_lms_cohort:edit", args=[cohort.pk]),
    }


def test_an_editor_cannot_make_themselves_coordinator_of_an_action(client, world):
    """An editor may change an Action's content but not its coordinators: the summary changes, the
    coordinators do not, and the editor still sees no learner data of that Action."""
    editor = factories.EditorFactory()
    client.force_login(editor)
    page = client.get(world["action_url"]).content.decode()
    assert 'name="coordinators"' in page and "disabled" in page  # shown, not changeable
    response = post_with_coordinators(
        client, world["action_url"], [editor], summary="Rewritten by the editor."
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    world["action"].refresh_from_db()
    assert world["action"].summary == "Rewritten by the editor."
    assert list(world["action"].coordinators.all()) == [world["coordinator"]]
    assert not scope.actions(editor).exists()
    assert client.get(reverse("lms_reports:enrolments")).status_code in (302, 403)


def test_an_editor_creating_an_action_cannot_name_coordinators(client, world):
    """A new Action made by an editor has no coordinators, whatever the form said."""
    editor = factories.EditorFactory()
    client.force_login(editor)
    add_url = reverse("wagtailsnippets_lms_action:add")
    data = edit_form(client, add_url)
    data.update(
        {
            "name": "Editor's Action",
            "slug": "editors-action",
            "countries": "CR",
            "region": "lac",
            "thematic_area": "HO",
            "action_type": "demand-driven",
            "phase": "mieux-plus",
            "status": "ongoing",
            "start_month": "2024-01-01",
            "summary": "Made by an editor.",
        }
    )
    data.setlist("coordinators", [str(editor.pk)])
    response = client.post(add_url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    created = scope.editable_actions(editor).get(slug="editors-action")
    assert not created.coordinators.exists()


def test_a_coordinator_cannot_add_coordinators_to_their_cohort(client, world):
    """The Action's coordinator and the cohort's own coordinator may edit the cohort (its name
    here) but neither adds themselves to its coordinators nor brings in a colleague."""
    colleague = factories.StaffFactory()
    for person in (world["coordinator"], world["cohort_coordinator"]):
        client.force_login(person)
        response = post_with_coordinators(
            client, world["cohort_url"], [person, colleague], name=f"Renamed by {person.pk}"
        )
        assert response.status_code == 302, response.context["form"].errors if response.context else ""
        world["cohort"].refresh_from_db()
        assert world["cohort"].name == f"Renamed by {person.pk}"
        assert list(world["cohort"].coordinators.all()) == [world["cohort_coordinator"]]
    assert not scope.cohorts(colleague).exists()


def test_a_coordinator_creates_cohorts_only_within_their_actions(client, world):
    """A coordinator making a cohort must attach it to one of their Actions (they cannot name
    themselves its coordinator, so a cohort without one would be lost to them)."""
    client.force_login(world["coordinator"])
    add_url = reverse("wagtailsnippets_lms_cohort:add")
    data = edit_form(client, add_url)
    data.update({"name": "No Action", "container": str(world["cohort"].container_id), "language": "en"})
    data["action"] = ""
    data.setlist("coordinators", [str(world["coordinator"].pk)])
    response = client.post(add_url, data)
    assert response.status_code == 200 and "action" in response.context["form"].errors
    data["action"] = str(world["action"].pk)
    data["enrolment_key"] = "NEW-KEY"
    assert client.post(add_url, data).status_code == 302
    created = scope.cohorts(world["coordinator"]).get(name="No Action")
    assert not created.coordinators.exists()


@pytest.mark.parametrize("who", ["programme manager", "superuser"])
def test_programme_managers_choose_coordinators(client, world, who):
    """A programme manager (or superuser) appoints and removes coordinators of Actions and cohorts."""
    manager = (
        factories.ProgrammeManagerFactory if who == "programme manager" else factories.SuperuserFactory
    )()
    newcomer = factories.StaffFactory()
    client.force_login(manager)
    assert post_with_coordinators(client, world["action_url"], [newcomer]).status_code == 302
    assert list(world["action"].coordinators.all()) == [newcomer]
    assert post_with_coordinators(client, world["cohort_url"], [newcomer]).status_code == 302
    assert list(world["cohort"].coordinators.all()) == [newcomer]
    assert scope.actions(newcomer).filter(pk=world["action"].pk).exists()
