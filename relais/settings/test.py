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
