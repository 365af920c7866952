"""Choice questions must be answerable: enough options and right answers that fit the kind."""

import pytest
from wagtail.blocks import StructBlockValidationError

from lms.learning.blocks import AssessmentQuestionBlock, KnowledgeCheckBlock


def check(kind, flags):
    block = KnowledgeCheckBlock()
    return block.clean(
        block.to_python(
            {
                "question": "Which?",
                "kind": kind,
                "options": [
                    {"text": f"Option {i}", "is_correct": flag, "feedback": ""}
                    for i, flag in enumerate(flags)
                ],
            }
        )
    )


@pytest.mark.parametrize(
    "kind, flags",
    [("single", [True, False]), ("multiple", [True, True, False]), ("multiple", [False, True])],
)
def test_valid_questions_pass(kind, flags):
    """A single-choice question with one right option, a multiple-choice one with one or more,
    pass."""
    assert check(kind, flags)["kind"] == kind


@pytest.mark.parametrize(
    "kind, flags",
    [("single", [True, True]), ("single", [False, False]), ("multiple", [False, False])],
)
def test_unanswerable_questions_are_refused(kind, flags):
    """A question no answer can get right (no right option, or several for a single choice) is
    refused."""
    with pytest.raises(StructBlockValidationError):
        check(kind, flags)


def test_scored_question_needs_a_correct_option():
    """An assessment question with no right option is refused."""
    block = AssessmentQuestionBlock()
    value = block.to_python(
        {
            "question": "Q",
            "kind": "single",
            "points": 1,
            "explanation": "",
            "options": [{"text": "a", "is_correct": False}, {"text": "b", "is_correct": False}],
        }
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_rendered_knowledge_check_does_not_reveal_answers():
    """Correctness and feedback stay on the server until the learner answers."""
    block = KnowledgeCheckBlock()
    value = block.to_python(
        {
            "question": "Which?",
            "kind": "single",
            "options": [
                {"text": "Alpha", "is_correct": True, "feedback": "SECRET-RIGHT"},
                {"text": "Beta", "is_correct": False, "feedback": "SECRET-WRONG"},
            ],
        }
    )
    html = block.render(value)
    assert "Alpha" in html and "SECRET" not in html and "correct" not in html.lower()
