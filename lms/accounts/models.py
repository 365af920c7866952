import unicodedata

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Gender(models.TextChoices):
    """Optional; reports count it, so it is a closed list. Blank means "not answered"."""

    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Another gender")
    PREFER_NOT_TO_SAY = "undisclosed", _("Prefer not to say")


class Role(models.TextChoices):
    EXPERT = "expert", _("Expert")
    TRAINEE = "trainee", _("Trainee")
    OTHER = "other", _("Other")


def canonical_email(address):
    """The one spelling of an account's address: compatibility forms folded (NFKC), surrounding
    spaces dropped, lower case. Accounts are stored, found at sign-in and counted by the sign-in
    lockout (lms.accounts.lockout) under it, so "Ana@X.org ", "ana@x.org" and "ａｎａ@x.org" are
    one account with one count of wrong passwords."""
    if address is None:
        return None
    return unicodedata.normalize("NFKC", str(address)).strip().lower()


class UserQuerySet(models.QuerySet):
    def verified(self, as_of=None):
        """People whose email address is verified (by `as_of`, when given): the only accounts the
        programme's figures count. One definition, asked by reporting."""
        if as_of is None:
            return self.filter(email_verified_at__isnull=False)
        return self.filter(email_verified_at__lte=as_of)

    def unverified(self):
        return self.filter(email_verified_at__isnull=True)


class UserManager(BaseUserManager.from_queryset(UserQuerySet)):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=canonical_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=canonical_email(username))


FORGOTTEN_DOMAIN = "invalid.example"


def forgotten_address(user_pk):
    """The address a forgotten account keeps (lms.privacy): unique, and never deliverable."""
    return f"forgotten-{user_pk}@{FORGOTTEN_DOMAIN}"


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account: learner, expert, editor or coordinator.

    One full-name field rather than first/last name: many partner countries do not split names
    that way, and certificates print the name exactly as the person wrote it.
    """

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200)
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    gender = models.CharField(_("gender"), max_length=16, choices=Gender.choices, blank=True)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.TRAINEE)
    is_staff = models.BooleanField(
        _("staff status"), default=False, help_text=_("Can log in to the Wagtail admin.")
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    # Set by lms.accounts.verification.verify_email when the person proved they read this
    # address; emptied when the address changes. Figures count only verified people.
    email_verified_at = models.DateTimeField(_("email verified at"), null=True, blank=True)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["full_name", "email"]

    def __str__(self):
        return self.full_name or self.email

    def clean(self):
        super().clean()
        self.email = canonical_email(self.email)

    @property
    def is_email_verified(self):
        return self.email_verified_at is not None

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email
