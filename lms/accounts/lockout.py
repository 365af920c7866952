"""The sign-in lockout (django-axes) counts wrong passwords per account: settings point axes here
for the name it counts under (AXES_USERNAME_CALLABLE), the same canonical address that sign-in
looks the account up by, so no other spelling of an address starts a count of its own."""

from django.conf import settings

from .models import canonical_email


def lockout_username(request, credentials=None):
    """The account a sign-in attempt is for, as axes keys its count and its lockout."""
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials:
        return canonical_email(credentials.get(field))
    data = getattr(request, "data", None) or getattr(request, "POST", {})
    return canonical_email(data.get(field))
