from django import forms
from django.contrib.auth.forms import SetPasswordMixin
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents.forms import BaseDocumentForm

from . import uploads
from .models import FEEDBACK_ITEMS, User
from .sanitize import clean_text

PROFILE_FIELDS = ["full_name", "institution", "country", "preferred_language", "gender", "role"]
LIKERT_CHOICES = [
    (1, _("Strongly disagree")),
    (2, _("Disagree")),
    (3, _("Neither agree nor disagree")),
    (4, _("Agree")),
    (5, _("Strongly agree")),
]


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
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
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


class EnrolmentKeyForm(forms.Form):
    key = forms.CharField(label=_("Enrolment key"), max_length=32)


class FeedbackForm(forms.Form):
    comment = forms.CharField(
        label=_("Anything else you would like to tell us?"),
        required=False,
        max_length=4000,
        widget=forms.Textarea,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in FEEDBACK_ITEMS:
            self.fields[name] = forms.TypedChoiceField(
                label=label, choices=LIKERT_CHOICES, coerce=int, widget=forms.RadioSelect
            )
        self.order_fields([name for name, _label in FEEDBACK_ITEMS] + ["comment"])

    def ratings(self):
        return {name: self.cleaned_data[name] for name, _label in FEEDBACK_ITEMS}


class SessionForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    place = forms.CharField(label=_("Place"), max_length=200)
    institution = forms.CharField(label=_("Institution"), max_length=200)
    modules_covered = forms.CharField(label=_("What you covered"), max_length=500)
    female = forms.IntegerField(label=_("Women"), min_value=0, max_value=10_000, initial=0)
    male = forms.IntegerField(label=_("Men"), min_value=0, max_value=10_000, initial=0)
    other = forms.IntegerField(label=_("Other or not stated"), min_value=0, max_value=10_000, initial=0)
    notes = forms.CharField(
        label=_("Notes"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )
    sheet = forms.FileField(
        label=_("Attendance sheet (optional)"),
        required=False,
        help_text=_("PDF, PNG or JPEG, at most 5 MB. Only you and your coordinators can open it."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg"}),
    )


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


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form (single and multiple upload), refusing a file whose content is
    not what its extension says: a renamed executable is not a PDF."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload is not self.original_file:
            extension = upload.name.rsplit(".", 1)[-1] if "." in upload.name else ""
            if not uploads.content_matches(upload, extension):
                raise forms.ValidationError(
                    _("This file's content is not a .%(extension)s file. Upload the document itself."),
                    code="content_mismatch",
                    params={"extension": extension.lower()},
                )
        return upload

    def _post_clean(self):
        # Wagtail's Document.clean() then checks the extension of a file the form already refused
        # (an empty name by now) and adds a confusing second message: keep ours alone.
        super()._post_clean()
        errors = self.errors.as_data().get("file", [])
        mismatch = [error for error in errors if error.code == "content_mismatch"]
        if mismatch and len(errors) > 1:
            self.errors["file"] = self.error_class([message for e in mismatch for message in e.messages])


class ParentAwareAdminForm(WagtailAdminModelForm):
    """An admin form whose inline child forms (activities, partners) know the object being edited
    while they are validated, as Django's inline formsets do: django-modelcluster links a new child
    to its parent only when saving, so a child's own checks against its parent (an activity dated
    within its Action's months) would skip every new one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for formset in self.formsets.values():
            for form in formset.forms:
                setattr(form.instance, formset.fk.name, self.instance)
