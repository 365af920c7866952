"""Budget: HTML + CSS + JS of a lesson page under 100 KB before compression."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from courses.models import LessonPage

pytestmark = pytest.mark.django_db
BUDGET = 100 * 1024


def test_heaviest_demo_lesson_fits_the_budget(client):
    weights = []
    for lesson in LessonPage.objects.live():
        html = client.get(lesson.url).content
        assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
        asset_bytes = sum(Path(finders.find(a.decode())).stat().st_size for a in set(assets))
        weights.append((len(html) + asset_bytes, lesson.url))
    heaviest = max(weights)
    assert heaviest[0] < BUDGET, heaviest
