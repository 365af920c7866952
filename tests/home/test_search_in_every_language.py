"""Search in each of the site's languages: a reader finds pages of their own language only, by
words of their own alphabet; each result shows an excerpt around the word, the kind of page and
the course or module it belongs to. On PostgreSQL each language's own stemming applies."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection

from tests import factories

pytestmark = pytest.mark.django_db

WORDS = {
    "en": (
        "Reception of newcomers",
        "<p>Officials describe the Ombudsperson of Costa Rica.</p>",
        "ombudsperson",
    ),
    "fr": (
        "Accueil des nouveaux arrivants",
        "<p>Les agents décrivent la Médiatrice du Bénin.</p>",
        "médiatrice",
    ),
    "es": (
        "Recepción de recién llegados",
        "<p>Los funcionarios describen la Defensoría del Pueblo.</p>",
        "defensoría",
    ),
    "ru": (
        "Приём вновь прибывших",
        "<p>Сотрудники описывают Миграционную службу Киргизии.</p>",
        "миграционную",
    ),
}


@pytest.fixture
def lessons():
    """In each language, a course with a module and a lesson whose body holds the language's word."""
    course = factories.CoursePageFactory(title="Holistic integration")
    module = factories.ModulePageFactory(parent=course, title="Services")
    title, body, _word = WORDS["en"]
    english = factories.LessonPageFactory(parent=module, title=title, body=factories.paragraph_stream(body))
    found = {"en": english}
    for code in ("fr", "es", "ru"):
        title, body, _word = WORDS[code]
        found[code] = factories.translate(english, code, title=title, body=factories.paragraph_stream(body))
    return found


@pytest.mark.parametrize("language", list(WORDS))
def test_each_language_finds_its_own_pages(client, lessons, language):
    """The word of `language` finds that language's lesson, and no other language's word does."""
    for code, (_title, _body, word) in WORDS.items():
        response = client.get(f"/{language}/search/", {"q": word})
        assert response.status_code == 200
        found = [entry["page"].pk for entry in response.context["entries"]]
        assert found == ([lessons[language].pk] if code == language else []), (language, code)


@pytest.mark.parametrize("language", list(WORDS))
def test_a_result_shows_an_excerpt_its_kind_and_where_it_belongs(client, lessons, language):
    """The excerpt holds the word, marked; the result says it is a lesson of the course's module."""
    _title, _body, word = WORDS[language]
    page = BeautifulSoup(client.get(f"/{language}/search/", {"q": word}).content, "html.parser")
    [result] = page.select(".search-result")
    assert result.select_one(".result-excerpt mark").get_text().lower() == word
    kind = result.select_one(".card-kind").get_text(" ", strip=True)
    course = lessons[language].get_parent().get_parent()
    module = lessons[language].get_parent()
    assert course.title in kind and module.title in kind
    links = [a["href"] for a in result.select("a")]
    assert lessons[language].url in links and course.url in links


def test_an_excerpt_never_carries_markup_from_the_page(client):
    """Page text is escaped; only the marks of the words searched for are markup."""
    factories.LessonPageFactory(
        body=factories.paragraph_stream("<p>Zanzibarite &lt;script&gt;alert(1)&lt;/script&gt;</p>")
    )
    content = client.get("/en/search/", {"q": "zanzibarite"}).content.decode()
    assert "<script>alert" not in content and "<mark>Zanzibarite</mark>" in content


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's, per language")
@pytest.mark.parametrize(
    ("language", "query"),
    [("en", "ombudspersons"), ("fr", "médiatrices"), ("es", "defensorías"), ("ru", "миграционная")],
)
def test_each_language_is_stemmed_by_its_own_rules(client, lessons, language, query):
    """Another form of the word finds the page, by the language's own stemming."""
    response = client.get(f"/{language}/search/", {"q": query})
    assert [entry["page"].pk for entry in response.context["entries"]] == [lessons[language].pk]


def test_an_excerpt_keeps_paragraphs_and_list_items_apart_and_shows_entities_as_characters(client):
    """The words of two paragraphs or list items are not glued together ("evaluate:Reaction"), and
    an entity of the page's rich text is shown as its character, not as "&amp;amp;"."""
    factories.LessonPageFactory(
        body=factories.paragraph_stream(
            "<p>How to evaluate quixotically:</p><ul><li>Reaction</li><li>Learning</li></ul>"
            "<p>Tom &amp; Jerry&nbsp;agree.</p>"
        )
    )
    page = BeautifulSoup(client.get("/en/search/", {"q": "quixotically"}).content, "html.parser")
    text = page.select_one(".result-excerpt").get_text()
    assert "quixotically: Reaction Learning Tom & Jerry agree." in text
