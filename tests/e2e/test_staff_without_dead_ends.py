"""Issue 15 in Chromium: a translator translates a page and sees what is left to translate; an
editor submits a whole module, a moderator approves it once and it all goes live; a coordinator
opens their own Action from the Action list and sees it in one place."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale, Page, WorkflowState

from lms.learning.editorial import review_workflow
from tests import factories
from tests.e2e.conftest import SCREENSHOTS

pytestmark = pytest.mark.e2e

PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's


def sign_in(page, email, password=PASSWORD):
    page.goto("/admin/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#id_username")).to_have_count(0)


def test_a_translator_translates_a_page(page, screenshot, committed_db):
    """Translate → French: the French copy's edit form says which fields are still in English,
    with the English words; the translator translates the title and saves a draft."""
    english = factories.ContentPageFactory(title="Working with interpreters")
    translator = factories.StaffFactory(email="translator.e2e@example.org", groups=["Translators"])
    sign_in(page, translator.email)
    page.goto(f"/admin/translation/submit/page/{english.pk}/")
    page.get_by_label("French").check()
    screenshot("staff-01-translate-choose-language")
    page.get_by_role("button", name="Submit").click()
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    page.wait_for_url(f"**/admin/pages/{french.pk}/edit/")
    hint = page.locator(".messages", has_text="Not translated yet")
    expect(hint).to_contain_text("Working with interpreters")
    screenshot("staff-02-translation-shows-what-is-left")
    page.fill("#id_title", "Travailler avec des interprètes")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).not_to_contain_text("Working with interpreters")
    assert (
        Page.objects.get(pk=french.pk).get_latest_revision_as_object().title
        == "Travailler avec des interprètes"
    )


def test_a_module_is_moderated_as_one_piece(page, browser, screenshot, committed_db, live_site):
    """The editor changes two lessons and submits their module once; the moderator approves the
    module once; the module and both lessons are live."""
    review_workflow()
    course = factories.CoursePageFactory(title="Moderation as one")
    module = factories.ModulePageFactory(parent=course, title="Module under review")
    lessons = [factories.LessonPageFactory(parent=module, title=f"Lesson {n}") for n in (1, 2)]
    for lesson in lessons:
        lesson.title += ", revised"
        lesson.save_revision()
    editor = factories.EditorFactory(email="editor.e2e@example.org")
    moderator = factories.ModeratorFactory(email="moderator.e2e@example.org")
    sign_in(page, editor.email)
    page.goto(f"/admin/pages/{module.pk}/edit/")
    page.locator(".w-dropdown-button button[data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-submit']").click()
    expect(page.locator(".messages")).to_contain_text("submitted")
    assert all(
        WorkflowState.objects.filter(object_id=str(p.pk), status="in_progress").exists()
        for p in [module, *lessons]
    )
    screenshot("staff-03-module-submitted")
    reviewer = browser.new_context(base_url=live_site, viewport={"width": 1280, "height": 900}).new_page()
    sign_in(reviewer, moderator.email)
    reviewer.goto(f"/admin/pages/{module.pk}/edit/")
    reviewer.locator(".w-dropdown-button button[data-w-dropdown-target='toggle']").last.click()
    reviewer.locator(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    ).click()
    expect(reviewer.locator(".messages")).to_contain_text("Module under review")
    reviewer.wait_for_load_state("networkidle")
    reviewer.screenshot(path=str(SCREENSHOTS / "staff-04-module-approved.png"), full_page=True)
    for p in [module, *lessons]:
        assert not Page.objects.get(pk=p.pk).has_unpublished_changes, p.title
    assert Page.objects.get(pk=lessons[0].pk).specific.live_revision.as_object().title == "Lesson 1, revised"


def test_a_coordinator_opens_their_action(page, screenshot):
    """From the Action list (coordinators cannot edit an Action), the row opens its overview:
    partners, activities, cohorts, enrolments, multipliers, sessions and reach."""
    sign_in(page, "coordinator@relais.example", "relais-demo-coordinator")
    page.goto("/admin/snippets/lms/action/")
    page.get_by_role("link", name="Costa Rica IV").first.click()
    for heading in ("Reach", "Partner institutions", "Activities", "Cohorts", "Enrolments", "Multipliers"):
        expect(page.get_by_role("heading", name=heading).first).to_be_visible()
    expect(page.get_by_text("Costa Rica IV trainers").first).to_be_visible()
    screenshot("staff-05-coordinator-action-overview")
    page.goto("/admin/")
    page.locator("main").get_by_role("link", name="Costa Rica IV", exact=True).first.click()
    expect(page.get_by_role("heading", name="Cohorts").first).to_be_visible()
