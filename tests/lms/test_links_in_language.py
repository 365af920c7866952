"""Never a "Page not found" for a page that exists in another language: signing in, signing up,
and any page address under /<language>/ lead to the page in the reader's language when it has a
live translation, otherwise to the language it exists in, with a short notice. Every pair of the
site's four languages."""

import itertools

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.messages import get_messages
from django.utils import translation
from wagtail.models import Locale

from lms.core.links import address_in_language, best_translation, language_name
from lms.models import User
from tests import factories

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAIRS = list(itertools.permutations(LANGUAGES, 2))
PASSWORD = "correct horse battery staple"  # noqa: S105 - the factories' password


@pytest.fixture
def world():
    """Home and toolkit in every language; per language a module that exists only in it, and one
    module translated into every language, each translation with its own slug."""
    toolkit = factories.toolkit_index()
    for code in LANGUAGES[1:]:
        factories.translate(toolkit, code)
    only = {}
    for code in LANGUAGES:
        parent = toolkit if code == "en" else toolkit.get_translation(Locale.objects.get(language_code=code))
        only[code] = factories.ToolkitModulePageFactory(
            parent=parent, slug=f"only-{code}", title=f"Only {code}"
        )
    shared = factories.ToolkitModulePageFactory(parent=toolkit, slug="shared-en", title="Shared")
    everywhere = {"en": shared}
    for code in LANGUAGES[1:]:
        everywhere[code] = factories.translate(shared, code, slug=f"shared-{code}", title=f"Shared {code}")
    return {"only": only, "everywhere": everywhere}


def notices(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(("reading", "preferred"), PAIRS)
def test_signing_in_and_up_never_lead_to_a_missing_page(client, world, reading, preferred):
    """A learner who prefers `preferred`, reading in `reading`: signing in from a page that exists
    only in `reading` comes back to it (told it is not yet in their language); from a page
    translated into every language, to its translation in `preferred` (its own slug), without a
    notice. Signing up treats its `next` alike."""
    factories.UserFactory(email="learner@example.org", preferred_language=preferred)
    untranslated, translated = world["only"][reading], world["everywhere"][reading]

    response = client.post(
        f"/{reading}/accounts/login/?next={untranslated.url}",
        {"username": "learner@example.org", "password": PASSWORD, "next": untranslated.url},
    )
    assert response.status_code == 302 and response["Location"] == untranslated.url
    assert len(notices(response)) == 1
    assert client.get(response["Location"]).status_code == 200
    client.logout()

    response = client.post(
        f"/{reading}/accounts/login/",
        {"username": "learner@example.org", "password": PASSWORD, "next": translated.url},
    )
    assert response["Location"] == world["everywhere"][preferred].url
    assert notices(response) == []
    assert client.get(response["Location"]).status_code == 200
    client.logout()

    response = client.post(
        f"/{reading}/accounts/signup/",
        {
            "email": "new@example.org",
            "full_name": "New Learner",
            "preferred_language": preferred,
            "role": "trainee",
            "password1": "a sound pass phrase 42",
            "password2": "a sound pass phrase 42",
            "next": untranslated.url,
        },
    )
    assert User.objects.filter(email="new@example.org").exists()
    assert response.status_code == 302 and response["Location"] == untranslated.url
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize(("wanted", "existing"), PAIRS)
def test_an_address_in_another_language_leads_to_the_page(client, world, wanted, existing):
    """/<wanted>/<path of a page that exists only in `existing`>/ is not a 404: it redirects to the
    page, which says it is not yet available in the wanted language. A translated page's address
    copied from another language (its slug differs) leads to the translation in the language of
    the address, without a notice."""
    page = world["only"][existing]
    response = client.get(page.url.replace(f"/{existing}/", f"/{wanted}/", 1))
    assert response.status_code == 302 and response["Location"] == page.url
    followed = client.get(response["Location"])
    assert followed.status_code == 200
    [notice] = [str(message) for message in followed.context["messages"]]
    with translation.override(wanted):
        assert language_name(wanted, in_sentence=True) in notice
        assert language_name(existing, in_sentence=True) in notice

    path = world["everywhere"][existing].url.replace(f"/{existing}/", f"/{wanted}/", 1)
    response = client.get(path)
    assert response.status_code == 302 and response["Location"] == world["everywhere"][wanted].url
    assert client.get(response["Location"]).context["messages"].__len__() == 0


def test_the_notice_names_both_languages_in_the_readers_language(client, world):
    """What the reader of French is told, in French language names."""
    page = world["only"]["en"]
    response = client.get(page.url.replace("/en/", "/fr/", 1), follow=True)
    notice = BeautifulSoup(response.content, "html.parser").select_one(".messages").get_text()
    assert "français" in notice and "anglais" in notice


def test_unknown_addresses_stay_404(client, world):
    """Nothing to fall back to: still "Page not found"."""
    assert client.get("/fr/toolkit/no-such-module/").status_code == 404


def test_best_translation_prefers_the_language_then_the_page_itself(world):
    """The translation in the language asked for; else the page as it is."""
    shared, only = world["everywhere"], world["only"]
    assert best_translation(shared["en"], "ru").page.pk == shared["ru"].pk
    choice = best_translation(only["es"], "fr")
    assert (choice.page.pk, choice.language, choice.translated) == (only["es"].pk, "es", False)


def test_addresses_of_views_change_their_prefix_only(world):
    """A view that is not a page exists in every language."""
    assert address_in_language("/en/learn/?tab=1", "ru") == ("/ru/learn/?tab=1", None)
    assert address_in_language("https://elsewhere.example/", "ru") == ("https://elsewhere.example/", None)
