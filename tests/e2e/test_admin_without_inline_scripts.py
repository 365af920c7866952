"""The admin under a Content-Security-Policy with no inline script: an editor adds an activity to an
Action and picks its date, and changes a course's cover image, with Wagtail's initialisers run
from data (relais/middleware.py, relais/static/js/admin-init.js) and nothing refused."""

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage
from lms.models import Action

pytestmark = pytest.mark.e2e


def test_date_pickers_inline_panels_and_choosers_work_with_no_inline_script(page, screenshot):
    refused = []

    def refused_script(message):
        if "Content Security Policy" in message.text or "admin-init" in message.text:
            refused.append(message.text)

    page.on("console", refused_script)
    page.on("pageerror", lambda error: refused.append(str(error)))
    page.goto("/admin/login/")
    page.fill("#id_username", "admin@relais.example")
    page.fill("#id_password", "relais-demo-admin")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    action = Action.objects.order_by("pk").first()
    page.goto(f"/admin/snippets/lms/action/edit/{action.pk}/")
    page.locator("#id_activities-ADD").click()
    new = int(page.locator("#id_activities-TOTAL_FORMS").input_value()) - 1
    page.locator(f"#id_activities-{new}-date").click()
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    screenshot("admin-01-new-activity-date-picker")

    course = CoursePage.objects.filter(locale__language_code="en", cover_image__isnull=False).first()
    page.goto(f"/admin/pages/{course.pk}/edit/")
    chooser = page.locator("#id_cover_image-chooser [aria-label*='Actions'], [data-chooser-action-choose]")
    chooser.first.click()
    page.get_by_text("Change image").click()
    expect(page.get_by_role("dialog").get_by_text("Choose an image")).to_be_visible()
    screenshot("admin-02-image-chooser")
    assert refused == []
