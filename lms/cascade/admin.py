"""Admin of the cascade: multipliers, confirmed by a coordinator of their Action."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet

from lms.programme.scoped_admin import ScopedViewSetMixin
from lms.programme.scoping import scope

from . import services
from .models import Multiplier


class MultiplierConfirmationForm(WagtailAdminModelForm):
    confirm = forms.BooleanField(label=_("Confirm as a certified multiplier"), required=True)

    class Meta:
        model = Multiplier
        fields = []

    def save(self, commit=True):
        return services.confirm_multiplier(self.instance, by=self.for_user)


class MultiplierViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Multiplier
    icon = "group"
    menu_label = _("Multipliers")
    list_display = ["enrolment", "opted_in_at", "confirmed_at"]
    list_filter = ["confirmed_at"]
    search_fields = ["enrolment__user__full_name", "enrolment__user__email"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []

    def get_queryset(self, request):
        return scope.multipliers(request.user).select_related("enrolment__user", "enrolment__container")

    def get_form_class(self, for_update=False):
        return MultiplierConfirmationForm
