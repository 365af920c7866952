"""Every model of the project's apps has a factory in tests/factories.py, and each factory builds
a valid saved object: tests build their own world, and a new model cannot be added without the
means to build it."""

import inspect

import pytest
from django.apps import apps
from factory.django import DjangoModelFactory

from tests import factories

PROJECT_APPS = ("lms", "courses", "toolkit", "home")


def project_models():
    """The concrete models defined in the project's apps (Django leaves out the abstract ones
    and the tables it makes itself for many-to-many fields)."""
    return sorted(
        (model for label in PROJECT_APPS for model in apps.get_app_config(label).get_models()),
        key=lambda model: model._meta.label,
    )


def model_factories():
    """{model: the factories that build exactly that model}."""
    found = {}
    for _name, candidate in inspect.getmembers(factories, inspect.isclass):
        if issubclass(candidate, DjangoModelFactory) and candidate._meta.model is not None:
            found.setdefault(candidate._meta.model, []).append(candidate)
    return found


def test_the_rule_sees_the_projects_models():
    """The list the other tests walk is the real one: pages, people, the programme and the
    learning records are all in it, nothing abstract, no many-to-many table."""
    labels = {model._meta.label for model in project_models()}
    assert {"lms.User", "lms.Enrolment", "lms.ActionActivity", "courses.CoursePage"} <= labels
    assert {"home.HomePage", "toolkit.ToolkitUnitPage", "lms.ReportExport"} <= labels
    assert not any(model._meta.abstract or model._meta.auto_created for model in project_models())


@pytest.mark.parametrize("model", project_models(), ids=lambda model: model._meta.label)
def test_every_model_has_a_factory(model):
    """A model added to lms, courses, toolkit or home fails here until tests/factories.py can
    build it."""
    assert model in model_factories(), f"no factory for {model._meta.label} in tests/factories.py"


# Fields full_clean() would refuse in objects the application itself stores: an attempt with every
# answer right has no wrong question, saved as [] in a JSONField that is not blank=True.
NOT_CLEANED = {"AssessmentAttemptFactory": ["wrong_questions"]}
ALL_FACTORIES = sorted(
    (factory for built in model_factories().values() for factory in built), key=lambda f: f.__name__
)


@pytest.mark.django_db
@pytest.mark.parametrize("factory_class", ALL_FACTORIES, ids=lambda f: f.__name__)
def test_each_factory_builds_a_valid_saved_object(factory_class):
    """With no argument, each factory saves an object that passes the model's own validation
    (fields, choices, unique and check constraints)."""
    instance = factory_class()
    assert instance.pk is not None
    instance = type(instance).objects.get(pk=instance.pk)
    instance.full_clean(exclude=NOT_CLEANED.get(factory_class.__name__))


@pytest.mark.django_db
def test_enrolments_follow_the_cascade_and_its_constraints():
    """A trainee enrolled through a multiplier is one generation further, counts for the same
    Action, and the database's generation_follows_trained_by constraint holds."""
    action = factories.ActionFactory()
    cohort = factories.CohortFactory(action=action)
    trainer = factories.EnrolmentFactory(cohort=cohort, completed=True)
    trainee = factories.EnrolmentFactory(trained_by=trainer, container=trainer.container)
    assert (trainer.generation, trainer.action) == (1, action)
    assert trainer.course_key == cohort.container.translation_key
    assert (trainee.generation, trainee.action, trainee.source) == (2, action, "multiplier")
    third = factories.EnrolmentFactory(trained_by=trainee)
    assert third.generation == 3
    for enrolment in (trainer, trainee, third):
        enrolment.full_clean()


@pytest.mark.django_db
def test_staff_factories_give_each_role_its_reach():
    """A coordinator sees their Actions only; a programme manager the whole programme without
    being a superuser; a staff member with no group nothing."""
    from lms.programme.scoping import scope

    mine, other = factories.ActionFactory(), factories.ActionFactory()
    coordinator = factories.CoordinatorFactory(actions=[mine])
    manager = factories.ProgrammeManagerFactory()
    staff = factories.StaffFactory()
    assert coordinator.is_staff and list(scope.actions(coordinator)) == [mine]
    assert manager.is_staff and not manager.is_superuser
    assert set(scope.actions(manager)) == {mine, other}
    assert not scope.sees_learner_data(staff)


@pytest.mark.django_db
def test_action_factory_adds_partners_activities_and_failed_attempts_grade_as_wrong():
    """`partners=` and `activities=` add children that pass the Action's own checks (an activity
    falls within its months); a failed attempt is scored 0 with every question wrong."""
    action = factories.ActionFactory(partners=2, activities=[{"place": "Rabat"}, {"place": "Tunis"}])
    assert action.partners.count() == 2
    assert sorted(action.activities.values_list("place", flat=True)) == ["Rabat", "Tunis"]
    for child in (*action.partners.all(), *action.activities.all()):
        child.full_clean()
    attempt = factories.AssessmentAttemptFactory(failed=True)
    assert (attempt.points, attempt.passed, len(attempt.wrong_questions)) == (0, False, 2)


@pytest.mark.django_db
@pytest.mark.parametrize("trait", ["confirmed", "rejected"])
def test_reviewed_sessions_are_valid(trait):
    """A confirmed session and a rejected one (with its reason) pass the model's checks; the
    multiplier who claims one is confirmed."""
    session = factories.MultiplierSessionFactory(**{trait: True})
    assert session.multiplier.is_confirmed and session.status == trait
    session.full_clean()
