"""Issue 12's review flow in Chromium: a multiplier records an offline session, which moves no
public figure while it is a claim; a coordinator confirms it in the admin and the Action's public
page counts its attendees; an attendee checks in on a phone-sized screen, and the multiplier sees
the check-in beside the head count they declared."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from lms.cascade import services as cascade
from lms.learning import services as learning
from lms.models import MultiplierSession
from tests import factories

pytestmark = pytest.mark.e2e

PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's
PHONE_WIDTH = 360
WOMEN, MEN = 6, 4


def right_answers(assessment):
    return {
        block.id: [str(next(i for i, option in enumerate(block.value["options"]) if option["is_correct"]))]
        for block in assessment.questions
    }


def finish(enrolment):
    """Every step of the enrolment's course done, through the verbs a learner's clicks call."""
    for step in enrolment.container.specific.steps:
        if step.completed_by_passing:
            step = step.specific
            learning.submit_assessment(
                enrolment, step, right_answers(step), submission_token=f"review-flow-{step.pk}"
            )
        else:
            learning.complete_step(enrolment, step)
    enrolment.refresh_from_db()
    return enrolment


@pytest.fixture
def world(committed_db):
    """An Action (since last month) with a coordinator; a key course that trains multipliers; six
    women and six men of the Action who did a lesson of it (so that no figure of the Action is
    small enough to be hidden); and a woman who finished it and was confirmed as a multiplier."""
    action = factories.ActionFactory(
        name="Review Flow Action",
        start_month=(timezone.localdate() - datetime.timedelta(days=40)).replace(day=1),
    )
    coordinator = factories.CoordinatorFactory(full_name="Carla Coordinator", actions=[action])
    course = factories.CoursePageFactory(
        title="Review Flow Course", enrolment_mode="key", trains_multipliers=True
    )
    module = factories.ModulePageFactory(parent=course)
    lesson = factories.LessonPageFactory(parent=module)
    factories.AssessmentPageFactory(parent=module)
    factories.CohortFactory(container=course, action=action, enrolment_key="REVIEW-FLOW")
    for gender in ["female"] * 6 + ["male"] * 6:
        enrolment, _created = learning.enrol(factories.UserFactory(gender=gender), course, key="REVIEW-FLOW")
        learning.complete_step(enrolment, lesson)
    trainee = factories.UserFactory(full_name="Mira Multiplier", gender="female")
    enrolment, _created = learning.enrol(trainee, course, key="REVIEW-FLOW")
    multiplier = cascade.confirm_multiplier(cascade.become_multiplier(finish(enrolment)), by=coordinator)
    assert multiplier.may_train
    return {"action": action, "coordinator": coordinator, "multiplier": multiplier}


@pytest.fixture
def new_page(browser, live_site):
    """A page in a browser context of its own (its own cookies: its own account or none)."""
    contexts = []

    def open_page(width=1280, height=900):
        context = browser.new_context(base_url=live_site, viewport={"width": width, "height": height})
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def offline_attendees(page, action):
    """The "Offline session attendees" figure of the Action's public page, as shown."""
    page.goto(f"/en/actions/{action.slug}/")
    figure = page.locator(".figures div").filter(has_text="Offline session attendees").locator("dd")
    text = figure.inner_text().strip()
    assert text.isdigit(), f"the offline figure is shown as {text!r}"
    return int(text)


def test_a_claimed_session_counts_once_confirmed_and_attendees_check_in(world, new_page, tmp_path):
    action, multiplier = world["action"], world["multiplier"]
    shots = iter(range(1, 100))

    def screenshot(page, name, full_page=True):
        page.screenshot(path=str(tmp_path / f"{next(shots):02d}-{name}.png"), full_page=full_page)

    public = new_page()
    offline_before = offline_attendees(public, action)
    screenshot(public, "action-before")

    # The multiplier records the session they gave today.
    trainer = new_page()
    trainer.goto("/en/accounts/login/")
    trainer.get_by_label("Email").fill(multiplier.enrolment.user.email)
    trainer.get_by_label("Password").fill(PASSWORD)
    trainer.locator("main").get_by_role("button", name="Sign in").click()
    expect(trainer).to_have_url(re.compile(r"/en/learn/$"))
    trainer.goto("/en/learn/multiplier/")
    expect(trainer.get_by_text("Certified multiplier")).to_be_visible()
    trainer.locator("summary", has_text="Record a session").click()
    form = trainer.locator("form.stack-form")
    form.get_by_label("Date").fill(timezone.localdate().isoformat())
    form.get_by_label("Place").fill("San José")
    form.get_by_label("Institution").fill("Dirección General de Migración")
    form.get_by_label("What you covered").fill("Modules 1 and 2")
    form.get_by_label("Women").fill(str(WOMEN))
    form.get_by_label(re.compile(r"^Men\b")).fill(str(MEN))
    # What the viewport shows: a full-page or element screenshot resizes the page, and the click
    # that follows it would land beside the button.
    screenshot(trainer, "multiplier-session-form", full_page=False)
    form.get_by_role("button", name="Save the session").click()
    expect(trainer.locator(".messages")).to_contain_text("The session has been recorded")
    session = MultiplierSession.objects.get(multiplier=multiplier)
    assert (session.status, session.participants) == (MultiplierSession.Status.REPORTED, WOMEN + MEN)
    screenshot(trainer, "multiplier-recorded")

    # A claim moves no public figure.
    assert offline_attendees(public, action) == offline_before
    screenshot(public, "action-while-reported")

    # The coordinator confirms it in the admin.
    admin = new_page()
    admin.goto("/admin/login/")
    admin.fill("#id_username", world["coordinator"].email)
    admin.fill("#id_password", PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    admin.get_by_role("button", name="Learning").click()
    admin.get_by_role("link", name="Offline sessions").click()
    expect(admin).to_have_url(re.compile(r"/admin/sessions/$"))
    rows = admin.locator("table.listing tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Reported")
    screenshot(admin, "admin-sessions-reported")
    rows.first.locator(f"#session_{session.pk}_title").click()
    expect(admin.get_by_text("The claimed session")).to_be_visible()
    admin.get_by_label("Confirm: the participants count as reach").check()
    screenshot(admin, "admin-review")
    admin.get_by_role("button", name="Save").click()
    expect(admin).to_have_url(re.compile(r"/admin/sessions/$"))
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Confirmed")
    screenshot(admin, "admin-sessions-confirmed")
    session.refresh_from_db()
    assert (session.status, session.reviewed_by) == (MultiplierSession.Status.CONFIRMED, world["coordinator"])

    # Now the Action's public page counts the attendees.
    assert offline_attendees(public, action) == offline_before + WOMEN + MEN
    screenshot(public, "action-after-confirmation")

    # An attendee checks in on their phone, without an account.
    phone = new_page(width=PHONE_WIDTH, height=740)
    phone.goto(f"/en/checkin/{session.checkin_code}/")
    expect(phone.get_by_role("heading", name="Check in to a session")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH
    screenshot(phone, "checkin-phone")
    phone.get_by_role("button", name="Check in").click()
    expect(phone.get_by_text("You are checked in to this session.")).to_be_visible()
    expect(phone.locator(".messages")).to_contain_text("You are checked in.")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH
    screenshot(phone, "checkin-phone-done")

    # The multiplier sees it beside what they declared.
    trainer.goto("/en/learn/multiplier/")
    sessions = trainer.locator("table").filter(has=trainer.locator("caption", has_text="Your sessions"))
    headers = sessions.locator("thead th").all_inner_texts()
    cells = sessions.locator("tbody tr").filter(has_text="Dirección General de Migración").locator("td")
    row = dict(zip(headers, cells.all_inner_texts(), strict=True))
    assert (row["Participants declared"], row["Checked in"]) == (str(WOMEN + MEN), "1")
    assert row["Review"].startswith("Confirmed")
    screenshot(trainer, "multiplier-checked-in")
