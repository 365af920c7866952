"""A catalogue in any language lists every course and toolkit module, marking those not yet
translated and linking to the language they exist in; "Offered in" is computed from a course's
live translations, in the reader's language; "Where we work" is in every language's menu; the
logo leads to the home page of the language being read; a toolkit module is called a module."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

from lms.learning import services
from lms.learning.pages import kind_noun
from tests import factories

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def catalogue():
    """Courses: one in English only, one in English and French. Toolkit: one module in English only,
    one written in Spanish only. Indexes in every language."""
    courses, toolkit = factories.course_index(), factories.toolkit_index()
    for code in LANGUAGES[1:]:
        factories.translate(courses, code)
        factories.translate(toolkit, code)
    english_only = factories.CoursePageFactory(title="Only English course", slug="only-english")
    both = factories.CoursePageFactory(title="Course in two languages", slug="two-languages")
    french = factories.translate(both, "fr", title="Cours en deux langues", slug="deux-langues")
    module = factories.ToolkitModulePageFactory(title="English module", slug="english-module")
    spanish_index = toolkit.get_translation(Locale.objects.get(language_code="es"))
    spanish = factories.ToolkitModulePageFactory(parent=spanish_index, title="Módulo español", slug="modulo")
    return {
        "courses": courses,
        "toolkit": toolkit,
        "english only": english_only,
        "both": both,
        "french": french,
        "module": module,
        "spanish module": spanish,
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_course_catalogue_lists_every_course_in_every_language(client, catalogue, language):
    """Each course once, in the reader's language where it is translated, else in the language it
    exists in, marked as such; every link answers."""
    index = catalogue["courses"].get_translation(Locale.objects.get(language_code=language))
    page = soup(client.get(index.url))
    cards = page.select(".cards .card")
    titles = [card.h3.get_text(strip=True) for card in cards]
    expected_both = "Cours en deux langues" if language == "fr" else "Course in two languages"
    assert sorted(titles) == sorted(["Only English course", expected_both])
    notes = {card.h3.get_text(strip=True): card.select_one(".card-note") for card in cards}
    if language == "en":
        assert all(note is None for note in notes.values())
    else:
        assert notes["Only English course"] is not None
        assert (notes[expected_both] is None) == (language == "fr")
        assert cards[0].h3.get_text(strip=True) != "Only English course" or language != "fr"
    for card in cards:
        assert client.get(card.h3.a["href"]).status_code == 200


def test_the_untranslated_note_names_both_languages(client, catalogue):
    """ "Not yet in Français — read in English", in the reader's words, with the English title
    marked as English for screen readers."""
    index = catalogue["toolkit"].get_translation(Locale.objects.get(language_code="fr"))
    cards = soup(client.get(index.url)).select(".cards .card")
    by_title = {card.h3.get_text(strip=True): card for card in cards}
    assert set(by_title) == {"English module", "Módulo español"}
    note = by_title["English module"].select_one(".card-note").get_text()
    with translation.override("fr"):
        assert "français" in note and "anglais" in note
    assert by_title["English module"].h3["lang"] == "en"
    assert by_title["Módulo español"].h3["lang"] == "es"
    assert by_title["English module"].h3.a["href"] == catalogue["module"].url


@pytest.mark.parametrize("language", ["en", "fr"])
def test_offered_in_is_the_live_translations_in_the_readers_language(client, catalogue, language):
    """The French translation published: "English, French" in the reader's words; unpublished, it
    is no longer offered in French."""
    page = catalogue["both"] if language == "en" else catalogue["french"]
    facts = soup(client.get(page.url)).select_one(".facts").get_text(" ", strip=True)
    names = {"en": ("English", "French"), "fr": ("Anglais", "Français")}[language]
    assert all(name in facts for name in names)
    catalogue["french"].unpublish()
    facts = soup(client.get(catalogue["both"].url)).select_one(".facts").get_text(" ", strip=True)
    assert "English" in facts and "French" not in facts


@pytest.mark.parametrize("language", LANGUAGES)
def test_where_we_work_is_in_every_languages_menu(client, catalogue, language):
    """The public list of Actions is in the main navigation of every language, and answers."""
    page = soup(client.get(f"/{language}/"))
    links = [a["href"] for a in page.select("nav.site-nav a")]
    assert f"/{language}/actions/" in links
    assert client.get(f"/{language}/actions/").status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_logo_leads_to_the_home_page_of_the_language_read(client, catalogue, language):
    """On a page and on a view, in a language with its own home page or without one."""
    for path in (f"/{language}/toolkit/", f"/{language}/learn/profile/", f"/{language}/search/"):
        response = client.get(path, follow=True)
        assert soup(response).select_one("a.brand")["href"] == f"/{language}/"


def test_a_toolkit_module_is_a_module_and_a_course_a_course():
    """The one noun of each kind of page, in a sentence and as a label."""
    module, course = factories.ToolkitModulePageFactory(), factories.CoursePageFactory()
    assert str(kind_noun(module)) == "module" and str(kind_noun(course)) == "course"
    with translation.override("fr"):
        assert str(kind_noun(module)) == "module" and str(kind_noun(course)) == "cours"


def test_my_learning_and_the_enrolment_panel_never_call_a_module_a_course(client):
    """A learner enrolled in a toolkit module, then withdrawn, reads "module" everywhere."""

    learner = factories.UserFactory()
    module = factories.ToolkitModulePageFactory(title="Peer learning")
    factories.ToolkitUnitPageFactory(parent=module)
    enrolment, _created = services.enrol(learner, module)
    client.force_login(learner)
    for path in ("/en/learn/", module.url):
        text = soup(client.get(path)).select_one("main").get_text(" ", strip=True)
        assert "course" not in text.lower().replace("find a toolkit module or a course", ""), path
    services.withdraw(enrolment)
    for path in ("/en/learn/", module.url):
        text = soup(client.get(path)).select_one("main").get_text(" ", strip=True)
        assert "course" not in text.lower().replace("find a toolkit module or a course", ""), path
        assert "module" in text.lower()
