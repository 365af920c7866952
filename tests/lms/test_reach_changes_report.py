"""The "Reach changes" report (Reports menu): every audit entry that changes a reach figure, with
when, who (staff by name, a learner's own step by role), what, which Action and the change, for
the Actions the user sees, filterable by Action and period; no learner's name anywhere."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.cascade import services as cascade
from lms.learning import services as learning
from tests import factories

pytestmark = pytest.mark.django_db

URL = "lms_reports:reach_changes"


@pytest.fixture
def world():
    """Changes in two Actions: in A a session reported by its multiplier (Lena Learner) and
    confirmed by A's coordinator, a learner who withdrew, a revoked multiplier; in B a cohort
    moved there from A."""
    action_a, action_b = factories.ActionFactory(name="Changes A"), factories.ActionFactory(name="Changes B")
    coordinator = factories.CoordinatorFactory(full_name="Carmen Staff", actions=[action_a])
    cohort = factories.CohortFactory(action=action_a)
    multiplier = factories.MultiplierFactory(
        confirmed=True,
        enrolment__cohort=cohort,
        enrolment__user=factories.UserFactory(full_name="Lena Learner"),
    )
    session = cascade.record_session(
        multiplier,
        date=timezone.localdate(),
        place="Quito",
        institution="Cancillería",
        modules_covered="Module 1",
        female=20,
        male=3,
        other=0,
        sheet=None,
    )
    cascade.review_session(session, by=coordinator, decision="confirmed")
    learning.withdraw(factories.EnrolmentFactory(cohort=cohort, user__full_name="Wanda Withdrawn"))
    cascade.revoke_multiplier(multiplier, by=coordinator, reason="Moved abroad.")
    moved = factories.CohortFactory(action=action_a)
    factories.EnrolmentFactory(cohort=moved)
    manager = factories.ProgrammeManagerFactory(full_name="Paula Manager")
    learning.move_cohort(moved, action_b, by=manager)
    return {"A": action_a, "B": action_b, "coordinator": coordinator, "manager": manager}


def rows(client, **query):
    response = client.get(reverse(URL), query)
    assert response.status_code == 200
    table = response.context["table"]
    listed = [{c.name: str(c.get_value(entry)) for c in table.columns.values()} for entry in table.data]
    return listed, response


def test_the_report_lists_each_change_with_who_what_where_and_how_much(client, world):
    """A programme manager sees every change, newest first, with the figure where it is known;
    the multiplier's own step is "the multiplier", a staff member by name; no learner named."""
    client.force_login(world["manager"])
    listed, response = rows(client)
    whats = [row["what"] for row in listed]
    assert whats == [
        "Moved cohort to another Action",
        "Revoked multiplier",
        "Withdrew from the course",
        "Confirmed session",
        "Reported session",
        # factories confirm multipliers without the verb: no entry for that
    ]
    by_what = dict(zip(whats, listed, strict=True))
    assert by_what["Confirmed session"]["change"] == "+23 confirmed attendees"
    assert by_what["Confirmed session"]["who"] == "Carmen Staff"
    assert by_what["Confirmed session"]["action"] == "Changes A"
    assert by_what["Reported session"]["who"] == "the multiplier"
    assert by_what["Withdrew from the course"]["who"] == "the learner"
    assert by_what["Withdrew from the course"]["change"].startswith("−1 learner")
    assert "keep counting" in by_what["Revoked multiplier"]["change"]
    move = by_what["Moved cohort to another Action"]
    assert (move["who"], move["action"], move["change"]) == (
        "Paula Manager",
        "Changes B",
        "1 learner moved from Changes A to Changes B",
    )
    body = response.content.decode()
    assert "Lena Learner" not in body and "Wanda Withdrawn" not in body
    export = client.get(reverse(URL), {"export": "csv"})
    csv = b"".join(export.streaming_content).decode()
    assert "+23 confirmed attendees" in csv and "Lena Learner" not in csv


def test_filters_by_action_and_period(client, world):
    """The Action filter keeps the entries of that Action (a move counts for both); the period
    keeps the entries of those days."""
    client.force_login(world["manager"])
    in_b, _response = rows(client, action=world["B"].pk)
    assert [row["what"].split(" (")[0] for row in in_b] == ["Moved cohort to another Action"]
    in_a, _response = rows(client, action=world["A"].pk)
    assert len(in_a) == 5
    ModelLogEntry.objects.filter(action="lms.session.report").update(
        timestamp=timezone.now() - datetime.timedelta(days=40)
    )
    since = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()
    recent, _response = rows(client, period_from=since)
    assert "Reported session" not in [row["what"].split(" (")[0] for row in recent]
    assert len(recent) == 4


def test_coordinators_see_their_actions_entries_and_editors_none(client, world):
    """A's coordinator sees A's entries (the move away from A too), not B's alone; a coordinator
    of B only sees the move; an editor is refused the report."""
    client.force_login(world["coordinator"])
    mine, _response = rows(client)
    assert len(mine) == 5
    only_b = factories.CoordinatorFactory(actions=[world["B"]])
    client.force_login(only_b)
    theirs, response = rows(client)
    assert [row["what"].split(" (")[0] for row in theirs] == ["Moved cohort to another Action"]
    assert "Carmen Staff" not in response.content.decode()
    refused = client.get(reverse(URL), {"action": world["A"].pk})  # not a choice: left out, said so
    assert refused.status_code == 302 and refused["Location"] == reverse(URL)
    client.force_login(factories.EditorFactory())
    refused = client.get(reverse(URL))
    assert refused.status_code in (302, 403) and "Changes A" not in refused.content.decode()
