"""seed_scale (the benchmarks' data set) writes a consistent programme on the site's live courses
and toolkit modules: every model constraint holds, and so do the rules the services keep (the
cascade's generations and Actions, completions, attempts, certificates)."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count, F, Q

from courses.models import CoursePage
from lms.models import (
    Action,
    AssessmentAttempt,
    Certificate,
    Cohort,
    Enrolment,
    FeedbackResponse,
    Multiplier,
    MultiplierSession,
    StepCompletion,
    User,
)
from tests import factories
from toolkit.models import ToolkitModulePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("live_learning")]

SEEDED = Q(user__email__endswith="@scale.invalid")


@pytest.fixture
def live_learning(make_course):
    """What seed_scale puts learners on: a course that trains multipliers and issues certificates,
    one that does neither, and a toolkit module of three units."""
    trainers, _lessons, _assessment = make_course()
    trainers.trains_multipliers = True
    trainers.save_revision().publish()
    make_course(issues_certificate=False)
    module = factories.ToolkitModulePageFactory()
    for _ in range(3):
        factories.ToolkitUnitPageFactory(parent=module)


def seed(enrolments=300, progress=3, seed=1):
    out = io.StringIO()
    call_command(
        "seed_scale",
        enrolments=enrolments,
        progress_per_enrolment=progress,
        seed=seed,
        stdout=out,
    )
    return out.getvalue()


def test_seed_scale_builds_a_consistent_data_set():
    """300 learners in 60 Actions' cohorts, a three-generation cascade, progress, attempts,
    feedback and certificates, all consistent with each other."""
    output = seed()

    assert "Seeded in" in output
    assert User.objects.filter(email__endswith="@scale.invalid").count() == 300
    enrolments = Enrolment.objects.filter(SEEDED)
    assert enrolments.count() == 300
    assert Action.objects.filter(slug__startswith="scale-action-").count() == 60
    assert not enrolments.filter(action__isnull=True).exists()
    assert not enrolments.filter(cohort__isnull=True).exists()
    assert not enrolments.exclude(course_key=F("container__translation_key")).exists()

    # The cascade: generations 2 and 3, each one further than its trainer, for the trainer's Action.
    generations = dict(enrolments.values_list("generation").annotate(n=Count("pk")).order_by())
    assert set(generations) == {1, 2, 3}
    assert 30 <= generations[2] + generations[3] <= 60  # about 15 %
    trainees = enrolments.filter(generation__gte=2)
    assert not trainees.filter(trained_by__isnull=True).exists()
    assert not trainees.exclude(generation=F("trained_by__generation") + 1).exists()
    assert not trainees.exclude(action=F("trained_by__action")).exists()
    assert not trainees.exclude(source=Enrolment.Source.MULTIPLIER).exists()
    assert not trainees.exclude(cohort__owner__enrolment=F("trained_by")).exists()
    assert not enrolments.filter(generation=1, trained_by__isnull=False).exists()

    multipliers = Multiplier.objects.filter(enrolment__in=enrolments)
    assert multipliers.exists()
    assert not multipliers.exclude(enrolment__status=Enrolment.Status.COMPLETED).exists()
    assert not multipliers.filter(enrolment__container__coursepage__trains_multipliers=False).exists()
    invitations = Cohort.objects.filter(owner__in=multipliers)
    assert invitations.count() == multipliers.count()
    assert not invitations.exclude(enrolment_key=None).exists()
    assert MultiplierSession.objects.filter(multiplier__in=multipliers).exists()

    completed = enrolments.filter(status=Enrolment.Status.COMPLETED)
    assert completed.exists()
    assert not completed.filter(completed_at__isnull=True).exists()
    assert not enrolments.filter(completed_at__lt=F("enrolled_at")).exists()

    completions = StepCompletion.objects.filter(enrolment__in=enrolments)
    assert 0 < completions.count() <= 300 * 7
    # Completed learners passed every assessment of their course.
    for course in CoursePage.objects.filter(enrolments__in=completed).distinct():
        assessments = [s for s in course.steps if s.completed_by_passing]
        finished = completed.filter(container=course).count()
        passed = AssessmentAttempt.objects.filter(
            enrolment__in=completed.filter(container=course), passed=True
        )
        assert passed.count() == finished * len(assessments)
    assert not AssessmentAttempt.objects.filter(enrolment__in=enrolments.exclude(status="completed")).exists()

    feedback = FeedbackResponse.objects.filter(enrolment__in=enrolments)
    assert 0.4 * completed.count() <= feedback.count() <= 0.8 * completed.count()
    assert not feedback.exclude(enrolment__status=Enrolment.Status.COMPLETED).exists()

    certificates = Certificate.objects.filter(enrolment__in=enrolments)
    assert certificates.count() == completed.filter(container__coursepage__issues_certificate=True).count()
    assert not certificates.filter(enrolment__container__toolkitmodulepage__isnull=False).exists()


def test_seeding_again_adds_learners_and_reuses_the_actions():
    """A second run with another seed adds its learners to the same 60 Actions."""
    seed(enrolments=40, seed=1)
    seed(enrolments=25, seed=2)

    assert Enrolment.objects.filter(SEEDED).count() == 65
    assert Action.objects.filter(slug__startswith="scale-action-").count() == 60


def test_seed_scale_needs_live_courses():
    """With no live course or toolkit module, it stops and says to load the demo first."""
    CoursePage.objects.update(live=False)
    ToolkitModulePage.objects.update(live=False)

    with pytest.raises(CommandError, match="load_demo"):
        seed(enrolments=10)


def test_seed_scale_can_put_every_cohort_on_a_long_course():
    """--course-lessons makes one long course (with an assessment copied from the site's) for
    every cohort, and reuses it on the next run."""
    out = io.StringIO()
    call_command("seed_scale", enrolments=200, course_lessons=12, progress_per_enrolment=6, stdout=out)
    course = CoursePage.objects.get(slug="scale-test-course")
    assert course.live and len(course.steps) == 13  # 12 lessons and the final assessment
    enrolments = Enrolment.objects.filter(SEEDED)
    assert set(enrolments.values_list("container", flat=True)) == {course.pk}
    completed = enrolments.filter(completed_at__isnull=False)
    assert completed.exists()
    assert all(e.completions.count() == 12 for e in completed[:20])
    # Run again: the course is reused, not duplicated.
    call_command("seed_scale", enrolments=10, course_lessons=12, seed=2, stdout=io.StringIO())
    assert CoursePage.objects.filter(slug="scale-test-course").count() == 1
    assert len(CoursePage.objects.get(slug="scale-test-course").steps) == 13
