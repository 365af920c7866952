"""Grading of choice questions, shared by knowledge checks (formative) and assessments (scored).

Options are identified by their position in the question as it is published; the answer comes from
the page's own stream on the server, never from the browser.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class OptionVerdict:
    index: int
    text: str
    chosen: bool
    correct: bool
    feedback: str


@dataclass(frozen=True)
class ChoiceResult:
    verdicts: tuple[OptionVerdict, ...]
    single: bool = False  # one answer to choose: there is no "other right answer" to hint at

    @property
    def is_correct(self):
        return all(v.chosen == v.correct for v in self.verdicts)

    @property
    def chosen(self):
        return [v for v in self.verdicts if v.chosen]

    @property
    def chosen_indices(self):
        return {v.index for v in self.verdicts if v.chosen}

    @property
    def missed(self):
        """Right options the learner did not pick (counted, not named, so the check stays a check);
        none for a single-answer question, where the learner could pick only one."""
        if self.single:
            return 0
        return sum(1 for v in self.verdicts if v.correct and not v.chosen)


def parse_selection(values, option_count, kind):
    """Option positions from submitted strings; None when the submission is not a usable answer."""
    selected = set()
    for value in values:
        if not str(value).isdigit() or int(value) >= option_count:
            return None
        selected.add(int(value))
    if not selected or (kind == "single" and len(selected) != 1):
        return None
    return selected


def unanswered_questions(questions, answers):
    """The numbers (from 1) of the questions that `answers` ({block id: [strings]}) leaves without
    a usable answer."""
    return [
        number
        for number, block in enumerate(questions, start=1)
        if parse_selection(answers.get(block.id, []), len(block.value["options"]), block.value["kind"])
        is None
    ]


def grade_choice(question, selected):
    """The verdict on each option of `question` (a knowledge-check or scored-question value)."""
    return ChoiceResult(
        single=question.get("kind") == "single",
        verdicts=tuple(
            OptionVerdict(
                index=index,
                text=option["text"],
                chosen=index in selected,
                correct=bool(option["is_correct"]),
                feedback=option.get("feedback", "") or "",
            )
            for index, option in enumerate(question["options"])
        ),
    )


def right_answers_shown(attempt):
    """Whether the learner may see an assessment's right answers (and the explanations) with
    this attempt: only once it is passed. After a failed attempt, even the last one allowed, they
    are never shown: the same questions are there for the next attempt, for a colleague, or for a
    throwaway account that fails on purpose to read them. A failed attempt shows the learner's
    own answers, which questions were not right, and the lessons to revisit instead."""
    return attempt.passed
