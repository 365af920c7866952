"""Budget: HTML + CSS + JS of a lesson page under 100 KB before compression, measured as an
enrolled learner (who sees the lesson bodies) on every demo lesson and toolkit unit."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from lms import services
from tests import factories
from toolkit.models import ToolkitUnitPage

pytestmark = pytest.mark.django_db
BUDGET = 100 * 1024


def test_heaviest_demo_lesson_fits_the_budget(client):
    learner = factories.UserFactory()
    for course in CoursePage.objects.filter(locale=Locale.get_default()):
        cohort = course.cohorts.exclude(enrolment_key=None).first()
        services.enrol(learner, course, key=cohort.enrolment_key if cohort else None)
    client.force_login(learner)
    weights = []
    for page in [*LessonPage.objects.live(), *ToolkitUnitPage.objects.live()]:
        html = client.get(page.url).content
        assert b"Enrol to open this lesson" not in html, page.url
        assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
        asset_bytes = sum(Path(finders.find(a.decode())).stat().st_size for a in set(assets))
        weights.append((len(html) + asset_bytes, page.url))
    heaviest = max(weights)
    print(f"heaviest lesson page: {heaviest[0]} bytes (HTML + CSS + JS) at {heaviest[1]}")
    assert heaviest[0] < BUDGET, heaviest
