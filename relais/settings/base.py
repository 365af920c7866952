"""Settings shared by every environment. Everything that differs between machines comes from the
environment (see README); dev.py, test.py and production.py only change defaults."""

import datetime
import ipaddress
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "relais"


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps first, so that their templates override Wagtail's (the custom user forms).
    "lms",
    "courses",
    "toolkit",
    "home",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "lms.apps.RelaisUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    # First: an oversized body is refused before anything reads it.
    "relais.middleware.request_body_limit",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous visitors' copies of Wagtail pages (relais/page_cache.py), stored on the way out and
    # read before the session, locale, CSRF and user middleware, which a stored copy does not need.
    "relais.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "relais.middleware.PublicSiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A page address that 404s in one language but exists in another leads there (home/middleware.py).
    "home.middleware.TranslationFallbackMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Wagtail's routing of public addresses, kept per process for the content generation.
    "relais.routing.RouteCacheMiddleware",
    "relais.middleware.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its "too many attempts" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "relais.urls"
WSGI_APPLICATION = "relais.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite by default, so that a fresh machine needs nothing but Python; DATABASE_URL for PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
# The embedded SQLite default holds a classroom: WAL lets readers go on while one writer writes;
# every transaction takes the write lock when it begins (BEGIN IMMEDIATE), so that two requests
# never both read and then fail to upgrade to writing ("database is locked" at once, whatever the
# timeout); and a writer waits up to the busy timeout for the lock instead of failing.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),  # seconds
    "init_command": (
        "PRAGMA journal_mode=WAL;"
        # With WAL, NORMAL never corrupts the file; a power cut may lose the last commits only.
        "PRAGMA synchronous=NORMAL;"
    ),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "lms.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "lms:my_learning"
LOGOUT_REDIRECT_URL = "/"

# Languages: the UI and the content trees share one list; URLs carry the language prefix.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ru", _("Russian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
# Files with learners' personal data (attendance sheets): never under MEDIA_URL, served only by
# views that check permissions.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The page editor of a long course can post many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Request bodies: the largest upload (documents and images, 10 MB) and its form fit; anything
# larger is refused (413) before it is read (relais.middleware.request_body_limit). Fields other
# than files are bounded by Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB).
RELAIS_MAX_REQUEST_BODY = int(os.environ.get("RELAIS_MAX_REQUEST_BODY", str(12 * 1024 * 1024)))

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "relais.cache.RedisCache",  # Django's, one client per server (relais/cache.py)
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "relais",
    }
# How long an anonymous visitor's copy of a page is kept (it is also dropped on every publication),
# and the max-age sent with it.
CACHE_MIDDLEWARE_SECONDS = 300
# Fragments every visitor shares (a lesson's body, a course outline, the language switcher, the
# header's menus), kept in each server process: their keys carry the content generation that
# relais/page_cache.py reads from the shared cache once per request, so a publication on any server
# leaves them behind at once, and a page costs no round trip to Redis per fragment.
CACHES["template_fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "relais-fragments",
    "TIMEOUT": CACHE_MIDDLEWARE_SECONDS,
    "OPTIONS": {"MAX_ENTRIES": 2000},
}

# Background work (certificates, emails, exports): run at once unless a worker backend is chosen.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Relais <no-reply@localhost>")

# Wagtail
WAGTAIL_SITE_NAME = "Relais"
# The site's address: every absolute link in an email, a certificate or an invitation is built on
# it (lms.core.links), never on a request's Host header.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "lms.accounts.admin.AdminPasswordResetForm"  # noqa: S105
# Full-text search with each language's own stemming on PostgreSQL, Wagtail's database backend elsewhere.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "relais.search"}}
# Videos of lessons and their captions are documents too (lms.learning.blocks.VideoBlock).
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "mp4", "odt", "pdf", "pptx", "txt", "vtt", "webm", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no staff email hash sent to a third party (and the CSP allows none)
WAGTAILDOCS_DOCUMENT_FORM_BASE = "lms.core.documents.CheckedDocumentForm"  # checks content, not names
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Sessions read from the cache (Redis in production), written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Sign-in throttling (django-axes), for the site and the admin alike: ten wrong passwords for one
# account within 15 minutes are answered as such; the eleventh is refused, and so is every sign-in
# to that account (right password or not) until 15 minutes have passed.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",  # checks the lockout; has get_user, so tools that take the first work
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 11  # axes locks on the attempt that reaches the limit
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username"]
# One count per account however its address is typed (case, spaces, NFKC): the same canonical
# address that sign-in looks the account up by (lms.accounts.models.canonical_email).
AXES_USERNAME_CALLABLE = "lms.accounts.lockout.lockout_username"
# axes.W006 asks to lock by address too. Not here: a ministry's staff sign in from behind one
# address, and one person's typos would lock out the whole ministry. Accounts are what is guarded.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_USERNAME_FORM_FIELD = "username"  # the sign-in forms' field name (the account's email)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "lms.accounts.views.locked_out"
AXES_VERBOSE = False
# The client address of every rate limit and of axes' records (lms.core.ratelimit.client_address).
AXES_CLIENT_IP_CALLABLE = "lms.core.ratelimit.client_address"

# The proxies in front of the app servers (addresses or CIDR ranges, comma-separated in the
# environment): X-Forwarded-For is believed only from them, and the client is the right-most
# address in it that is not one of them. Empty (the default): REMOTE_ADDR alone, and a forged
# X-Forwarded-For changes nothing.
RELAIS_TRUSTED_PROXIES = [
    str(ipaddress.ip_network(entry, strict=False)) for entry in env_list("RELAIS_TRUSTED_PROXIES")
]

# Content-Security-Policy (django-csp): scripts and styles from this site only, no inline script
# (relais.middleware says where Wagtail's editing screens need an exception).
# Inline style attributes are allowed (the server-drawn SVG charts and Wagtail's admin use them);
# they cannot run code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "media-src": [SELF],
        "frame-src": [SELF],  # videos are files served here (lms.learning.blocks.VideoBlock), not embeds
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

# Offline sessions are claims; these limits refuse, at the door, one that cannot have happened as
# reported (lms.cascade.services). Each can be set in the environment.
RELAIS_SESSION_MAX_ATTENDEES = int(os.environ.get("RELAIS_SESSION_MAX_ATTENDEES", "150"))
RELAIS_SESSIONS_PER_DAY = int(os.environ.get("RELAIS_SESSIONS_PER_DAY", "3"))
RELAIS_SESSION_SHEET_REQUIRED_ABOVE = int(os.environ.get("RELAIS_SESSION_SHEET_REQUIRED_ABOVE", "30"))
RELAIS_SESSION_GRACE_DAYS = int(os.environ.get("RELAIS_SESSION_GRACE_DAYS", "31"))

# A person counts in the figures once their email address is verified (lms.accounts.verification);
# the link sent to confirm it works for this many days.
RELAIS_EMAIL_VERIFICATION_DAYS = int(os.environ.get("RELAIS_EMAIL_VERIFICATION_DAYS", "7"))

# Attendees check in to a session from its date to this many days after it (lms.cascade.checkin).
RELAIS_CHECKIN_WINDOW_DAYS = int(os.environ.get("RELAIS_CHECKIN_WINDOW_DAYS", "2"))

# Days a coordinator's invitation to a cohort (bulk enrolment) may be accepted.
RELAIS_COHORT_INVITATION_DAYS = int(os.environ.get("RELAIS_COHORT_INVITATION_DAYS", "14"))
# Notifications (lms.notifications): a learner without activity for this many days is nudged once
# per stall; a failed message is tried this many times in all.
RELAIS_NUDGE_AFTER_DAYS = int(os.environ.get("RELAIS_NUDGE_AFTER_DAYS", "14"))
RELAIS_EMAIL_MAX_ATTEMPTS = int(os.environ.get("RELAIS_EMAIL_MAX_ATTEMPTS", "5"))
# Learners hear that their group opens or closes this many days before.
RELAIS_COHORT_SOON_DAYS = int(os.environ.get("RELAIS_COHORT_SOON_DAYS", "3"))
