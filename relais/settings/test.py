"""Test runs: fast hashing, throwaway media, immediate tasks; DATABASE_URL picks PostgreSQL."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="relais-test-media-"))  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
SERVE_MEDIA = True
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="relais-test-static-"))  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="relais-test-private-"))  # noqa: F405

# On SQLite the test database is a file, as `make run`'s is, not Django's in-memory default: the
# concurrency tests' threads and the browser tests' server open their own connections to it, in
# WAL mode with the busy timeout (base.py), as a classroom's requests do.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.mkdtemp(prefix="relais-test-db-")) / "test.sqlite3"),
        **DATABASES["default"].get("TEST", {}),
    }
    # A throwaway database need not survive a power cut: no fsync, the same locking.
    DATABASES["default"]["OPTIONS"]["init_command"] += "PRAGMA synchronous=OFF;"
