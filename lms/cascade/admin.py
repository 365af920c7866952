"""Admin of the cascade: multipliers, confirmed by a coordinator of their Action, and the offline
sessions they claim, reviewed before they count."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from lms.core import exceptions
from lms.programme.scoped_admin import ScopedViewSetMixin, VerbEditView, scoped
from lms.programme.scoping import scope

from . import services
from .models import Multiplier, MultiplierSession


class MultiplierConfirmationForm(WagtailAdminModelForm):
    confirm = forms.BooleanField(label=_("Confirm as a certified multiplier"), required=True)

    class Meta:
        model = Multiplier
        fields = []

    def clean(self):
        cleaned = super().clean()
        if self.for_user is not None and self.for_user.pk == self.instance.enrolment.user_id:
            raise forms.ValidationError(exceptions.OwnClaim.message)
        return cleaned

    def save(self, commit=True):
        return services.confirm_multiplier(self.instance, by=self.for_user)


class MultiplierViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Multiplier
    edit_view_class = scoped(VerbEditView)
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


class SessionReviewForm(WagtailAdminModelForm):
    """The review of a claimed session: confirm it (it counts from now on), put it on hold or
    reject it, with a reason the multiplier sees."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (MultiplierSession.Status.CONFIRMED, _("Confirm: the participants count as reach")),
            (MultiplierSession.Status.ON_HOLD, _("Put on hold: ask the multiplier for more")),
            (MultiplierSession.Status.REJECTED, _("Reject: the session does not count (it is kept)")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason (shown to the multiplier)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=1000,
    )

    class Meta:
        model = MultiplierSession
        fields = []

    def clean(self):
        cleaned = super().clean()
        if "decision" in cleaned:
            try:
                services.check_review(
                    self.instance,
                    by=self.for_user,
                    decision=cleaned["decision"],
                    reason=cleaned.get("reason", ""),
                )
            except exceptions.LearningError as error:
                field = getattr(error, "field", None)
                self.add_error(field if field in self.fields else None, error.message)
        return cleaned

    def save(self, commit=True):
        return services.review_session(
            self.instance,
            by=self.for_user,
            decision=self.cleaned_data["decision"],
            reason=self.cleaned_data.get("reason", ""),
        )


class SessionViewSet(ScopedViewSetMixin, ModelViewSet):
    """Offline sessions claimed by multipliers, for review by a coordinator of the Action or a
    programme manager; scoped like every learner record."""

    model = MultiplierSession
    edit_view_class = scoped(VerbEditView)
    icon = "date"
    menu_label = _("Offline sessions")
    # Declared by the multiplier, and checked in by the attendees themselves (lms.cascade.checkin).
    list_display = [
        "date",
        "institution",
        "multiplier",
        Column("participants", label=_("Declared")),
        Column("checked_in", label=_("Checked in")),
        "status",
        "reviewed_at",
    ]
    list_filter = ["status", "date", "multiplier__enrolment__action"]
    search_fields = ["institution", "place", "multiplier__enrolment__user__full_name"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "multiplier",
        "date",
        "place",
        "institution",
        "modules_covered",
        "participants_female",
        "participants_male",
        "participants_other",
        "checked_in",
        "checkin_code",
        "notes",
        "status",
        "status_reason",
        "reviewed_by",
        "reviewed_at",
        "created_at",
    ]
    copy_view_enabled = False
    form_fields = []

    def get_queryset(self, request):
        return (
            scope.sessions(request.user)
            .select_related("multiplier__enrolment__user", "reviewed_by")
            .with_checked_in()
        )

    def get_form_class(self, for_update=False):
        return SessionReviewForm


@hooks.register("register_log_actions")
def register_cascade_log_actions(actions):
    """Every change to offline reach and to who may train, in the objects' History."""
    for action, label, message in [
        ("lms.session.report", _("Report session"), _("Session reported")),
        ("lms.session.correct", _("Correct session"), _("Session corrected")),
        ("lms.session.withdraw", _("Withdraw session"), _("Session withdrawn")),
        ("lms.session.confirm", _("Confirm session"), _("Session confirmed")),
        ("lms.session.hold", _("Put session on hold"), _("Session put on hold")),
        ("lms.session.reject", _("Reject session"), _("Session rejected")),
        ("lms.session.checkin", _("Attendee check-in"), _("An attendee checked in")),
        ("lms.multiplier.confirm", _("Confirm multiplier"), _("Multiplier confirmed")),
    ]:
        actions.register_action(action, label, message)
