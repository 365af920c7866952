"""Closed reporting periods (lms.core.periods): once a programme manager closes a period, claims
dated in it can no longer be recorded, confirmed, corrected or withdrawn — unless the person acting
holds a current exception that names who granted it, why and until when — and every step is in
the audit log."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.cascade import services as cascade
from lms.core import exceptions, periods
from lms.models import MultiplierSession, ReportingPeriod
from lms.reporting.reach import ReachQuery, reach_of
from tests import factories

from .test_sessions_as_claims import confirmed, session_values, world  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


@pytest.fixture
def closed_period(world):  # noqa: F811
    """The last ten days, closed by a programme manager; a claim dated today, reported before."""
    multiplier = confirmed(world)
    claim = cascade.record_session(multiplier, **session_values(date=TODAY()))
    manager = factories.ProgrammeManagerFactory()
    period = ReportingPeriod.objects.create(
        name="Last ten days", starts_on=TODAY() - datetime.timedelta(days=10), ends_on=TODAY()
    )
    periods.close_period(period, by=manager)
    return {**world, "period": period, "claim": claim, "manager": manager, "multiplier": multiplier}


def test_closing_a_period_is_logged_with_who_closed_it(closed_period):
    entry = ModelLogEntry.objects.get(action="lms.period.close")
    assert entry.user == closed_period["manager"]
    assert entry.object_id == str(closed_period["period"].pk)


@pytest.mark.parametrize(
    "change",
    [
        lambda w: cascade.record_session(
            w["multiplier"], **session_values(date=TODAY() - datetime.timedelta(days=2))
        ),
        lambda w: cascade.correct_session(w["claim"], **session_values(date=w["claim"].date, female=4)),
        lambda w: cascade.withdraw_session(w["claim"]),
        lambda w: cascade.review_session(w["claim"], by=w["coordinator"], decision="confirmed"),
        lambda w: cascade.review_session(w["claim"], by=w["coordinator"], decision="rejected", reason="No."),
    ],
    ids=["record", "correct", "withdraw", "confirm", "reject"],
)
def test_no_claim_dated_in_a_closed_period_changes(closed_period, change):
    before = reach_of(closed_period["action"])
    with pytest.raises(exceptions.PeriodClosed, match="Last ten days"):
        change(closed_period)
    closed_period["claim"].refresh_from_db()
    assert closed_period["claim"].status == MultiplierSession.Status.REPORTED
    assert MultiplierSession.objects.count() == 1
    assert reach_of(closed_period["action"]) == before


def test_a_claim_dated_before_or_after_the_period_is_not_locked(closed_period):
    older = MultiplierSession.objects.create(
        multiplier=closed_period["multiplier"],
        date=TODAY() - datetime.timedelta(days=20),
        participants_female=2,
    )
    cascade.review_session(older, by=closed_period["coordinator"], decision="confirmed")
    assert reach_of(closed_period["action"]).offline == 2


def test_an_exception_lets_the_person_it_names_act_until_it_ends(closed_period):
    coordinator, claim = closed_period["coordinator"], closed_period["claim"]
    granted = periods.grant_exception(
        closed_period["period"],
        to=coordinator,
        by=closed_period["manager"],
        reason="Sheet arrived late by post.",
        until=timezone.now() + datetime.timedelta(days=2),
    )
    entry = ModelLogEntry.objects.get(action="lms.period.exception")
    assert entry.user == closed_period["manager"]
    assert (
        entry.data["reason"] == "Sheet arrived late by post." and entry.data["granted_to"] == coordinator.pk
    )
    # Another reviewer is still refused; the named one is not.
    with pytest.raises(exceptions.PeriodClosed):
        cascade.review_session(claim, by=closed_period["manager"], decision="confirmed")
    cascade.review_session(claim, by=coordinator, decision="confirmed")
    confirm = ModelLogEntry.objects.get(action="lms.session.confirm")
    assert confirm.data["period_exception"] == granted.pk
    assert reach_of(closed_period["action"]).offline == 5


def test_an_expired_exception_opens_nothing(closed_period):
    granted = periods.grant_exception(
        closed_period["period"],
        to=closed_period["coordinator"],
        by=closed_period["manager"],
        reason="Late sheet.",
        until=timezone.now() + datetime.timedelta(hours=1),
    )
    granted.until = timezone.now() - datetime.timedelta(minutes=1)
    granted.save()
    with pytest.raises(exceptions.PeriodClosed):
        cascade.review_session(closed_period["claim"], by=closed_period["coordinator"], decision="confirmed")


@pytest.mark.parametrize(
    ("reason", "until", "error"),
    [
        ("", datetime.timedelta(days=1), exceptions.ExceptionNeedsReason),
        ("<b></b>", datetime.timedelta(days=1), exceptions.ExceptionNeedsReason),
        ("Late sheet.", -datetime.timedelta(days=1), exceptions.ExceptionInThePast),
    ],
)
def test_an_exception_needs_a_reason_and_an_end(closed_period, reason, until, error):
    with pytest.raises(error):
        periods.grant_exception(
            closed_period["period"],
            to=closed_period["coordinator"],
            by=closed_period["manager"],
            reason=reason,
            until=timezone.now() + until,
        )


def test_the_figures_of_a_closed_period_stay_what_they_were(closed_period):
    """Asked "as of" the period's last day, the figure is the same before and after a later
    confirmation of a claim dated after the period."""
    end = closed_period["period"].ends_on - datetime.timedelta(days=1)
    closed_period["period"].ends_on = end
    closed_period["period"].save()
    as_of_end = reach_of(closed_period["action"], ReachQuery(as_of=end)).offline
    later = cascade.record_session(closed_period["multiplier"], **session_values(date=TODAY()))
    cascade.review_session(later, by=closed_period["coordinator"], decision="confirmed")
    assert reach_of(closed_period["action"], ReachQuery(as_of=end)).offline == as_of_end


def test_review_form_in_the_admin_says_the_period_is_closed(client, closed_period):
    client.force_login(closed_period["coordinator"])
    url = reverse("sessions:edit", args=[closed_period["claim"].pk])
    response = client.post(url, {"decision": "confirmed", "reason": ""})
    assert response.status_code == 200
    assert "is closed" in response.content.decode()
    closed_period["claim"].refresh_from_db()
    assert closed_period["claim"].status == MultiplierSession.Status.REPORTED


def test_only_programme_managers_open_the_reporting_periods(client, closed_period):
    index = reverse("reporting_periods:index")
    client.force_login(closed_period["coordinator"])
    assert client.get(index).status_code in (302, 403)
    client.force_login(closed_period["manager"])
    assert client.get(index).status_code == 200


def test_a_programme_manager_closes_a_period_in_the_admin(client, closed_period):
    client.force_login(closed_period["manager"])
    response = client.post(
        reverse("reporting_periods:add"),
        {"name": "2030 H1", "starts_on": "2030-01-01", "ends_on": "2030-06-30", "close": "on"},
    )
    assert response.status_code == 302
    period = ReportingPeriod.objects.get(name="2030 H1")
    assert period.is_closed and period.closed_by == closed_period["manager"]
    bad = client.post(
        reverse("reporting_periods:add"),
        {"name": "Backwards", "starts_on": "2030-06-30", "ends_on": "2030-01-01"},
    )
    assert bad.status_code == 200 and "cannot be before" in bad.content.decode()
