import os

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run inside
# one unless told that this is intended (the browser tests only touch the database via the server).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker):
    """The test database, always created (pytest-django creates it only when some collected test
    asks for `db`, and the browser tests do not), as a fresh install has it: the migrations' home
    page, languages and groups, nothing else. Each test builds what it needs (tests/factories.py)
    and its changes roll back."""
    from django.test.utils import setup_databases, teardown_databases

    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=verbosity, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        from django.db import connection

        if connection.vendor == "postgresql":
            # Request threads of the live server may still hold a connection; the database can
            # only be dropped without them.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
        teardown_databases(databases, verbosity=verbosity)


def load_demo():
    call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo site (load_demo), for the tests that are about the demo itself: loaded once for
    the module that asks for it, in a transaction rolled back after the module's last test; each
    test runs in a savepoint of it, so its changes roll back too. What load_demo leaves for after
    its commit (certificates) runs before the tests."""
    from django.db import transaction
    from django.test import TestCase

    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            load_demo()
        yield
        transaction.set_rollback(True)


def pytest_collection_modifyitems(items):
    """Tests that commit (concurrency, then browser tests) run last: what they write stays in the
    database, and the tests before them expect the database as the migrations leave it."""
    items.sort(
        key=lambda item: (item.get_closest_marker("concurrency") is not None) + 2 * ("e2e" in item.nodeid)
    )


@pytest.fixture
def site_of_every_page_type(db):
    """A small site with a live page of every type, in English and in French (translated as an
    editor does, titles kept but for the toolkit module's): the home page featuring the toolkit
    module and the course, an About page, the toolkit (index, module "Working effectively across
    cultures", a unit with every kind of block) and the courses (index, a course, its module, a
    lesson with every kind of block, an assessment). Returns the English pages by name."""
    import wagtail_factories
    from wagtail.models import Locale

    from tests import factories

    image, document = wagtail_factories.ImageFactory(), wagtail_factories.DocumentFactory()
    home = factories.english_home()
    pages = {"home": home, "about": factories.ContentPageFactory(title="About the programme")}
    pages["toolkit module"] = factories.ToolkitModulePageFactory(
        title="Working effectively across cultures", slug="working-across-cultures"
    )
    pages["toolkit"] = pages["toolkit module"].get_parent().specific
    pages["toolkit unit"] = factories.ToolkitUnitPageFactory(
        parent=pages["toolkit module"], body=factories.every_block_stream(image, document)
    )
    pages["course"] = factories.CoursePageFactory(title="Holistic integration", slug="holistic-integration")
    pages["courses"] = pages["course"].get_parent().specific
    pages["course module"] = factories.ModulePageFactory(parent=pages["course"])
    pages["lesson"] = factories.LessonPageFactory(
        parent=pages["course module"], body=factories.every_block_stream(image, document)
    )
    pages["assessment"] = factories.AssessmentPageFactory(parent=pages["course module"])
    home.featured = [{"type": "page", "value": pages[name].pk} for name in ("toolkit module", "course")]
    home.save_revision().publish()
    factories.translate_tree(home, "fr")
    french_module = pages["toolkit module"].get_translation(Locale.objects.get(language_code="fr"))
    french_module.title = "Travailler efficacement à travers les cultures"
    french_module.save_revision().publish()
    return pages


@pytest.fixture
def wagtail_asserts(client, db):
    """Wagtail's page assertions (assertCanCreate, assertPageIsRoutable…, as adapted in
    tests/pages.py) for a pytest test: on its client, signed in as a superuser."""
    from wagtail.coreutils import get_dummy_request

    from tests import factories
    from tests.pages import RelaisPageTestCase

    case = RelaisPageTestCase()
    case.client = client
    case.dummy_request = get_dummy_request()
    case.login(factories.SuperuserFactory())
    return case


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Test transactions roll back without telling the caches (the shared one and the template
    fragments'): start each test with empty ones."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()
    yield
    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """A request to /fr/… leaves French active in the thread: each test starts in the default."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture
def committed_db(django_db_setup, django_db_blocker):
    """Database access without the per-test transaction: what the test writes is committed, so
    other threads and the live server see it. These tests run last (see above) and the whole test
    database is dropped at the end of the session."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """One server for the browser tests, over the test database, into which it loads the demo site
    for good: the browser tests walk through it (pytest-django's live_server would empty the
    database after every test)."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
        load_demo()
        shared = {}
        for conn in connections.all():
            if conn.vendor == "sqlite" and conn.is_in_memory_db():
                conn.inc_thread_sharing()  # the in-memory database exists only on this connection
                shared[conn.alias] = conn
        thread = LiveServerThread("localhost", StaticFilesHandler, connections_override=shared, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://localhost:{thread.port}"
        thread.terminate()
        for conn in shared.values():
            conn.dec_thread_sharing()
