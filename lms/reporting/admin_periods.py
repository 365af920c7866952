"""Admin of reporting periods: programme managers (by model permission) define periods, close
them, and grant the exceptions that let a named person change a closed period's claims for a
while. Closing and granting go through lms.core.periods' verbs, which write the audit log."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from lms.core import exceptions, periods
from lms.core.periods import PeriodException, ReportingPeriod


class ReportingPeriodForm(WagtailAdminModelForm):
    close = forms.BooleanField(
        label=_("Close this period"),
        required=False,
        help_text=_(
            "Once closed, sessions dated in it can no longer be confirmed, corrected or withdrawn, "
            "and its figures stay as reported. Closing cannot be undone."
        ),
    )

    class Meta:
        model = ReportingPeriod
        fields = ["name", "starts_on", "ends_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.is_closed:
            # A closed period's dates are what funders were told: they no longer change.
            for name in ("starts_on", "ends_on", "close"):
                self.fields[name].disabled = True
            self.fields["close"].initial = True

    def save(self, commit=True):
        period = super().save(commit=commit)
        if commit and self.cleaned_data.get("close") and not period.is_closed:
            periods.close_period(period, by=self.for_user)
        return period


class PeriodExceptionForm(WagtailAdminModelForm):
    class Meta:
        model = PeriodException
        fields = ["period", "granted_to", "reason", "until"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].queryset = ReportingPeriod.objects.filter(closed_at__isnull=False)
        self.fields["reason"].help_text = _("Kept with the period's history, for whoever audits the figures.")

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("reason") or "").strip():
            self.add_error("reason", exceptions.ExceptionNeedsReason.message)
        until = cleaned.get("until")
        if until is not None and until <= timezone.now():
            self.add_error("until", exceptions.ExceptionInThePast.message)
        return cleaned

    def save(self, commit=True):
        return periods.grant_exception(
            self.cleaned_data["period"],
            to=self.cleaned_data["granted_to"],
            by=self.for_user,
            reason=self.cleaned_data["reason"],
            until=self.cleaned_data["until"],
        )


class ReportingPeriodViewSet(ModelViewSet):
    model = ReportingPeriod
    form_class = ReportingPeriodForm
    icon = "calendar"
    menu_label = _("Reporting periods")
    list_display = ["name", "starts_on", "ends_on", "closed_at"]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return ReportingPeriodForm


class PeriodExceptionViewSet(ModelViewSet):
    model = PeriodException
    icon = "lock-open"
    menu_label = _("Period exceptions")
    list_display = ["period", "granted_to", "granted_by", "until", "reason"]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return PeriodExceptionForm


class ReportingPeriodGroup(ModelViewSetGroup):
    menu_label = _("Reporting periods")
    menu_icon = "calendar"
    menu_order = 175
    items = [ReportingPeriodViewSet("reporting_periods"), PeriodExceptionViewSet("period_exceptions")]


@hooks.register("register_admin_viewset")
def register_reporting_period_viewsets():
    return ReportingPeriodGroup()


@hooks.register("register_log_actions")
def register_period_log_actions(actions):
    actions.register_action("lms.period.close", _("Closed reporting period"), _("Closed reporting period"))
    actions.register_action(
        "lms.period.exception", _("Granted period exception"), _("Granted an exception to a closed period")
    )
