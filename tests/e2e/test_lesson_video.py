"""A lesson with a video in Chromium, as a French learner of the demo reads it on a laptop and on
a phone: the transcript first; nothing of the video fetched until the learner opens the player;
the French captions are the default track; the clip plays from this site."""

import pytest

pytestmark = pytest.mark.e2e

LESSON = "/fr/courses/holistic-integration/foundations-of-integration/governance-and-coordination/"


LEARNER = ("amina.diallo@relais.example", "relais-demo-learner")  # the demo's French learner


def sign_in(page):
    page.goto("/fr/accounts/login/")
    page.fill("input[name=username]", LEARNER[0])
    page.fill("input[name=password]", LEARNER[1])
    page.locator("form input[name=password]").press("Enter")
    page.wait_for_load_state()


@pytest.mark.parametrize("width", [1280, 360])
def test_lesson_video_loads_only_when_asked(page, screenshot, width):
    page.set_viewport_size({"width": width, "height": 800 if width > 400 else 740})
    sign_in(page)
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(LESSON)
    block = page.locator(".block-video").first
    transcript, player = block.locator(".video-transcript"), block.locator("details.video-player")
    assert transcript.bounding_box()["y"] < player.bounding_box()["y"]
    assert not any(url.endswith((".mp4", ".webm")) for url in fetched)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(f"lesson-video-{width}")

    player.locator("summary").click()
    tracks = block.locator("video track")
    assert tracks.first.get_attribute("srclang") == "fr"
    assert tracks.first.get_attribute("default") is not None
    with page.expect_response(lambda response: response.url.endswith(".mp4")) as clip:
        block.locator("video").evaluate("video => video.play()")
    assert clip.value.status in (200, 206)
    video = block.locator("video")
    for _ in range(50):  # the clip plays (the CSP forbids wait_for_function's eval)
        if video.evaluate("video => video.currentTime") > 0.5:
            break
        page.wait_for_timeout(100)
    assert video.evaluate("video => video.currentTime") > 0.5
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(f"lesson-video-{width}-playing")
