"""Knowledge checks: answered in the page, graded on the server with the feedback written for each
option; works as a plain form (GET) and as JSON for the small script."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

OPTIONS = [
    {"text": "Ask the host institution", "is_correct": True, "feedback": "FEEDBACK-ASK"},
    {"text": "Assume it works as at home", "is_correct": False, "feedback": "FEEDBACK-ASSUME"},
    {"text": "Read the partner's own guidance", "is_correct": True, "feedback": "FEEDBACK-READ"},
]


@pytest.fixture
def unit():
    """A toolkit unit with a single-answer check (one right option) and a multiple-answer one."""
    return factories.ToolkitUnitPageFactory(
        body=[
            {
                "type": "knowledge_check",
                "id": "kc-single",
                "value": {"question": "First step?", "kind": "single", "options": OPTIONS[:2]},
            },
            {
                "type": "knowledge_check",
                "id": "kc-multi",
                "value": {"question": "Good habits?", "kind": "multiple", "options": OPTIONS},
            },
        ],
    )


def test_answers_are_not_in_the_page_before_answering(client, unit):
    """Before an answer, the page carries neither which options are right nor their feedback."""
    html = client.get(unit.url).content.decode()
    assert "Ask the host institution" in html
    assert "FEEDBACK" not in html


def test_plain_form_answer_shows_the_feedback_of_the_chosen_option(client, unit):
    """Answered as a plain form, the page says right or not quite, with the feedback of the chosen
    option only."""
    html = client.get(unit.url, {"check": "kc-single", "option": "1"}).content.decode()
    assert "Not quite." in html and "FEEDBACK-ASSUME" in html
    assert "FEEDBACK-ASK" not in html
    html = client.get(unit.url, {"check": "kc-single", "option": "0"}).content.decode()
    assert "Right." in html and "FEEDBACK-ASK" in html


def test_a_wrong_single_answer_does_not_hint_at_another_right_one(client, unit):
    """A wrong answer to a single-choice question reveals neither the right option nor a count of
    missed ones."""
    html = client.get(unit.url, {"check": "kc-single", "option": "1"}).content.decode()
    assert '<p class="feedback feedback-wrong">Not quite.</p>' in html
    data = client.get(
        unit.url, {"check": "kc-single", "option": ["1"]}, HTTP_ACCEPT="application/json"
    ).json()
    assert data["correct"] is False and data["missed"] == 0


def test_multiple_choice_counts_missed_right_answers(client, unit):
    """A multiple-choice answer reports how many right options were missed, with the feedback of
    those chosen."""
    data = client.get(unit.url, {"check": "kc-multi", "option": ["0"]}, HTTP_ACCEPT="application/json").json()
    assert data == {
        "answered": True,
        "correct": False,
        "missed": 1,
        "chosen": [{"index": 0, "correct": True, "feedback": "FEEDBACK-ASK"}],
    }
    data = client.get(
        unit.url, {"check": "kc-multi", "option": ["0", "2"]}, HTTP_ACCEPT="application/json"
    ).json()
    assert data["correct"] is True and data["missed"] == 0


@pytest.mark.parametrize("options", [[], ["7"], ["-1"], ["x"], ["0", "1"]])
def test_unusable_answers_ask_for_an_answer(client, unit, options):
    """No option, one out of range, garbage, or two options to a single-choice question."""
    response = client.get(unit.url, {"check": "kc-single", "option": options})
    assert response.status_code == 200
    assert "Choose an answer first." in response.content.decode()
    data = client.get(
        unit.url, {"check": "kc-single", "option": options}, HTTP_ACCEPT="application/json"
    ).json()
    assert data == {"answered": False}


def test_unknown_check_renders_the_page_normally(client, unit):
    """An answer to a check the page does not have is ignored: the page as usual, no feedback."""
    response = client.get(unit.url, {"check": "nope", "option": "0"})
    assert response.status_code == 200
    assert "FEEDBACK" not in response.content.decode()
