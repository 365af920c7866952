"""Budget: HTML + CSS + JS of a page under 100 KB before compression, measured as an enrolled
learner (who sees the lesson bodies) on every demo lesson and toolkit unit, and on the six audited
pages (tests/audited_pages.py) in English and French; their images are lazy (but for one above the
fold, fetched first instead) and served as AVIF or WebP."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from lms.learning import services as learning
from tests import factories
from tests.audited_pages import LANGUAGES, audited_learner, audited_pages
from toolkit.models import ToolkitUnitPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]
BUDGET = 100 * 1024


def weight(html):
    """Bytes of the HTML and of the stylesheets and scripts it links from this site."""
    assets = set(re.findall(rb'(?:href|src)="/static/([^"?#]+\.(?:css|js))"', html))
    assert any(a.endswith(b".css") for a in assets), "no stylesheet found: is STATIC_URL still /static/?"
    return len(html) + sum(Path(finders.find(a.decode())).stat().st_size for a in assets)


def test_heaviest_demo_lesson_fits_the_budget(client):
    """Every lesson and toolkit unit of the demo, read by a learner enrolled everywhere, weighs less
    than the budget."""
    learner = factories.UserFactory()
    for course in CoursePage.objects.filter(locale=Locale.get_default()):
        cohort = course.cohorts.exclude(enrolment_key=None).first()
        learning.enrol(learner, course, key=cohort.enrolment_key if cohort else None)
    client.force_login(learner)
    weights = []
    for page in [*LessonPage.objects.live(), *ToolkitUnitPage.objects.live()]:
        html = client.get(page.url).content
        assert b"Enrol to open this lesson" not in html, page.url
        weights.append((weight(html), page.url))
    heaviest = max(weights)
    print(f"heaviest lesson page: {heaviest[0]} bytes (HTML + CSS + JS) at {heaviest[1]}")
    assert heaviest[0] < BUDGET, heaviest


class Images(HTMLParser):
    """The <img> and <picture><source> tags of a page, with their attributes."""

    def __init__(self):
        super().__init__()
        self.imgs, self.sources = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.imgs.append(dict(attrs))
        elif tag == "source" and "srcset" in dict(attrs):
            self.sources.append(dict(attrs))


def image_urls(attrs):
    urls = [attrs["src"]] if attrs.get("src") else []
    return urls + [
        candidate.split()[0] for candidate in attrs.get("srcset", "").split(",") if candidate.strip()
    ]


def served_format(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    head = b"".join(response.streaming_content)[:16] if response.streaming else response.content[:16]
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:12] in (b"ftypavif", b"ftypavis"):
        return "avif"
    return head


def test_audited_pages_fit_the_budget_with_lazy_modern_images(client):
    """The six audited pages, in English and French, fit the budget; their images are lazy but for
    one fetched first, and are served as AVIF or WebP."""
    client.force_login(audited_learner())
    rows, checked_images = [], 0
    for language in LANGUAGES:
        for name, url in audited_pages(language).items():
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content
            assert b"Enrol to open this lesson" not in html, url
            rows.append((name, language, weight(html), url))

            images = Images()
            images.feed(html.decode())
            eager = [img for img in images.imgs if img.get("loading") != "lazy"]
            # Lazy loading delays the image a reader sees first: the one above the fold (a course's
            # cover beside its title) is instead fetched with high priority. Every other is lazy.
            assert all(img.get("fetchpriority") == "high" for img in eager), (url, eager)
            assert len(eager) <= 1, (url, eager)
            for source in images.sources:
                assert source.get("type") in ("image/avif", "image/webp"), (url, source)
            for attrs in [*images.imgs, *images.sources]:
                for image_url in image_urls(attrs):
                    assert image_url.endswith((".avif", ".webp")), (url, image_url)
                    assert served_format(client, image_url) in ("avif", "webp"), (url, image_url)
                    checked_images += 1
    print(
        f"\npage weight, HTML + CSS + JS in bytes (budget {BUDGET}); {checked_images} image URLs AVIF/WebP:"
    )
    for name, language, size, url in rows:
        print(f"  {name:<26} {language}  {size:>7}  {url}")
    assert checked_images, "no image on the audited pages: the image checks checked nothing"
    assert all(size < BUDGET for _n, _l, size, _u in rows), [row for row in rows if row[2] >= BUDGET]
