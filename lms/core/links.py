"""Absolute links that leave the site (emails, certificates, invitation links, data exports) are
built on the configured site address, settings.WAGTAILADMIN_BASE_URL, and never on a request's
Host header: anyone can send a request with Host: evil.example, and a password-reset email must
not carry their domain to the account's owner."""

from urllib.parse import urlsplit

from django.conf import settings


def site_url(path=""):
    """`path` (as reverse() returns it) on the configured site."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def site_domain_and_https():
    """The configured site's host (with its port) and whether it is served over HTTPS: what
    Django's password-reset email writes as {{ domain }} and {{ protocol }}."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return parts.netloc, parts.scheme == "https"
