"""A coordinator opens the impact dashboard, filters by their Action and downloads the enrolments
as CSV: the file has as many learners as the dashboard says, and only their Action's."""

import csv
import io

import pytest

pytestmark = pytest.mark.e2e


def test_coordinator_filters_the_dashboard_and_downloads_matching_csv(page, screenshot, tmp_path):
    page.goto("/admin/login/")
    page.fill("#id_username", "coordinator@relais.example")
    page.fill("#id_password", "relais-demo-coordinator")
    page.get_by_role("button", name="Sign in").click()
    page.goto("/admin/reports/impact/")
    options = page.locator("#impact-action option").all_text_contents()
    assert options[1:] == ["Costa Rica IV"]  # only the Action they coordinate
    page.select_option("#impact-action", label="Costa Rica IV")
    page.get_by_role("button", name="Show").click()
    headline = page.locator(".impact-headline dt", has_text="Learners enrolled")
    enrolled = int(headline.locator("xpath=../dd").inner_text())
    screenshot("dashboard-01-costa-rica-iv")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download these enrolments (CSV)").click()
    path = tmp_path / "enrolments.csv"
    download_info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) == enrolled > 0
    assert {row["Action"] for row in rows} == {"Costa Rica IV"}
