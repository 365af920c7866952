"""An activity is dated within its Action's months: a typo in the year is refused with a clear
message, in the Action's edit form as in the model."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from lms.models import ActionActivity

pytestmark = pytest.mark.django_db


def activity(action, date):
    return ActionActivity(action=action, activity_type="workshop", date=date, place="Rabat")


def test_dates_outside_the_action_are_refused(make_action):
    """An activity's date must fall within its Action's months, from the first day of the start
    month to the last of the end month; an ongoing Action has no end."""
    action = make_action(start_month=datetime.date(2022, 3, 1), end_month=datetime.date(2024, 3, 1))
    for good in (datetime.date(2022, 3, 1), datetime.date(2023, 7, 15), datetime.date(2024, 3, 31)):
        activity(action, good).clean()
    for bad in (datetime.date(2022, 2, 28), datetime.date(2024, 4, 1), datetime.date(2026, 11, 1)):
        with pytest.raises(ValidationError) as refused:
            activity(action, bad).clean()
        assert "outside the Action's months" in str(refused.value)
    ongoing = make_action("Ongoing", start_month=datetime.date(2025, 1, 1), end_month=None)
    activity(ongoing, datetime.date(2030, 1, 1)).clean()


def test_the_action_form_shows_the_error_on_the_activity(admin_client, make_action):
    """In the Action editor, an activity dated outside the Action's months is refused on its own
    field and nothing is saved."""
    action = make_action(start_month=datetime.date(2022, 3, 1), end_month=datetime.date(2024, 3, 1))
    action.activities = [activity(action, datetime.date(2023, 5, 2))]
    action.save()
    url = reverse("wagtailsnippets_lms_action:edit", args=[action.pk])
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="w-editor-form")
    data["activities-0-date"] = "2026-11-02"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "outside the Action" in response.content.decode()
    assert action.activities.get().date == datetime.date(2023, 5, 2)


def test_a_new_activity_in_the_action_form_is_checked_too(admin_client, make_action):
    """A child form added in the editor (django-modelcluster links it to the Action only when
    saving) is validated against the Action being edited, like an existing one."""
    action = make_action(start_month=datetime.date(2022, 3, 1), end_month=datetime.date(2024, 3, 1))
    url = reverse("wagtailsnippets_lms_action:edit", args=[action.pk])
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="w-editor-form")
    new = int(data["activities-TOTAL_FORMS"])
    data.update(
        {
            f"activities-{new}-activity_type": "workshop",
            f"activities-{new}-date": "2001-01-15",
            f"activities-{new}-place": "San José",
            f"activities-{new}-participants_female": "1",
            f"activities-{new}-participants_male": "1",
            f"activities-{new}-participants_other": "0",
            f"activities-{new}-ORDER": str(new + 1),
            "activities-TOTAL_FORMS": str(new + 1),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "outside the Action" in response.content.decode()
    assert not action.activities.exists()


def test_an_end_month_before_the_start_month_is_one_error_not_one_per_activity(admin_client, make_action):
    """With the end month set before the start month, the form says so on the end month, once;
    the activities (dated within the months as they were) are not each called "outside" a range
    that cannot exist."""
    action = make_action(start_month=datetime.date(2022, 3, 1), end_month=datetime.date(2024, 3, 1))
    action.activities = [
        activity(action, datetime.date(2023, 5, 2)),
        activity(action, datetime.date(2023, 6, 2)),
    ]
    action.save()
    url = reverse("wagtailsnippets_lms_action:edit", args=[action.pk])
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="w-editor-form")
    data["end_month"] = "2019-01-01"
    response = admin_client.post(url, data)
    body = response.content.decode()
    assert response.status_code == 200
    assert "The end month cannot be before the start month." in body
    assert "outside the Action" not in body
    action.refresh_from_db()
    assert action.end_month == datetime.date(2024, 3, 1)
