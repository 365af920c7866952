"""A visitor walks home → toolkit module → unit → French, in Chromium."""

import pytest

pytestmark = pytest.mark.e2e


def test_visitor_reads_a_toolkit_unit_and_switches_to_french(page, screenshot):
    page.goto("/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    screenshot("01-home")

    page.get_by_role("link", name="Working effectively across cultures").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Working effectively across cultures"
    screenshot("02-toolkit-module")

    page.get_by_role("link", name="Read the first unit").click()
    page.wait_for_load_state()
    assert "Step 1 of" in page.locator(".eyebrow").first.text_content()
    unit_title = page.locator("h1").inner_text()
    screenshot("03-toolkit-unit")

    page.locator("nav.language-switcher").get_by_role("link", name="français").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.url.split("/")[3] == "fr"
    assert page.locator("h1").inner_text() != unit_title
    assert "Étape 1 sur" in page.locator(".eyebrow").first.text_content()
    screenshot("04-toolkit-unit-fr")


def test_skip_link_moves_focus_to_the_content(page):
    page.goto("/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
