"""Account forms: sign-up, profile, and the password check before deleting an account."""

from django import forms
from django.contrib.auth.forms import PasswordResetForm, SetPasswordMixin
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from lms.core.links import site_domain_and_https
from lms.core.sanitize import clean_text

from .models import User, canonical_email

PROFILE_FIELDS = ["full_name", "institution", "country", "preferred_language", "gender", "role"]


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = PROFILE_FIELDS
        help_texts = {"gender": _("Optional. Used only in anonymous statistics.")}

    def clean_full_name(self):
        name = clean_text(self.cleaned_data["full_name"], max_length=200)
        if not name:
            raise forms.ValidationError(_("Enter your name as it should appear on certificates."))
        return name

    def clean_institution(self):
        return clean_text(self.cleaned_data["institution"], max_length=200)


class SignUpForm(SetPasswordMixin, ProfileForm):
    """Creates an account. An address that already has an account is refused: nobody can take over
    an account by signing up again with its email (the owner resets the password instead)."""

    password1, password2 = SetPasswordMixin.create_password_fields()

    class Meta(ProfileForm.Meta):
        fields = ["email", *PROFILE_FIELDS]

    EMAIL_TAKEN = _("An account with this email address already exists. Sign in, or reset your password.")

    def clean_email(self):
        email = canonical_email(self.cleaned_data["email"])
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(self.EMAIL_TAKEN)
        return email

    def clean(self):
        cleaned = super().clean()
        self.validate_passwords()
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        self.validate_password_for_user(self.instance)

    def save(self, commit=True):
        """The new account, or None when the address was taken meanwhile (the same form sent twice
        at once: both pass clean_email, the database's unique email refuses the second)."""
        user = super().save(commit=False)
        try:
            with transaction.atomic():
                return self.set_password_and_save(user, commit=commit)
        except IntegrityError:
            self.add_error("email", self.EMAIL_TAKEN)
            return None


class DeleteAccountForm(forms.Form):
    """Deleting an account needs its password: a borrowed, signed-in computer is not enough."""

    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput, strip=False)
    confirm = forms.BooleanField(label=_("I understand that this cannot be undone."))

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."), code="wrong_password")
        return password


class ConfiguredSiteLinks:
    """A password-reset form whose email links to the configured site (lms.core.links), not to
    the Host header of the request that asked for it."""

    def save(self, *args, domain_override=None, use_https=False, **kwargs):
        domain, https = site_domain_and_https()
        return super().save(*args, domain_override=domain, use_https=https, **kwargs)


class SitePasswordResetForm(ConfiguredSiteLinks, PasswordResetForm):
    """The site's "forgotten your password" form."""
