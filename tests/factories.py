"""Factories for every page model and the user; tests and benchmarks build content with them."""

import factory
import wagtail_factories
from wagtail.models import Locale

from courses.models import AssessmentPage, CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import ContentPage, HomePage
from lms.models import User
from toolkit.models import ToolkitIndexPage, ToolkitModulePage, ToolkitUnitPage


def paragraph_stream(text="<p>Adults learn best from their own experience.</p>"):
    return [{"type": "paragraph", "value": text}]


def question_stream(count=2):
    return [
        {
            "type": "question",
            "value": {
                "question": f"Question {n}?",
                "kind": "single",
                "points": 1,
                "explanation": "",
                "options": [{"text": "Right", "is_correct": True}, {"text": "Wrong", "is_correct": False}],
            },
        }
        for n in range(1, count + 1)
    ]


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Learner {n}")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = User
        skip_postgeneration_save = True


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"About {n}")
    body = factory.LazyFunction(paragraph_stream)

    class Meta:
        model = ContentPage


class ToolkitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Toolkit"

    class Meta:
        model = ToolkitIndexPage


class ToolkitModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Toolkit module {n}")
    summary = "A module for experts who train peers."

    class Meta:
        model = ToolkitModulePage


class ToolkitUnitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Unit {n}")
    body = factory.LazyFunction(paragraph_stream)

    class Meta:
        model = ToolkitUnitPage


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Courses"

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "A course for partner administrations."

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")

    class Meta:
        model = ModulePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    body = factory.LazyFunction(paragraph_stream)

    class Meta:
        model = LessonPage


class AssessmentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Assessment {n}")
    questions = factory.LazyFunction(question_stream)

    class Meta:
        model = AssessmentPage


def english_home():
    return HomePage.objects.get(locale=Locale.get_default(), depth=2)
