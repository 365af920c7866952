"""The multiplier's offline-session form."""

from django import forms
from django.utils.translation import gettext_lazy as _


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
