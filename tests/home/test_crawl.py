"""Every page of a site with a page of every type answers, in every language it exists in; every
language serves its home, search and toolkit; bad addresses answer 404."""

import pytest
from django.conf import settings
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def test_every_live_page_answers_200(client, site_of_every_page_type):
    """Each page, English and French, renders for a visitor: lessons and units with every kind of
    block (their text is for enrolled learners, the outline for everyone)."""
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() == 2 * len(site_of_every_page_type)
    failures = []
    for page in pages:
        response = client.get(page.url)
        if response.status_code != 200:
            failures.append((page.url, response.status_code))
    assert failures == []


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_language_serves_home_search_and_the_toolkit(client, site_of_every_page_type, language):
    """In a language the site is not translated into, the English pages are served."""
    for path in (f"/{language}/", f"/{language}/search/?q=training", f"/{language}/toolkit/"):
        assert client.get(path).status_code == 200, path


@pytest.mark.parametrize(
    "path", ["/en/no-such-page/", "/en/toolkit/no-such-module/", "/de/", "/xx/toolkit/", "/en/courses/%00/"]
)
def test_unknown_addresses_answer_404(client, site_of_every_page_type, path):
    """Unknown pages, unknown languages and a NUL byte in the path are 404s."""
    assert client.get(path, follow=True).status_code == 404


def test_root_redirects_to_a_language(client):
    """The bare address sends the visitor to the language their browser asks for."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
