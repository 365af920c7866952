import os

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run inside
# one unless told that this is intended (the browser tests only touch the database via the server).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker):
    """The test database, always created (pytest-django creates it only when some collected test
    asks for `db`, and the browser tests do not), holding the demo site: most tests read it, and
    each test's changes roll back."""
    from django.test.utils import setup_databases, teardown_databases

    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=verbosity, interactive=False, aliases={"default"})
        call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
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


def pytest_collection_modifyitems(items):
    """Tests that commit (concurrency, then browser tests) run last: they empty the database when
    they finish, and the tests before them read the demo site."""
    items.sort(
        key=lambda item: (item.get_closest_marker("concurrency") is not None) + 2 * ("e2e" in item.nodeid)
    )


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
    """One server for the browser tests, over the test database that holds the demo site (pytest-
    django's live_server would empty the database after every test)."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
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
