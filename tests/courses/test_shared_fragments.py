"""Fragments every visitor shares (a lesson's body, a course's outline and header, the language
switcher, the header's menus) are rendered once per content generation and reused for signed-in
learners; what is theirs (progress marks, "mark as complete", enrolment, CSRF tokens) stays theirs,
each language keeps its own, and publishing shows the new content at once."""

import pytest
from django.test import Client
from wagtail.models import Page

from courses.models import CoursePage, LessonPage
from lms.learning import services as learning
from tests import factories

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def course():
    """An open course of three lessons, each body saying which it is (BODY-1…)."""
    course = factories.CoursePageFactory(title="Shared fragments course")
    for n in (1, 2, 3):
        factories.LessonPageFactory(
            parent=course, title=f"Fragment lesson {n}", body=factories.paragraph_stream(f"<p>BODY-{n}</p>")
        )
    return course


def lessons(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def learner_client(course, done=()):
    user = factories.UserFactory()
    enrolment, _created = learning.enrol(user, course)
    for lesson in done:
        learning.complete_step(enrolment, lesson)
    client = Client()
    client.force_login(user)
    return client


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_publishing_shows_the_new_body_and_outline_at_once(course):
    """A lesson's body and the outline are kept until a publication, unpublication or retitling,
    which shows at once; a change behind Wagtail's back does not."""
    first, second, _third = lessons(course)
    client = learner_client(course)
    assert "BODY-2" in html(client, second.url)

    # Changed behind Wagtail's back (no publication): the shared body is still the one rendered.
    LessonPage.objects.filter(pk=second.pk).update(body=factories.paragraph_stream("<p>SILENT</p>"))
    assert "BODY-2" in html(client, second.url)

    page = LessonPage.objects.get(pk=second.pk)
    page.body = factories.paragraph_stream("<p>PUBLISHED-BODY</p>")
    publish(page)
    text = html(client, second.url)
    assert "PUBLISHED-BODY" in text
    assert "BODY-2" not in text

    # A new lesson, once published, is in the outline beside every lesson and on the course page.
    assert "Fragment lesson 4" not in html(client, first.url)
    publish(factories.LessonPageFactory(parent=course, title="Fragment lesson 4"))
    assert "Fragment lesson 4" in html(client, first.url)
    assert "Fragment lesson 4" in html(client, course.url)

    # Unpublishing takes it out again; a retitled course shows its new title in the outline heading.
    LessonPage.objects.get(title="Fragment lesson 4").unpublish()
    assert "Fragment lesson 4" not in html(client, first.url)
    course = CoursePage.objects.get(pk=course.pk)
    course.title = "Renamed shared course"
    publish(course)
    assert "Renamed shared course" in html(client, first.url)


def test_each_learner_sees_their_own_progress_and_forms(course):
    """Shared fragments carry no one's progress: each learner sees their own marks, count and
    forms, visitors the invitation to enrol, from the first rendering and the stored one alike."""
    first, second, _third = lessons(course)
    ahead = learner_client(course, done=[first])
    fresh = learner_client(course)
    visitor = Client()

    for _round in range(2):  # the second round reads what the first stored
        mine, theirs = html(ahead, first.url), html(fresh, first.url)
        assert "You have completed this step." in mine
        assert "Mark as complete" not in mine
        assert "Mark as complete" in theirs
        assert "You have completed this step." not in theirs
        assert 'class="done"' in mine
        assert 'class="done"' not in theirs

        mine, theirs = html(ahead, course.url), html(fresh, course.url)
        assert "1 of 3 steps done" in mine
        assert "0 of 3 steps done" in theirs
        assert 'class="done"' in mine and 'class="done"' not in theirs

        anonymous = html(visitor, second.url)
        assert "BODY-2" not in anonymous  # lessons are for enrolled learners only
        assert "Enrol to open this lesson" in anonymous
        assert "Sign out" not in anonymous

    # Each learner's page carries the CSRF token of their own session.
    for client in (ahead, fresh):
        response = client.get(second.url)
        assert response.context["csrf_token"]
        assert b"csrfmiddlewaretoken" in response.content


def test_a_knowledge_check_answer_is_shown_even_when_the_body_is_stored(course):
    """An answered knowledge check shows its feedback, though the body is a stored fragment; the
    next plain view shows none."""
    lesson = factories.LessonPageFactory(
        parent=course,
        body=[
            {
                "type": "knowledge_check",
                "id": "kc-shared",
                "value": {
                    "question": "First step?",
                    "kind": "single",
                    "options": [
                        {"text": "Ask", "is_correct": True, "feedback": "FEEDBACK-ASK"},
                        {"text": "Assume", "is_correct": False, "feedback": "FEEDBACK-ASSUME"},
                    ],
                },
            }
        ],
    )
    client = learner_client(course)
    assert "FEEDBACK-ASK" not in html(client, lesson.url)
    answered = html(client, f"{lesson.url}?check=kc-shared&option=0")
    assert "FEEDBACK-ASK" in answered
    assert "FEEDBACK-ASK" not in html(client, lesson.url)


def test_each_language_keeps_its_own_fragments(course):
    """The English and French versions of a course each show their own outline and switcher."""
    english = course
    french = factories.translate_tree(english, "fr")
    user = factories.UserFactory()
    learning.enrol(user, english)
    client = Client()
    client.force_login(user)

    for _round in range(2):
        en, fr = html(client, english.url), html(client, french.url)
        assert '<span aria-current="true" lang="en">' in en
        assert '<span aria-current="true" lang="fr">' in fr
        assert '<html lang="fr"' in fr
        for step in french.steps:
            assert f'href="{step.url}"' in fr
            assert f'href="{step.url}"' not in en
        for step in english.steps:
            assert f'href="{step.url}"' in en
            assert f'href="{step.url}"' not in fr


def test_the_pages_of_a_learner_cost_a_fixed_number_of_queries(course, django_assert_max_num_queries):
    """Once warm, a course page and a lesson cost a learner at most 9 queries."""
    first, second, _third = lessons(course)
    client = learner_client(course, done=[first])
    for url in (course.url, second.url):
        client.get(url)  # warm: per-process caches and the shared fragments
        with django_assert_max_num_queries(9):
            assert client.get(url).status_code == 200


def test_shared_fragments_never_outlive_a_deleted_page(course):
    """A deleted lesson leaves every outline at once."""
    first, second, _third = lessons(course)
    client = learner_client(course)
    assert "Fragment lesson 2" in html(client, first.url)
    Page.objects.get(pk=second.pk).delete()
    assert "Fragment lesson 2" not in html(client, first.url)
