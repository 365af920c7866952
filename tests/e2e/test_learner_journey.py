"""The whole learner journey in Chromium: sign up, enrol with a key, learn (half of it in French),
fail the assessment once, pass it, answer the survey, download the certificate, verify it."""

import pytest
from wagtail.models import Locale

from courses.models import AssessmentPage

pytestmark = pytest.mark.e2e


def correct_positions(assessment):
    return {
        block.value["question"]: [
            i for i, option in enumerate(block.value["options"]) if option["is_correct"]
        ]
        for block in assessment.questions
    }


def answer(page, positions_by_question, right=True):
    for fieldset in page.locator("form.assessment-form fieldset.question").all():
        question = fieldset.locator("legend").text_content().split(".", 1)[1].strip()
        right_ones = positions_by_question[question]
        inputs = fieldset.locator("input")
        if right:
            for position in right_ones:
                inputs.nth(position).check()
        else:
            wrong = next(i for i in range(inputs.count()) if i not in right_ones)
            inputs.nth(wrong).check()


def test_sign_up_learn_pass_and_get_a_verified_certificate(page, screenshot, tmp_path):
    page.goto("/en/courses/holistic-integration/")
    page.locator(".account-nav").get_by_role("link", name="Create an account").click()
    page.get_by_label("Email address").fill("journey@example.org")
    page.get_by_label("Full name").fill("Journey Learner")
    page.get_by_label("Institution").fill("Ministry of the Interior")
    page.get_by_label("Country").select_option("HR")
    page.locator("#id_password1").fill("a sound pass phrase 42")
    page.locator("#id_password2").fill("a sound pass phrase 42")
    screenshot("journey-01-signup")
    page.get_by_role("button", name="Create my account").click()
    assert page.url.endswith("/en/courses/holistic-integration/")

    page.get_by_label("Enrolment key").fill("HOLI-2026-DEMO")
    page.locator(".key-form").get_by_role("button", name="Enrol").click()
    assert "You are enrolled" in page.locator(".messages").text_content()
    screenshot("journey-02-first-lesson")

    for _lesson in range(3):
        page.get_by_role("button", name="Mark as complete").click()

    # Half way, the learner switches to French; progress carries over.
    page.locator("nav.language-switcher").get_by_role("link", name="français").click()
    assert page.locator("html").get_attribute("lang") == "fr"
    screenshot("journey-03-lesson-in-french")
    for _lesson in range(3):
        page.get_by_role("button", name="Marquer comme terminé").click()

    english = AssessmentPage.objects.get(slug="final-assessment", locale=Locale.get_default())
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    assert page.url.endswith(french.url)
    answer(page, correct_positions(french), right=False)
    page.get_by_role("button", name="Envoyer mes réponses").click()
    assert "Vous n'avez pas réussi cette fois-ci." in page.locator(".feedback").first.text_content()
    screenshot("journey-04-failed-attempt")
    page.get_by_role("link", name="Réessayer").click()
    answer(page, correct_positions(french), right=True)
    page.get_by_role("button", name="Envoyer mes réponses").click()
    assert "Vous avez réussi." in page.locator(".feedback").first.text_content()
    screenshot("journey-05-passed")

    page.goto("/en/learn/")
    screenshot("journey-06-my-learning")
    page.get_by_role("link", name="Tell us what you thought of it").click()
    for fieldset in page.locator("form.likert-form fieldset").all():
        fieldset.locator("input").nth(4).check()
    page.get_by_label("Anything else you would like to tell us?").fill(
        "<script>alert(1)</script>Very practical."
    )
    page.get_by_role("button", name="Send my answers").click()
    assert "Thank you for your feedback" in page.locator(".messages").text_content()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download your certificate (PDF)").click()
    pdf = tmp_path / "certificate.pdf"
    download_info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")

    verify_link = page.get_by_role("link", name="Public verification page").get_attribute("href")
    page.locator(".account-nav").get_by_role("button", name="Sign out").click()
    page.goto(verify_link)
    assert "This certificate is valid" in page.locator(".verdict").text_content()
    assert "Journey Learner" in page.content()
    screenshot("journey-07-verified")
