"""Knowledge checks: answered in the page, graded on the server with the feedback written for each
option; works as a plain form (GET) and as JSON for the small script."""

import pytest

from tests import factories
from toolkit.models import ToolkitIndexPage

pytestmark = pytest.mark.django_db

OPTIONS = [
    {"text": "Ask the host institution", "is_correct": True, "feedback": "FEEDBACK-ASK"},
    {"text": "Assume it works as at home", "is_correct": False, "feedback": "FEEDBACK-ASSUME"},
    {"text": "Read the partner's own guidance", "is_correct": True, "feedback": "FEEDBACK-READ"},
]


@pytest.fixture
def unit():
    module = factories.ToolkitModulePageFactory(
        parent=ToolkitIndexPage.objects.get(locale__language_code="en")
    )
    return factories.ToolkitUnitPageFactory(
        parent=module,
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
    html = client.get(unit.url).content.decode()
    assert "Ask the host institution" in html
    assert "FEEDBACK" not in html


def test_plain_form_answer_shows_the_feedback_of_the_chosen_option(client, unit):
    html = client.get(unit.url, {"check": "kc-single", "option": "1"}).content.decode()
    assert "Not quite." in html and "FEEDBACK-ASSUME" in html
    assert "FEEDBACK-ASK" not in html
    html = client.get(unit.url, {"check": "kc-single", "option": "0"}).content.decode()
    assert "Right." in html and "FEEDBACK-ASK" in html


def test_a_wrong_single_answer_does_not_hint_at_another_right_one(client, unit):
    html = client.get(unit.url, {"check": "kc-single", "option": "1"}).content.decode()
    assert '<p class="feedback feedback-wrong">Not quite.</p>' in html
    data = client.get(
        unit.url, {"check": "kc-single", "option": ["1"]}, HTTP_ACCEPT="application/json"
    ).json()
    assert data["correct"] is False and data["missed"] == 0


def test_multiple_choice_counts_missed_right_answers(client, unit):
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
    response = client.get(unit.url, {"check": "nope", "option": "0"})
    assert response.status_code == 200
    assert "FEEDBACK" not in response.content.decode()
