from django import forms

from .models import NOT_DIGESTIBLE, SWITCHABLE, Mode
from .services import preferences_of, set_preference


class PreferencesForm(forms.Form):
    """One choice per kind of message: immediately, in the weekly digest, or off. Password resets
    and address verification are not listed: they always go out."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        current = preferences_of(user)
        for kind in SWITCHABLE:
            choices = [(mode.value, mode.label) for mode in Mode]
            if kind in NOT_DIGESTIBLE:
                choices = [choice for choice in choices if choice[0] != Mode.DIGEST]
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label, choices=choices, initial=current[kind], widget=forms.RadioSelect
            )

    def save(self):
        for kind in SWITCHABLE:
            set_preference(self.user, kind, self.cleaned_data[kind.value])
