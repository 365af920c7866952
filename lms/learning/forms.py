"""Learner forms: an enrolment key, the end-of-course survey."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import FEEDBACK_ITEMS

LIKERT_CHOICES = [
    (1, _("Strongly disagree")),
    (2, _("Disagree")),
    (3, _("Neither agree nor disagree")),
    (4, _("Agree")),
    (5, _("Strongly agree")),
]


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
