"""The public "How we count" page: one definition of the figures, served by code (editors cannot
delete it), in the site's four languages, and linked from every page that shows a figure —
public and in the admin's reports."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

LINK = 'href="/{language}/how-we-count/"'


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru"])
def test_the_page_renders_in_each_language_of_the_site(client, language):
    """Under each language prefix, in the site's frame (header, language switcher) and in that
    language, stating each rule of counting."""
    response = client.get(f"/{language}/how-we-count/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert 'class="site-header"' in html
    assert [t.name for t in response.templates][:2] == ["lms/how_we_count.html", "base.html"]
    assert response.context["verification_days"] == 7
    assert "“x”" in html or "« x »" in html or "«x»" in html


def test_the_page_states_each_rule(client):
    """The page names each rule of the definition (checked in English, the source text)."""
    html = client.get("/en/how-we-count/").content.decode()
    for rule in [
        "email address is verified",
        "completed a step",
        "counts once in that Action",
        "confirmed multiplier",
        "confirmed them",
        "checked in",
        "partner countries",
        "counted before they deleted",
        "“as of” a date",
        "figures are locked",
        "shown as “x”",
        "a figure hidden once on a page stays hidden there",
    ]:
        assert rule in html, rule


def test_the_page_only_answers_reading(client):
    assert client.post("/en/how-we-count/").status_code == 405
    assert client.get("/how-we-count/").status_code == 302  # to the visitor's language


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_public_figure_links_to_it(client, language):
    """The home page's figures, "Where we work" and an Action's page link to the page in the
    visitor's language."""
    action = factories.ActionFactory(name="Testland I", slug="testland-i")
    for path in (f"/{language}/", f"/{language}/actions/", f"/{language}/actions/{action.slug}/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert LINK.format(language=language) in response.content.decode(), path


@pytest.mark.parametrize("report", ["enrolments", "reach", "outcomes", "feedback", "impact"])
def test_every_report_in_the_admin_links_to_it(admin_client, report):
    """Each programme report and the impact dashboard carry the link under their header."""
    response = admin_client.get(reverse(f"lms_reports:{report}"))
    assert response.status_code == 200
    assert "/how-we-count/" in response.content.decode()
