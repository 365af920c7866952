"""django-tasks does not retry a failed task: `retry_background_work` re-runs the certificate
work of every completed enrolment left without one (task failed, lost with its worker, or never
queued because the database went away after the completion's commit)."""

import datetime

from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone

from lms.learning import services as learning
from lms.models import Certificate

from .conftest import answers


def complete(enrolment, lessons, assessment, token):
    for lesson in lessons:
        learning.complete_step(enrolment, lesson)
    learning.submit_assessment(enrolment, assessment, answers(assessment), submission_token=token)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_a_failed_certificate_task_is_made_good_by_the_sweep(
    learner, make_course, monkeypatch, django_capture_on_commit_callbacks
):
    """When the certificate task fails (database gone), the enrolment is listed as missing one, the
    sweep issues it, once."""
    course, lessons, assessment = make_course()
    enrolment, _created = learning.enrol(learner, course)
    real_issue, tried = learning.issue_certificate, []

    def database_gone(enrolment):
        tried.append(enrolment.pk)
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(learning, "issue_certificate", database_gone)
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment, lessons, assessment, "failed-task")
    assert tried == [enrolment.pk]  # the task ran, and failed
    assert not Certificate.objects.filter(enrolment=enrolment).exists()
    assert list(learning.enrolments_missing_certificates()) == [enrolment]

    monkeypatch.setattr(learning, "issue_certificate", real_issue)
    call_command("retry_background_work", older_than=0, verbosity=0)
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    assert not learning.enrolments_missing_certificates().exists()
    # Idempotent: a second sweep (or a late task) issues nothing more.
    assert learning.issue_missing_certificates() == 0
    assert learning.issue_certificate(enrolment) == Certificate.objects.get(enrolment=enrolment)


def test_a_certificate_task_never_queued_is_issued_once_old_enough(
    learner, make_course, django_capture_on_commit_callbacks
):
    """A completion whose certificate task was never queued gets its certificate from the sweep, but
    not before a minute has passed."""
    course, lessons, assessment = make_course()
    enrolment, _created = learning.enrol(learner, course)
    with django_capture_on_commit_callbacks(execute=False):  # committed, but the enqueue never ran
        complete(enrolment, lessons, assessment, "lost-task")
    assert not Certificate.objects.filter(enrolment=enrolment).exists()

    # A completion of a moment ago is left to its queued task.
    call_command("retry_background_work", verbosity=0)  # default: completed over 60 s ago
    assert not Certificate.objects.filter(enrolment=enrolment).exists()
    later = timezone.now() + datetime.timedelta(minutes=2)
    assert learning.issue_missing_certificates(completed_before=later) == 1
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1


def test_the_sweep_leaves_courses_without_certificates_and_unfinished_enrolments(
    learner, make_course, django_capture_on_commit_callbacks
):
    """The sweep issues nothing for a course that gives no certificate nor for an unfinished
    enrolment."""
    course, lessons, assessment = make_course(issues_certificate=False)
    enrolment, _created = learning.enrol(learner, course)
    with django_capture_on_commit_callbacks(execute=False):
        complete(enrolment, lessons, assessment, "no-certificate")
    other, lessons2, _assessment2 = make_course()
    unfinished, _created = learning.enrol(learner, other)
    learning.complete_step(unfinished, lessons2[0])
    assert learning.issue_missing_certificates() == 0
    assert not Certificate.objects.filter(enrolment__in=[enrolment, unfinished]).exists()
