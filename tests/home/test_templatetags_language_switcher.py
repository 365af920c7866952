"""The language switcher leads to the same page in another language, or says it is not translated."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from tests import factories

pytestmark = pytest.mark.django_db


def switcher_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    nav = soup.select_one("nav.language-switcher")
    return {a["lang"]: a for a in nav.select("a")}, nav.select_one("[aria-current]")["lang"]


def test_translated_page_links_to_its_translations(client, site_of_every_page_type):
    """A page with a French translation links to it, and the French page marks French as current."""
    module = site_of_every_page_type["toolkit module"]
    french = module.get_translation(Locale.objects.get(language_code="fr"))
    links, current = switcher_links(client.get(module.url))
    assert current == "en"
    assert links["fr"]["href"] == french.url
    assert "untranslated" not in links["fr"].get("class", [])
    response = client.get(links["fr"]["href"])
    assert response.status_code == 200
    assert "Travailler efficacement" in response.content.decode()
    _links, current = switcher_links(response)
    assert current == "fr"


def test_untranslated_page_says_so_and_leads_to_that_language_home(client):
    """A page not translated into a language says so, and its link leads to that language's home."""
    course = factories.CoursePageFactory()
    response = client.get(course.url)
    links, _current = switcher_links(response)
    assert "untranslated" in links["ru"]["class"]
    assert "not translated yet" in links["ru"].get_text()
    assert links["es"]["href"] == "/es/"
    assert client.get(links["es"]["href"]).status_code == 200


def test_search_page_switches_language_keeping_the_query(client):
    """The search page in another language keeps the query."""
    response = client.get("/en/search/", {"q": "culture"})
    links, _current = switcher_links(response)
    assert links["fr"]["href"] == "/fr/search/?q=culture"
