"""The six pages that have a page-weight budget (tests/courses/test_page_weight.py) and an
accessibility audit (tests/e2e/test_accessibility.py), in English and in French: the home page, a
course, its first lesson, its assessment, My learning and the public verification page of a real
certificate. All of them exist in both languages in the demo site."""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from courses.models import AssessmentPage, CoursePage, LessonPage
from home.models import HomePage
from lms.learning import services as learning
from lms.models import Certificate, User

LANGUAGES = ("en", "fr")
COURSE = "holistic-integration"  # a course with a cover image and images in its first lesson, in French too
# A demo learner with a certificate; enrolled here in the course above as well, My learning shows
# both a finished course (certificate, feedback link) and one under way (next step).
LEARNER = "aibek.toktogulov@relais.example"


def audited_learner():
    learner = User.objects.get(email=LEARNER)
    course = CoursePage.objects.get(slug=COURSE, locale=Locale.get_default())
    cohort = course.cohorts.exclude(enrolment_key=None).first()
    learning.enrol(learner, course, key=cohort.enrolment_key if cohort else None)
    return learner


def audited_pages(language):
    """{name: URL} of the six pages in `language`, as `audited_learner()` reaches them."""
    locale = Locale.objects.get(language_code=language)
    course = CoursePage.objects.live().get(slug=COURSE, locale=locale)
    certificate = Certificate.objects.get(enrolment__user__email=LEARNER, revoked_at=None)
    with translation.override(language):
        return {
            "home": HomePage.objects.live().get(locale=locale).url,
            "course": course.url,
            "lesson": LessonPage.objects.live().descendant_of(course).first().url,
            "assessment": AssessmentPage.objects.live().descendant_of(course).first().url,
            "my learning": reverse("lms:my_learning"),
            "certificate verification": reverse("certificate_verify", args=[certificate.code]),
        }
