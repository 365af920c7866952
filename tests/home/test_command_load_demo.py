"""The demo site (load_demo): idempotent (a second run creates nothing), translated, under
review, with accounts that sign in, Actions with their partners, activities and revisions, and
figures for every panel of the demo coordinator's dashboard. Tests of everything else build their
own content (tests/factories.py)."""

import io

import pytest
from django.core.management import call_command
from django.http import HttpRequest
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, WorkflowPage

from courses.models import AssessmentPage, CourseIndexPage
from home.demo.actions import ACTIONS
from lms.models import Action, User
from toolkit.models import ToolkitIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def test_second_run_creates_nothing():
    """Run again over the demo, load_demo creates nothing and still lists the accounts."""
    before = (Page.objects.count(), get_image_model().objects.count(), User.objects.count())
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    after = (Page.objects.count(), get_image_model().objects.count(), User.objects.count())
    assert after == before
    assert "nothing to create" in out.getvalue()
    assert "admin@relais.example" in out.getvalue()


def test_demo_has_translated_trees_and_review_workflows():
    """The toolkit and the courses exist in French and Spanish, the courses in Russian too, each
    tree under review."""
    for code in ("fr", "es"):
        assert Page.objects.filter(locale__language_code=code, slug="working-across-cultures").live().exists()
    for code in ("fr", "es", "ru"):
        assert Page.objects.filter(locale__language_code=code, slug="holistic-integration").live().exists()
    # One workflow root per course and toolkit tree, in each language that has one (as many as
    # there are index pages, whichever languages the demo is translated into).
    roots = {page.pk for model in (CourseIndexPage, ToolkitIndexPage) for page in model.objects.all()}
    reviewed = WorkflowPage.objects.filter(workflow__name="Learning content review")
    assert set(reviewed.values_list("page_id", flat=True)) == roots
    assert len(roots) >= 7  # courses in four languages, the toolkit in at least three


def test_every_russian_course_page_validates_and_answers(client):
    """Each Russian page of the demo courses (index, courses, modules, lessons, assessments) has a
    counterpart in English, keeps its answer keys, validates as an editor's save would, and serves."""
    index = CourseIndexPage.objects.get(locale__language_code="ru")
    pages = [index, *index.get_descendants().live().specific()]
    english = {
        page.translation_key: page
        for page in CourseIndexPage.objects.get(locale__language_code="en").get_descendants().specific()
    }
    assert len(pages) == len(english) + 1
    assert {page.translation_key for page in pages[1:]} == set(english)
    for page in pages:
        page.full_clean()
        assert client.get(page.url).status_code == 200, page.url
        assert page.url.startswith("/ru/")
        if isinstance(page, AssessmentPage):
            source = english[page.translation_key]
            flags = [[o["is_correct"] for o in q.value["options"]] for q in page.questions]
            assert flags == [[o["is_correct"] for o in q.value["options"]] for q in source.questions]
    assert "Курсы" in client.get(index.url).content.decode()


def test_russian_home_and_about_pages_are_in_russian(client):
    """The Russian home page and the whole About page (every block of the English) are served."""
    home = Page.objects.get(locale__language_code="ru", depth=2)
    about = home.get_children().get(slug="about").specific
    assert "обмен опытом" in client.get(home.url).content.decode()
    response = client.get(about.url)
    assert response.status_code == 200
    assert "15 000" in response.content.decode()
    assert [block.block_type for block in about.body] == [
        block.block_type for block in about.get_translation(Locale.get_default()).specific.body
    ]


def test_demo_admin_can_sign_in(client):
    """The demo administrator's printed password works."""
    # A real sign-in with the demo password (django-axes wants the request it would come with).
    assert client.login(request=HttpRequest(), username="admin@relais.example", password="relais-demo-admin")
    assert client.get("/admin/").status_code == 200


def test_the_demo_coordinator_has_figures_for_every_panel_of_the_dashboard():
    """The impact dashboard of the demo coordinator's Action shows satisfaction too, not a dash."""
    from lms.models import Action
    from lms.reporting.dashboard import impact_figures

    coordinator = User.objects.get(email="coordinator@relais.example")
    figures = impact_figures(coordinator, Action.objects.get(slug="costa-rica-iv"))
    assert figures["responses"] >= 3
    assert 0 < figures["difference_share"] < 100


def test_demo_action_detail_answers(client):
    """Every demo Action has a page with its partners and its activities."""
    for spec in ACTIONS:
        response = client.get(f"/en/actions/{spec['slug']}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert escape(spec["partners"][0][0]) in html
        assert len(response.context["activities"]) == len(spec["activities"])


def test_demo_actions_are_saved_with_a_revision():
    """load_demo creates each Action with its partners and activities, and a first revision for the
    admin's history."""
    for spec in ACTIONS:
        action = Action.objects.get(slug=spec["slug"])
        assert action.latest_revision is not None
        assert action.partners.count() == len(spec["partners"])
        assert 5 <= action.activities.count() <= 7


def test_every_demo_page_body_validates():
    """Every demo lesson and toolkit unit, in every language, validates as the editor's save
    does (the demo once stored videos under a name the block did not know), and each video block
    has its clip and captions in the page's language."""
    from courses.models import LessonPage
    from toolkit.models import ToolkitUnitPage

    videos = 0
    for model in (LessonPage, ToolkitUnitPage):
        for page in model.objects.select_related("locale"):
            page.full_clean()
            page.body.stream_block.clean(page.body)
            for block in page.body:
                if block.block_type == "video":
                    videos += 1
                    assert block.value["file"].file.name.endswith(".mp4")
                    languages = [track["language"] for track in block.value["captions"]]
                    assert languages == [page.locale.language_code]
    assert videos >= 10
