"""The crawl: from the home page of each of the four languages (/en/, /fr/, /es/, /ru/), every
address the demo site links to, followed as an anonymous visitor, and My learning as a demo
learner in each language. No link is empty and none is dead: every internal address a page
links to (anchors, stylesheets, images, video sources, captions, posters, frames) answers below
400 after its redirects."""

from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.models import Locale

from home.models import HomePage
from lms.models import User

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Attributes that hold an address the browser fetches or follows.
LINKING = [
    ("a", "href"),
    ("link", "href"),
    ("img", "src"),
    ("source", "src"),
    ("source", "srcset"),
    ("img", "srcset"),
    ("track", "src"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("iframe", "src"),
]
NOT_FOLLOWED = ("/admin/", "/static/", "/media/", "/documents/")
LEARNER = "aibek.toktogulov@relais.example"  # a demo learner with a certificate
MAX_ADDRESSES = 5000


def addresses_in(html, base):
    """(problems, internal addresses) of one page: an empty or blank link is a problem."""
    soup = BeautifulSoup(html, "html.parser")
    problems, found = [], []
    for tag, attribute in LINKING:
        for element in soup.find_all(tag):
            if not element.has_attr(attribute):
                if tag == "a" and not element.has_attr("name") and not element.has_attr("id"):
                    problems.append(f"<a> without href: {element}"[:160])
                continue
            value = element[attribute].strip()
            if not value or value in ("#", "/#") or value.lower().startswith("javascript:"):
                problems.append(f"empty {tag} {attribute}: {element}"[:160])
                continue
            candidates = [part.split()[0] for part in value.split(",")] if attribute == "srcset" else [value]
            for candidate in candidates:
                url = urldefrag(urljoin(base, candidate))[0]
                parts = urlsplit(url)
                if parts.scheme in ("", "http") and parts.netloc in ("", "testserver"):
                    found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return problems, found


def crawl(client, starts, *, follow=True):
    """{address: problem} for every internal address reachable from `starts`."""
    problems, seen, queue = {}, set(starts), deque(starts)
    while queue:
        assert len(seen) < MAX_ADDRESSES, "the crawl does not end"
        address = queue.popleft()
        response = client.get(address, follow=True)
        if response.status_code >= 400:
            problems[address] = f"answers {response.status_code}"
            continue
        if not response.get("Content-Type", "").startswith("text/html"):
            continue
        landed = response.redirect_chain[-1][0] if response.redirect_chain else address
        page_problems, found = addresses_in(response.content.decode(), urljoin("http://testserver", landed))
        for problem in page_problems:
            problems[f"{address}: {problem}"] = "empty link"
        for target in found:
            if target in seen:
                continue
            seen.add(target)
            if target.startswith(NOT_FOLLOWED) or "?" in target or not follow:
                # Files and variants of a page (queries) must answer; their own links are not followed.
                response = client.get(target, follow=True)
                if response.status_code >= 400:
                    problems[target] = f"answers {response.status_code} (linked from {address})"
                continue
            queue.append(target)
    return problems


def test_every_language_home_and_everything_it_links_to_answers(client, demo_content):
    """Anonymous: from /en/, /fr/, /es/ and /ru/, no empty link and no dead internal link."""
    starts = [f"/{code}/" for code in LANGUAGES]
    problems = crawl(client, starts)
    assert not problems, "\n".join(f"{where}: {what}" for where, what in sorted(problems.items()))


def test_my_learning_in_every_language_links_to_no_dead_page(client, demo_content):
    """A demo learner's My learning, multiplier page and profile in every language: every link
    (Continue, the courses, certificates, the survey) answers, in the learner's language or the
    one the page exists in."""
    client.force_login(User.objects.get(email=LEARNER))
    for code in LANGUAGES:
        starts = [f"/{code}/learn/", f"/{code}/learn/multiplier/", f"/{code}/learn/profile/"]
        problems = crawl(client, starts, follow=False)
        assert not problems, "\n".join(f"{where}: {what}" for where, what in sorted(problems.items()))


def test_russian_has_its_own_home_page_and_menu(client, demo_content):
    """Needs the Russian demo pages (home/demo/translations/ru_site.py): /ru/ is a Russian home
    page with a main menu of Russian pages, not the English one in a Russian frame."""
    assert HomePage.objects.live().filter(locale=Locale.objects.get(language_code="ru")).exists()
    soup = BeautifulSoup(client.get("/ru/").content, "html.parser")
    menu = [a["href"] for a in soup.select("nav.site-nav a")]
    assert len(menu) >= 3 and all(href.startswith("/ru/") for href in menu)
