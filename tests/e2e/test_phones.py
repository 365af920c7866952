"""Every audited page (tests/audited_pages.py) in every language of the interface, on a 360×740
phone and a 1280×800 screen: nothing wider than the screen (wide tables scroll inside their own
box) and no axe violation. On the phone the header's menu folds behind a "Menu" button that the
keyboard works. And a colleague signs up from a multiplier's invitation on a phone: the new
enrolment is the multiplier's trainee, for their Action."""

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from courses.models import CoursePage, LessonPage
from lms.cascade.models import Multiplier
from lms.models import Enrolment, User
from tests.audited_pages import COURSE, audited_learner, audited_pages
from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.test_accessibility import AXE, RULES, RUN_AXE

pytestmark = pytest.mark.e2e

# Every language of the interface (Russian content lands with the translated demo).
LANGUAGES = [code for code, _name in settings.LANGUAGES]
SCREENS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
# Elements sticking out past the right edge of the screen (what makes a page scroll sideways).
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = document.documentElement.scrollWidth > window.innerWidth;
  const culprits = [...document.querySelectorAll("body *")]
    .filter(el => el.getBoundingClientRect().right > width + 1 && !el.closest(".table-scroll"))
    .filter(el => getComputedStyle(el).position !== "absolute")
    .slice(0, 5)
    .map(el => el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : ""));
  return {wide, scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, culprits};
}"""


def signed_in_context(browser, live_site, screen):
    context = browser.new_context(base_url=live_site, viewport=SCREENS[screen])
    client = Client()
    client.force_login(audited_learner())
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_site}])
    return context


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_audited_pages_fit_the_screen_and_pass_axe(browser, live_site, committed_db, language, screen):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: `make test` installs it (npm ci --prefix tests/e2e/axe)")
    axe_source = AXE.read_text(encoding="utf-8")
    context = signed_in_context(browser, live_site, screen)
    page = context.new_page()
    problems = []
    try:
        for name, url in audited_pages(language).items():
            response = page.goto(url)
            assert response.ok, (url, response.status)
            page.screenshot(
                path=str(screenshot_path(f"screen-{screen}-{language}-{name.replace(' ', '-')}")),
                full_page=True,
            )
            overflow = page.evaluate(OVERFLOW)
            if overflow["wide"]:
                problems.append(
                    f"{url}: {overflow['scrollWidth']} px wide on a {overflow['innerWidth']} px screen:"
                    f" {overflow['culprits']}"
                )
            page.evaluate(axe_source)
            for violation in page.evaluate(RUN_AXE, RULES):
                problems.append(f"{url}: {violation['id']} ({violation['impact']}) {violation['help']}")
                problems.extend(f"    {node}" for node in violation["nodes"])
    finally:
        context.close()
    assert not problems, "\n".join(problems)


def screenshot_path(name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / f"{name}.png"


def assert_fits(page):
    overflow = page.evaluate(OVERFLOW)
    assert not overflow["wide"], (page.url, overflow)


def test_the_phone_menu_folds_and_opens_from_the_keyboard(browser, live_site, committed_db):
    context = browser.new_context(base_url=live_site, viewport=SCREENS["phone"])
    page = context.new_page()
    try:
        page.goto("/en/")
        toggle = page.get_by_role("button", name="Menu")
        assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
        assert not page.locator("#site-menu").is_visible()
        toggle.focus()
        page.keyboard.press("Enter")
        assert toggle.get_attribute("aria-expanded") == "true"
        assert page.locator(".site-nav").is_visible() and page.locator(".account-nav").is_visible()
        page.screenshot(path=str(screenshot_path("phone-menu-open")), full_page=True)
        page.keyboard.press("Tab")
        page.keyboard.press("Escape")
        assert toggle.get_attribute("aria-expanded") == "false"
        assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")
        page.set_viewport_size(SCREENS["desktop"])
        assert not toggle.is_visible() and page.locator(".site-nav").is_visible()
    finally:
        context.close()


def test_a_colleague_signs_up_from_an_invitation_on_a_phone(browser, live_site, committed_db):
    """On a 360 px phone: the invitation names the multiplier, the course and the Action; the
    header's "Create an account" (behind the menu) keeps the invitation; the new account lands in
    the course, trained by the multiplier, one generation further, for their Action."""
    multiplier = (
        Multiplier.objects.filter(
            confirmed_at__isnull=False, revoked_at__isnull=True, invitation_cohort__isnull=False
        )
        .select_related("enrolment__user", "enrolment__action", "invitation_cohort")
        .order_by("pk")
        .first()
    )
    trainer = multiplier.enrolment
    context = browser.new_context(base_url=live_site, viewport=SCREENS["phone"])
    page = context.new_page()
    try:
        page.goto(f"/en/learn/join/{multiplier.invitation_cohort.invitation_token}/")
        main = page.locator("main")
        assert trainer.user.full_name in main.text_content()
        if trainer.action_id:
            assert trainer.action.name in main.text_content()
        assert_fits(page)
        page.screenshot(path=str(screenshot_path("phone-invitation")), full_page=True)
        # The header's link, not the page's button: the invitation must survive it as well.
        page.get_by_role("button", name="Menu").click()
        page.locator(".account-nav").get_by_role("link", name="Create an account").click()
        assert trainer.user.full_name in page.locator(".invitation-note").text_content()
        page.get_by_label("Email address").fill("phone.colleague@example.org")
        page.get_by_label("Full name").fill("Phone Colleague")
        page.get_by_label("Institution").fill("Dirección de Migración")
        page.get_by_label("Country").select_option("PY")
        page.locator("#id_password1").fill("a sound pass phrase 42")
        page.locator("#id_password2").fill("a sound pass phrase 42")
        assert_fits(page)
        page.screenshot(path=str(screenshot_path("phone-invitation-signup")), full_page=True)
        page.get_by_role("button", name="Create my account").click()
        assert "You are enrolled" in page.locator(".messages").text_content()
        assert_fits(page)
        page.screenshot(path=str(screenshot_path("phone-invitation-first-step")), full_page=True)
    finally:
        context.close()
    enrolment = Enrolment.objects.get(user__email="phone.colleague@example.org")
    assert enrolment.trained_by_id == trainer.pk
    assert enrolment.generation == trainer.generation + 1
    assert enrolment.action_id == trainer.action_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_enrolment_key_form_of_a_locked_lesson_fits_a_phone(browser, live_site, committed_db, language):
    """A signed-in learner not enrolled in a course that needs a key opens one of its lessons on a
    360 px phone: the key field and its button shrink to the screen (the field's own width of 20
    characters made the page 394 px wide)."""
    course = CoursePage.objects.live().get(slug=COURSE, locale__language_code=language)
    assert course.enrolment_mode == "key"
    learner = (
        User.objects.exclude(enrolments__course_key=course.translation_key).filter(is_staff=False).first()
    )
    context = browser.new_context(base_url=live_site, viewport=SCREENS["phone"])
    client = Client()
    client.force_login(learner)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_site}])
    page = context.new_page()
    try:
        with translation.override(language):
            page.goto(LessonPage.objects.live().descendant_of(course).first().url)
        assert page.locator("#enrolment-key").is_visible()
        assert_fits(page)
        page.screenshot(path=str(screenshot_path(f"phone-locked-lesson-{language}")), full_page=True)
    finally:
        context.close()
