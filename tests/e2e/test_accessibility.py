"""Accessibility audit in Chromium: axe-core (pinned in tests/e2e/axe/package.json, installed by
`make test` with `npm ci`) runs on the six audited pages (tests/audited_pages.py) in English and in
French, with the WCAG 2.0 and 2.1 A and AA rules and axe's best practices (landmarks, heading
order…): any violation fails the test, listed. Beside it, what axe cannot see: a link to a page in
another language (a featured page not translated yet, a course enrolled in English) carries that
language in a lang attribute (WCAG 3.1.2)."""

from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from tests.audited_pages import LANGUAGES, audited_learner, audited_pages

pytestmark = pytest.mark.e2e

AXE = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
RUN_AXE = """rules => axe.run(document, {runOnly: {type: "tag", values: rules}, resultTypes: ["violations"]})
  .then(results => results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary.replace(/\\s+/g, " ")),
  })))"""
# Links to a page in another language than the text around them, with no part marked as written
# in that language (a "Continue: <title>" button may mark just the title).
FOREIGN_LINKS = """languages => [...document.querySelectorAll("a[href^='/']")]
  .map(a => ({prefix: a.getAttribute("href").split("/")[1], lang: a.closest("[lang]").lang,
              marked: a.querySelector("[lang]")?.lang, text: a.textContent.trim()}))
  .filter(link => languages.includes(link.prefix) && ![link.lang, link.marked].includes(link.prefix))"""


def test_audited_pages_have_no_axe_violation_in_english_and_french(page, live_site, screenshot):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: `make test` installs it (npm ci --prefix tests/e2e/axe)")
    axe_source = AXE.read_text(encoding="utf-8")
    client = Client()
    client.force_login(audited_learner())
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_site}])
    languages = [code for code, _name in settings.LANGUAGES]
    problems, audited = [], 0
    for language in LANGUAGES:
        for name, url in audited_pages(language).items():
            response = page.goto(url)
            assert response.ok and page.url == f"{live_site}{url}", (url, page.url)
            assert page.locator("html").get_attribute("lang") == language
            screenshot(f"a11y-{language}-{name.replace(' ', '-')}")
            # Evaluated through the DevTools protocol, so the site's Content-Security-Policy stays on.
            page.evaluate(axe_source)
            for violation in page.evaluate(RUN_AXE, RULES):
                problems.append(f"{url}: {violation['id']} ({violation['impact']}) {violation['help']}")
                problems.extend(f"    {node}" for node in violation["nodes"])
            for link in page.evaluate(FOREIGN_LINKS, languages):
                problems.append(
                    f"{url}: link to a {link['prefix']} page in {link['lang']} text: {link['text']!r}"
                )
            audited += 1
    assert audited == 6 * len(LANGUAGES)
    assert not problems, "\n".join(problems)
