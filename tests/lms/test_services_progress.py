"""Progress, assessments, completion and certificates (complete_step, submit_assessment,
evaluate_completion, issue_certificate)."""

import pytest

from lms.core import exceptions
from lms.learning import services as learning
from lms.learning.progress import progress_of
from lms.learning.signals import course_completed
from lms.models import AssessmentAttempt, Certificate, StepCompletion
from tests import factories

from .conftest import answers

pytestmark = pytest.mark.django_db


def test_completing_a_lesson_twice_records_it_once(learner, make_course):
    """A lesson marked complete twice is one completion; progress counts it and points to the next
    step."""
    course, lessons, _assessment = make_course()
    enrolment, _created = learning.enrol(learner, course)
    learning.complete_step(enrolment, lessons[0])
    learning.complete_step(enrolment, lessons[0])
    assert StepCompletion.objects.filter(enrolment=enrolment).count() == 1
    progress = progress_of(enrolment)
    assert (progress.done, progress.total, progress.next_step.pk) == (1, 3, lessons[1].pk)


def test_steps_need_an_active_enrolment_in_their_own_course(learner, make_course):
    """Completing a step needs an enrolment, in that step's course, that is not withdrawn."""
    course, lessons, _assessment = make_course()
    other, other_lessons, _a = make_course()
    with pytest.raises(exceptions.NotEnrolled):
        learning.complete_step(None, lessons[0])
    enrolment, _created = learning.enrol(learner, course)
    with pytest.raises(exceptions.NotEnrolled):
        learning.complete_step(enrolment, other_lessons[0])
    learning.withdraw(enrolment)
    with pytest.raises(exceptions.NotEnrolled):
        learning.complete_step(enrolment, lessons[0])


def test_assessment_is_graded_on_the_server_and_every_attempt_stored(learner, make_course):
    """Answers are graded against the page's own questions; each attempt is stored, numbered, with
    its answers and the questions missed."""
    course, _lessons, assessment = make_course(pass_mark=50, max_attempts=2)
    enrolment, _created = learning.enrol(learner, course)
    failed = learning.submit_assessment(
        enrolment, assessment, answers(assessment, right=False), submission_token="t1"
    )
    assert (failed.number, failed.points, failed.max_points, failed.passed) == (1, 0, 2, False)
    assert failed.wrong_questions == [block.id for block in assessment.questions]
    assert set(failed.answers) == {block.id for block in assessment.questions}
    passed = learning.submit_assessment(enrolment, assessment, answers(assessment), submission_token="t2")
    assert (passed.number, float(passed.score), passed.passed, passed.wrong_questions) == (2, 100.0, True, [])


def test_the_same_form_submitted_twice_records_one_attempt(learner, make_course):
    """The same submission token twice records one attempt."""
    course, _lessons, assessment = make_course()
    enrolment, _created = learning.enrol(learner, course)
    first = learning.submit_assessment(
        enrolment, assessment, answers(assessment, False), submission_token="same"
    )
    second = learning.submit_assessment(
        enrolment, assessment, answers(assessment, False), submission_token="same"
    )
    assert first.pk == second.pk
    assert AssessmentAttempt.objects.filter(enrolment=enrolment).count() == 1


def test_attempt_limit(learner, make_course):
    """No attempt beyond the assessment's limit."""
    course, _lessons, assessment = make_course(max_attempts=1)
    enrolment, _created = learning.enrol(learner, course)
    learning.submit_assessment(enrolment, assessment, answers(assessment, False), submission_token="a")
    with pytest.raises(exceptions.NoAttemptsLeft):
        learning.submit_assessment(enrolment, assessment, answers(assessment), submission_token="b")


@pytest.mark.parametrize("bad", [{}, {"q": ["0"]}, "missing-one", "out-of-range", "two-for-single"])
def test_incomplete_or_malformed_answers_are_refused(learner, make_course, bad):
    """Missing, unknown, out-of-range or too many answers are refused, and no attempt is stored."""
    course, _lessons, assessment = make_course()
    enrolment, _created = learning.enrol(learner, course)
    given = answers(assessment)
    first = next(iter(given))
    if bad == "missing-one":
        given.pop(first)
    elif bad == "out-of-range":
        given[first] = ["9"]
    elif bad == "two-for-single":
        given[first] = ["0", "1"]
    else:
        given = bad
    with pytest.raises(exceptions.IncompleteAnswers):
        learning.submit_assessment(enrolment, assessment, given, submission_token="x")
    assert not AssessmentAttempt.objects.filter(enrolment=enrolment).exists()


def test_no_more_attempts_after_passing(learner, make_course):
    """An assessment once passed takes no more attempts."""
    course, _lessons, assessment = make_course()
    enrolment, _created = learning.enrol(learner, course)
    learning.submit_assessment(enrolment, assessment, answers(assessment), submission_token="p1")
    with pytest.raises(exceptions.AlreadyPassed):
        learning.submit_assessment(enrolment, assessment, answers(assessment), submission_token="p2")


def test_completion_is_set_once_signalled_once_and_certified(
    learner, make_course, django_capture_on_commit_callbacks
):
    """Passing the last step completes the enrolment once: its time is kept, the signal sent once,
    and the certificate issued after the commit."""
    course, lessons, assessment = make_course()
    enrolment, _created = learning.enrol(learner, course)
    signals = []
    course_completed.connect(
        lambda sender, enrolment, **kw: signals.append(enrolment.pk), weak=False, dispatch_uid="t"
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in lessons:
                learning.complete_step(enrolment, lesson)
            assert not learning.evaluate_completion(enrolment)
            learning.submit_assessment(enrolment, assessment, answers(assessment), submission_token="done")
        enrolment.refresh_from_db()
        completed_at = enrolment.completed_at
        assert completed_at is not None and enrolment.status == "completed"
        assert learning.evaluate_completion(enrolment)
        enrolment.refresh_from_db()
        assert enrolment.completed_at == completed_at
        assert signals == [enrolment.pk]
    finally:
        course_completed.disconnect(dispatch_uid="t")
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert len(certificate.code) >= 22  # ≥ 128 random bits in URL-safe base64


def test_courses_without_certificates_issue_none(learner, make_course, django_capture_on_commit_callbacks):
    """Completing a course that gives no certificate issues none."""
    course, lessons, assessment = make_course(issues_certificate=False)
    enrolment, _created = learning.enrol(learner, course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            learning.complete_step(enrolment, lesson)
        learning.submit_assessment(enrolment, assessment, answers(assessment), submission_token="nc")
    assert not Certificate.objects.filter(enrolment=enrolment).exists()


def test_revocation_needs_a_reason(learner, make_course):
    """Revoking a certificate needs a reason that is not empty once sanitised."""
    course, _lessons, _assessment = make_course()
    enrolment, _created = learning.enrol(learner, course)
    certificate = Certificate.objects.create(enrolment=enrolment)
    staff = factories.UserFactory(is_staff=True)
    with pytest.raises(exceptions.RevocationNeedsReason):
        learning.revoke_certificate(certificate, by=staff, note="  <b></b> ")
    learning.revoke_certificate(certificate, by=staff, note="Issued in error")
    assert certificate.is_revoked and certificate.revoked_note == "Issued in error"


def test_feedback_once_after_completion_with_a_sanitised_comment(learner, make_course):
    """The survey is answered after completion only, once, and its comment is sanitised."""
    course, _lessons, _assessment = make_course()
    enrolment, _created = learning.enrol(learner, course)
    ratings = {"objectives_clear": 4, "relevant": 5, "real_difference": 5, "would_recommend": 4}
    with pytest.raises(exceptions.NotCompleted):
        learning.record_feedback(enrolment, ratings=ratings)
    enrolment.completed_at = enrolment.enrolled_at
    enrolment.status = "completed"
    enrolment.save()
    response = learning.record_feedback(
        enrolment, ratings=ratings, comment='Great <script>alert("x")</script>course'
    )
    assert response.comment == 'Great alert("x")course'
    with pytest.raises(exceptions.FeedbackAlreadyGiven):
        learning.record_feedback(enrolment, ratings=ratings)
