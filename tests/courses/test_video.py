"""Video blocks: a video uploaded to the site (a document), with a poster, captions per language
and its transcript. The lesson shows the transcript first; the player fetches nothing until the
learner opens it; the captions of the page's language come first and are the default track."""

import re

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from home.demo.video import captions_vtt, make_clip
from lms.core import uploads
from lms.learning import services as learning
from tests import factories

pytestmark = pytest.mark.django_db

Document = get_document_model()


@pytest.fixture(scope="module")
def clip():
    return make_clip("test-clip", "Officials explain")


def document(name, content):
    return Document.objects.create(title=name, file=ContentFile(content, name=name))


def video_block(clip, **changes):
    value = {
        "title": "Officials explain",
        "file": document("officials.mp4", clip).pk,
        "poster": wagtail_factories.ImageFactory().pk,
        "captions": [
            {
                "type": "item",
                "id": f"track-{code}",
                "value": {"language": code, "file": document(f"officials-{code}.vtt", text).pk},
            }
            for code, text in (
                ("en", captions_vtt("Officials explain", "<p>What we changed first.</p>")),
                ("fr", captions_vtt("Des fonctionnaires expliquent", "<p>Ce que nous avons changé.</p>")),
            )
        ],
        "link": "",
        "duration": "1 min",
        "transcript": "<p>What we changed first was the welcome desk.</p>",
    }
    return {"type": "video", "value": {**value, **changes}}


@pytest.fixture
def lesson_with_video(client, clip):
    course = factories.CoursePageFactory()
    lesson = factories.LessonPageFactory(parent=course, body=[video_block(clip)])
    learner = factories.UserFactory()
    learning.enrol(learner, course)
    client.force_login(learner)
    return lesson


def test_transcript_first_and_player_fetches_nothing_on_load(client, lesson_with_video):
    """The transcript comes before the player; the player is closed, preloads nothing, has a
    poster, and its only address is in a <source> (no src on <video> to fetch)."""
    html = client.get(lesson_with_video.url).content.decode()
    assert html.index("What we changed first was the welcome desk.") < html.index("<video")
    video = re.search(r"<video[^>]*>", html).group(0)
    assert 'preload="none"' in video and "poster=" in video and " src=" not in video
    assert re.search(r'<details class="video-player">\s*<summary>', html)
    assert re.search(r'<source src="/media/documents/officials[^"]*\.mp4" type="video/mp4">', html)


def test_captions_of_the_page_language_come_first_as_default(client, lesson_with_video):
    """English page: the English track first and default; the French one offered too. French
    page: the French track is the default."""
    html = client.get(lesson_with_video.url).content.decode()
    tracks = re.findall(r"<track [^>]*>", html)
    assert len(tracks) == 2
    assert 'srclang="en"' in tracks[0] and " default" in tracks[0]
    assert 'srclang="fr"' in tracks[1] and " default" not in tracks[1]
    french = factories.translate_tree(lesson_with_video.get_parent(), "fr")
    french_lesson = LessonPage.objects.child_of(french).get()
    html = client.get(french_lesson.url).content.decode()
    default = [track for track in re.findall(r"<track [^>]*>", html) if " default" in track]
    assert len(default) == 1 and 'srclang="fr"' in default[0]


def test_video_and_captions_are_served(client, lesson_with_video):
    """The clip and its captions are served at the addresses the page gives."""
    html = client.get(lesson_with_video.url).content.decode()
    for address in re.findall(r'(?:<source|<track)[^>]* src="([^"]+)"', html):
        response = client.get(address)
        assert response.status_code == 200
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert body[4:8] == b"ftyp" or body.startswith(b"WEBVTT")


def test_block_refuses_a_video_without_file_or_link_and_captions_not_vtt(clip):
    """An editor gets field errors: no video at all, a PDF as the video, a caption that is not WebVTT,
    two captions files for one language."""
    from wagtail.blocks import StructBlockValidationError

    from lms.learning.blocks import VideoBlock

    block = VideoBlock()
    pdf = document("notes.pdf", b"%PDF-1.4 notes")
    vtt = document("captions.vtt", captions_vtt("A", "<p>B.</p>"))
    cases = [
        ({"file": None, "link": ""}, "file"),
        ({"file": pdf.pk}, "file"),
        (
            {"captions": [{"type": "item", "id": "t1", "value": {"language": "en", "file": pdf.pk}}]},
            "captions",
        ),
        (
            {
                "captions": [
                    {"type": "item", "id": "t1", "value": {"language": "en", "file": vtt.pk}},
                    {"type": "item", "id": "t1", "value": {"language": "en", "file": vtt.pk}},
                ]
            },
            "captions",
        ),
    ]
    for changes, field in cases:
        value = block.to_python(video_block(clip, **changes)["value"])
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        assert field in error.value.block_errors
    block.clean(block.to_python(video_block(clip)["value"]))


def test_uploads_are_checked_by_content(clip):
    """A video or captions file is accepted for what it is, refused when renamed."""
    vtt = captions_vtt("Title", "<p>Sentence.</p>")
    assert uploads.content_matches(SimpleUploadedFile("a.mp4", clip), "mp4")
    assert uploads.content_matches(SimpleUploadedFile("a.vtt", vtt), "vtt")
    assert not uploads.content_matches(SimpleUploadedFile("a.mp4", b"%PDF-1.4"), "mp4")
    assert not uploads.content_matches(SimpleUploadedFile("a.vtt", b"1\n00:00 --> 00:01\nhi"), "vtt")
    assert not uploads.content_matches(SimpleUploadedFile("a.webm", clip), "webm")


def test_editor_uploads_a_video_and_adds_it_to_a_lesson(client, clip):
    """In the admin, with no internet: upload the clip and its captions as documents, then
    create a lesson with a video block that uses them."""
    client.force_login(factories.EditorFactory())
    ids = {}
    for name, content in (("interview.mp4", clip), ("interview-en.vtt", captions_vtt("I", "<p>S.</p>"))):
        response = client.post(
            reverse("wagtaildocs:add"),
            {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        ids[name] = Document.objects.get(title=name).pk
    module = factories.ModulePageFactory(parent=factories.CoursePageFactory())
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", module.pk)),
        nested_form_data(
            {
                "title": "An interview",
                "slug": "an-interview",
                "body": streamfield(
                    [
                        (
                            "video",
                            {
                                "title": "An interview",
                                "file": ids["interview.mp4"],
                                "poster": "",
                                "captions": streamfield(
                                    [("item", {"language": "en", "file": ids["interview-en.vtt"]})]
                                ),
                                "link": "",
                                "duration": "1 min",
                                "transcript": rich_text("<p>The interview, word for word.</p>"),
                            },
                        )
                    ]
                ),
                "comments": inline_formset([]),
            }
        ),
    )
    lesson = LessonPage.objects.get(slug="an-interview")
    assert response.status_code == 302 and response.url == reverse(
        "wagtailadmin_pages:edit", args=[lesson.pk]
    )
    lesson = lesson.get_latest_revision_as_object()
    video = lesson.body[0].value
    assert video["file"].pk == ids["interview.mp4"]
    assert video["captions"][0]["file"].pk == ids["interview-en.vtt"]
