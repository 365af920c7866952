"""Production error pages (DEBUG off): 403, 404 and 429 are drawn in the site's look (base.html)
and 500 in a minimal page that needs no database, no URL lookup and no parent template; each is in
the language of the address (/fr/, /es/, /ru/). 429 is what the sign-in lockout answers on the site.

The module is its own URL conf (ROOT_URLCONF): the site's addresses, plus views that fail."""

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.template import loader
from django.test import Client, override_settings
from django.urls import path, reverse
from django.utils import translation

from relais.urls import urlpatterns as site_urlpatterns
from tests import factories

pytestmark = pytest.mark.django_db


def forbidden(request):
    raise PermissionDenied


def broken(request):
    raise RuntimeError("a bug")


urlpatterns = [
    *i18n_patterns(path("fails/403/", forbidden), path("fails/500/", broken)),
    *site_urlpatterns,
]

ERROR_PAGES = override_settings(DEBUG=False, ROOT_URLCONF=__name__)
LANGUAGES = ["en", "fr", "es", "ru"]
# The site's search button, translated: the header of base.html in the page's language.
SEARCH = {"en": "Search", "fr": "Rechercher", "es": "Buscar", "ru": "Поиск"}


def assert_site_page(response, language):
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert 'class="site-header"' in html
    assert f">{SEARCH[language]}</button>" in html


@ERROR_PAGES
@pytest.mark.parametrize("language", LANGUAGES)
def test_404_is_in_the_sites_look_and_the_pages_language(client, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert_site_page(response, language)
    assert "404.html" in [template.name for template in response.templates]


@ERROR_PAGES
@pytest.mark.parametrize("language", LANGUAGES)
def test_403_is_in_the_sites_look_and_the_pages_language(client, language):
    response = client.get(f"/{language}/fails/403/")
    assert response.status_code == 403
    assert_site_page(response, language)
    assert "403.html" in [template.name for template in response.templates]


@ERROR_PAGES
@pytest.mark.parametrize("language", LANGUAGES)
def test_500_is_in_the_pages_language(language):
    client = Client(raise_request_exception=False)
    response = client.get(f"/{language}/fails/500/")
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f'href="/{language}/"' in html and "css/relais.css" in html


def test_500_renders_without_a_request_or_the_database(django_db_blocker):
    """Nothing in the 500 page can fail in turn: no context, no request, no database."""
    with django_db_blocker.block(), translation.override("fr"):
        html = loader.get_template("500.html").render()
    assert '<html lang="fr"' in html


@ERROR_PAGES
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_in_lockout_answers_the_429_page(client, language):
    """The site's sign-in lockout (django-axes) is the 429 page, in the page's language, with the
    way out of the lockout (a password reset)."""
    user = factories.UserFactory(email="locked@example.org")
    with translation.override(language):
        url, reset = reverse("login"), reverse("password_reset")
    for _ in range(11):
        response = client.post(url, {"username": user.email, "password": "wrong"})
    assert response.status_code == 429
    assert_site_page(response, language)
    assert "429.html" in [template.name for template in response.templates]
    assert reset in response.content.decode()
