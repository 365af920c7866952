"""Site search: finds words inside lesson bodies, stays within the visitor's language, and never
turns odd input into an error."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson_with_rare_word():
    """A lesson whose paragraph holds a word found nowhere else."""
    lesson = factories.LessonPageFactory(
        title="Reception services",
        body=factories.paragraph_stream("<p>The municipal ombudsperson met the zanzibarite delegation.</p>"),
    )
    return lesson


def test_search_finds_a_word_inside_a_lesson_body(client, lesson_with_rare_word):
    """The lesson is found by a word of its body, and listed with its title."""
    response = client.get("/en/search/", {"q": "zanzibarite"})
    assert response.status_code == 200
    assert [r.pk for r in response.context["results"]] == [lesson_with_rare_word.pk]
    assert "Reception services" in response.content.decode()


@pytest.mark.parametrize("word", ["Interpreters", "ombudsperson", "reimbursement", "intercultural"])
def test_search_finds_words_in_every_kind_of_block(client, word):
    """Words in headings, case studies, reflection prompts and knowledge checks are found, not
    only those of paragraphs."""
    lesson = factories.LessonPageFactory(
        body=[
            {"type": "heading", "value": {"text": "Interpreters at the counter", "level": "h2"}},
            {
                "type": "case_study",
                "value": {
                    "title": "A first reception desk",
                    "country": "CR",
                    "institution": "DGME",
                    "practice": "<p>The ombudsperson opened a desk for newcomers.</p>",
                    "outcome": "",
                },
            },
            {
                "type": "reflection",
                "value": {"prompt": "Who asks your office for reimbursement?", "guidance": ""},
            },
            {
                "type": "knowledge_check",
                "value": {
                    "question": "What makes intercultural work effective?",
                    "kind": "single",
                    "options": [
                        {"text": "Listening", "is_correct": True, "feedback": ""},
                        {"text": "Hurrying", "is_correct": False, "feedback": ""},
                    ],
                },
            },
        ]
    )
    factories.LessonPageFactory(title="Another lesson")
    response = client.get("/en/search/", {"q": word})
    assert [r.pk for r in response.context["results"]] == [lesson.pk]


def test_search_stays_in_the_active_language(client, lesson_with_rare_word):
    """Searched from the French site, an English-only lesson is not found."""
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
    """Search syntax, control characters and huge queries never break the page."""
    response = client.get("/en/search/", {"q": query, "page": "not-a-number"})
    assert response.status_code == 200


def test_empty_query_shows_the_form_only(client):
    """No query: the form, no results."""
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert response.context["query"] == ""
