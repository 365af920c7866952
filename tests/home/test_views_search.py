"""Site search: finds words inside lesson bodies, stays within the visitor's language, and never
turns odd input into an error."""

import pytest

from courses.models import CourseIndexPage, LessonPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson_with_rare_word():
    index = CourseIndexPage.objects.get(locale__language_code="en")
    course = factories.CoursePageFactory(parent=index)
    lesson = factories.LessonPageFactory(
        parent=course,
        title="Reception services",
        body=factories.paragraph_stream("<p>The municipal ombudsperson met the zanzibarite delegation.</p>"),
    )
    return lesson


def test_search_finds_a_word_inside_a_lesson_body(client, lesson_with_rare_word):
    response = client.get("/en/search/", {"q": "zanzibarite"})
    assert response.status_code == 200
    assert [r.pk for r in response.context["results"]] == [lesson_with_rare_word.pk]
    assert "Reception services" in response.content.decode()


def test_search_finds_demo_lesson_text(client):
    """A phrase that only appears in the body of demo lessons is found."""
    lesson = LessonPage.objects.filter(locale__language_code="en").live().first()
    word = next(
        w
        for w in str(lesson.body.render_as_block()).replace("<", " ").replace(">", " ").split()
        if w.isalpha() and len(w) > 8
    )
    response = client.get("/en/search/", {"q": word})
    assert lesson.pk in [r.pk for r in response.context["results"]]


def test_search_stays_in_the_active_language(client, lesson_with_rare_word):
    response = client.get("/fr/search/", {"q": "zanzibarite"})
    assert response.status_code == 200
    assert list(response.context["results"]) == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"(AND',
        "NEAR(a b)",
        "*",
        "a OR",
        "NOT",
        "'",
        "\x00drop",
        "-x",
        "col:term",
        "((((",
        "x" * 5000,
        "é ü ж",
    ],
)
def test_malformed_queries_give_an_empty_result_not_an_error(client, query):
    response = client.get("/en/search/", {"q": query, "page": "not-a-number"})
    assert response.status_code == 200


def test_empty_query_shows_the_form_only(client):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert response.context["query"] == ""
