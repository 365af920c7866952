"""load_demo is idempotent: the second run (the test database already holds the first) creates nothing."""

import io

import pytest
from django.core.management import call_command
from django.http import HttpRequest
from wagtail.images import get_image_model
from wagtail.models import Page, WorkflowPage

from lms.models import User

pytestmark = pytest.mark.django_db


def test_second_run_creates_nothing():
    before = (Page.objects.count(), get_image_model().objects.count(), User.objects.count())
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    after = (Page.objects.count(), get_image_model().objects.count(), User.objects.count())
    assert after == before
    assert "nothing to create" in out.getvalue()
    assert "admin@relais.example" in out.getvalue()


def test_demo_has_translated_trees_and_review_workflows():
    for code in ("fr", "es"):
        assert Page.objects.filter(locale__language_code=code, slug="working-across-cultures").live().exists()
        assert Page.objects.filter(locale__language_code=code, slug="holistic-integration").live().exists()
    # One workflow root per course and toolkit tree, in each language that has one.
    assert WorkflowPage.objects.filter(workflow__name="Learning content review").count() == 6


def test_demo_admin_can_sign_in(client):
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
