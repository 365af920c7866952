"""The admin's home page shows a coordinator their Actions in figures and the multipliers waiting
for them, and nothing of other Actions (lms/admin_home.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.cascade import services as cascade
from lms.learning import services as learning
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(db):
    """A coordinator of no Action yet."""
    return factories.CoordinatorFactory()


def test_a_coordinator_sees_their_actions_and_who_waits_for_them(
    client, coordinator, make_action, make_course, make_cohort, finish
):
    """The panel counts each of their Actions' learners still enrolled and those who completed,
    says how many multipliers wait for them, and links to the Action's impact; other Actions are
    not shown."""
    mine, other = make_action("Mine Action"), make_action("Other Action")
    mine.coordinators.add(coordinator)
    course, _lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, enrolment_key="MINE", action=mine)
    make_cohort(course, enrolment_key="OTHER", action=other)
    enrolments = [learning.enrol(factories.UserFactory(), course, key="MINE")[0] for _ in range(3)]
    learning.enrol(factories.UserFactory(), course, key="OTHER")
    learning.withdraw(enrolments[2])
    cascade.become_multiplier(finish(enrolments[0]))

    client.force_login(coordinator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Your Actions" in html
    overview = f"/admin/snippets/lms/action/inspect/{mine.pk}/"
    cells = "\n              <td>2</td>\n              <td>1</td>"
    assert f'<th scope="row"><a href="{overview}">Mine Action</a></th>{cells}' in html
    assert "Other Action" not in html
    assert "1 multiplier is waiting for your confirmation." in html
    assert f"{reverse('lms_reports:impact')}?action={mine.pk}" in html


def test_the_panel_costs_three_queries_and_stays_off_for_editors(client, coordinator, make_action):
    """Fifteen Actions cost the panel three queries; an editor, who coordinates nothing, gets no panel."""
    for n in range(15):
        make_action(f"Action {n:02}").coordinators.add(coordinator)
    client.force_login(coordinator)
    client.get(reverse("wagtailadmin_home"))
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = [q for q in queries.captured_queries if "lms_action" in q["sql"] or "lms_multiplier" in q["sql"]]
    assert len(panel) == 3
    assert "All 15 Actions on the impact dashboard" in html

    client.force_login(factories.EditorFactory())
    assert "Your Actions" not in client.get(reverse("wagtailadmin_home")).content.decode()
