"""The multiplier's offline-session form, and the attendees' check-in form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.accounts.models import Gender


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


class CheckInForm(forms.Form):
    """An attendee's check-in: the session's code and, if they like, their institution and gender
    (nothing that names them)."""

    code = forms.CharField(
        label=_("Check-in code"),
        max_length=20,
        help_text=_("As printed on the attendance sheet, for example ABCD-EFGH."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    institution = forms.CharField(
        label=_("Your institution (optional)"),
        max_length=120,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    gender = forms.ChoiceField(
        label=_("Gender (optional)"), choices=Gender.choices, required=False, widget=forms.RadioSelect
    )
