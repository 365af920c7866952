"""Production: several stateless gunicorn servers behind a proxy, PostgreSQL, Redis, a task worker.

Required environment: SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS, WAGTAILADMIN_BASE_URL (the site's
address: every link in an email is built on it). Recommended: REDIS_URL,
TASKS_BACKEND=django_tasks_db.DatabaseBackend, EMAIL_* for SMTP, RELAIS_TRUSTED_PROXIES (the
addresses of the proxies in front of the app servers, so that rate limits see the client's address
in X-Forwarded-For; without it every limit keys on REMOTE_ADDR). The proxy should also refuse
bodies over RELAIS_MAX_REQUEST_BODY (12 MB; e.g. nginx client_max_body_size 12m), which the app
refuses too, but only once the proxy has passed the request on."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")

STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Off only for a plain-HTTP profile on loopback (bin/prod), never behind a public address.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
# Several sites (or a test and a benchmark) sharing one Redis keep apart with their own prefix.
if "KEY_PREFIX" in CACHES["default"]:
    CACHES["default"]["KEY_PREFIX"] = os.environ.get("CACHE_KEY_PREFIX", "relais")

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
