import os

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run inside
# one unless told that this is intended (the browser tests only touch the database via the server).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the demo site: most tests read it, and each test's changes roll back."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def pytest_collection_modifyitems(items):
    """Browser tests last: their live server needs committed data, which they flush afterwards."""
    items.sort(key=lambda item: "e2e" in item.nodeid)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Test transactions roll back without telling the cache: start each test with an empty one."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
