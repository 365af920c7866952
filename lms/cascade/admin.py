"""Admin of the cascade: multipliers, confirmed (and, when needed, revoked) by a coordinator of
their Action, and the offline sessions they claim, reviewed before they count, one by one or
several at once (bulk actions in the sessions listing)."""

import django_filters
from django import forms
from django.contrib.admin.utils import quote
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, StatusTagColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import ModelLogEntry

from lms.core import exceptions
from lms.programme.scoped_admin import ScopedIndexView, ScopedViewSetMixin, VerbEditView, scoped
from lms.programme.scoping import scope

from . import services
from .models import Multiplier, MultiplierSession


class MultiplierConfirmationForm(WagtailAdminModelForm):
    """Confirms a multiplier who is not (or no longer) certified: confirming a revoked one
    reinstates them."""

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


class MultiplierRevocationForm(WagtailAdminModelForm):
    """Revokes a certified multiplier, with a reason they see."""

    reason = forms.CharField(
        label=_("Reason for revoking (shown to the multiplier)"),
        help_text=_(
            "Their invitation link and session recording stop. Sessions already confirmed and "
            "colleagues they already trained keep counting. Confirming them again reinstates them."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": exceptions.MultiplierRevocationNeedsReason.message},
    )

    class Meta:
        model = Multiplier
        fields = []

    def save(self, commit=True):
        try:
            return services.revoke_multiplier(
                self.instance, by=self.for_user, reason=self.cleaned_data["reason"]
            )
        except exceptions.LearningError as error:
            raise forms.ValidationError(error.message) from error

    def clean(self):
        cleaned = super().clean()
        if self.for_user is not None and self.for_user.pk == self.instance.enrolment.user_id:
            raise forms.ValidationError(exceptions.OwnClaim.message)
        return cleaned


class MultiplierDecisionView(scoped(VerbEditView)):
    """The multiplier's edit screen is the decision about them: confirm one who is not certified
    (or reinstate a revoked one), revoke one who is."""

    def get_form_class(self):
        return MultiplierRevocationForm if self.object.is_confirmed else MultiplierConfirmationForm

    @property
    def submit_button_label(self):
        return _("Revoke") if self.object.is_confirmed else _("Confirm")


class MultiplierFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("Action"), field_name="enrolment__action")
    certified = django_filters.ChoiceFilter(
        label=_("Certification"),
        method="filter_certified",
        choices=[
            ("waiting", _("Waiting for confirmation")),
            ("confirmed", _("Confirmed")),
            ("revoked", _("Revoked")),
        ],
    )

    class Meta:
        model = Multiplier
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["action"].extra["choices"] = action_choices(request.user)

    def filter_certified(self, queryset, name, value):
        return {
            "waiting": queryset.filter(confirmed_at__isnull=True, revoked_at__isnull=True),
            "confirmed": queryset.filter(confirmed_at__isnull=False, revoked_at__isnull=True),
            "revoked": queryset.filter(revoked_at__isnull=False),
        }.get(value, queryset)


def action_choices(user):
    """The Actions a filter offers: those whose learner data `user` sees."""
    return [(str(pk), name) for pk, name in scope.actions(user).order_by("name").values_list("pk", "name")]


class MultiplierViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Multiplier
    edit_view_class = MultiplierDecisionView
    icon = "group"
    menu_label = _("Multipliers")
    list_display = ["enrolment", "enrolment__action", "opted_in_at", "confirmed_at", "revoked_at"]
    filterset_class = MultiplierFilterSet
    search_fields = ["enrolment__user__full_name", "enrolment__user__email"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "enrolment",
        "opted_in_at",
        "confirmed_at",
        "confirmed_by",
        "revoked_at",
        "revoked_by",
        "revoke_reason",
    ]
    copy_view_enabled = False
    form_fields = []

    def get_queryset(self, request):
        return scope.multipliers(request.user).select_related(
            "enrolment__user", "enrolment__container", "enrolment__action"
        )

    def get_form_class(self, for_update=False):
        return MultiplierConfirmationForm


class SessionDetailsMixin:
    """What a reviewer needs to see of a claim: its details, declared head counts, the attendance
    sheet (through the scoped download view) and its history in the audit log."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.object
        context["session"] = session
        context["session_history"] = (
            ModelLogEntry.objects.for_instance(session).select_related("user").order_by("timestamp", "pk")
        )
        if session.attendance_sheet:
            context["attendance_sheet_url"] = reverse("lms:attendance_sheet", args=[session.pk])
        return context


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


class SessionReviewView(SessionDetailsMixin, scoped(VerbEditView)):
    template_name = "lms/admin/session_review.html"


class SessionInspectView(SessionDetailsMixin, scoped(InspectView)):
    template_name = "lms/admin/session_inspect.html"


class SessionFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("Action"), field_name="multiplier__enrolment__action")
    status = django_filters.MultipleChoiceFilter(
        label=_("Review"), choices=MultiplierSession.Status.choices, widget=forms.CheckboxSelectMultiple
    )
    period = django_filters.DateFromToRangeFilter(
        label=_("Held between"), field_name="date", widget=DateRangePickerWidget
    )
    multiplier = django_filters.ChoiceFilter(label=_("Multiplier"), field_name="multiplier")

    class Meta:
        model = MultiplierSession
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["action"].extra["choices"] = action_choices(request.user)
        # Multipliers who claimed a session that the user sees, by name (they are the user's learners).
        multipliers = (
            scope.multipliers(request.user)
            .filter(sessions__isnull=False)
            .distinct()
            .order_by("enrolment__user__full_name")
            .values_list("pk", "enrolment__user__full_name")
        )
        self.filters["multiplier"].extra["choices"] = [(str(pk), name) for pk, name in multipliers]


class SessionIndexView(ScopedIndexView):
    """The sessions listing, with checkboxes for the bulk review (confirm, reject)."""

    template_name = "lms/admin/session_index.html"

    @cached_property
    def columns(self):
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="session"), *super().columns]

    def _get_title_column(self, *args, **kwargs):
        return super()._get_title_column(
            *args, **kwargs, get_title_id=lambda instance: f"session_{quote(instance.pk)}_title"
        )


class SessionViewSet(ScopedViewSetMixin, ModelViewSet):
    """Offline sessions claimed by multipliers, for review by a coordinator of the Action or a
    programme manager; scoped like every learner record."""

    model = MultiplierSession
    index_view_class = SessionIndexView
    edit_view_class = SessionReviewView
    inspect_view_class = SessionInspectView
    icon = "date"
    menu_label = _("Offline sessions")
    # Declared by the multiplier, and checked in by the attendees themselves (lms.cascade.checkin).
    list_display = [
        "date",
        "institution",
        "multiplier",
        "multiplier__enrolment__action",
        Column("participants", label=_("Declared")),
        Column("checked_in", label=_("Checked in")),
        StatusTagColumn("get_status_display", label=_("Review"), primary=lambda s: s.is_pending),
        "reviewed_at",
    ]
    filterset_class = SessionFilterSet
    search_fields = ["institution", "place", "multiplier__enrolment__user__full_name"]
    inspect_view_enabled = True
    # The claim itself, its check-ins and its history are drawn above the fields by the inspect
    # view (templates/lms/admin/session_details.html): only what that block does not show here.
    inspect_view_fields = ["reviewed_by", "reviewed_at", "created_at"]
    copy_view_enabled = False
    form_fields = []

    def get_queryset(self, request):
        return (
            scope.sessions(request.user)
            .select_related("multiplier__enrolment__user", "multiplier__enrolment__action", "reviewed_by")
            .with_checked_in()
        )

    def get_form_class(self, for_update=False):
        return SessionReviewForm


class SessionReviewBulkAction(BulkAction):
    """Review several selected sessions the same way. Each goes through
    lms.cascade.services.review_session with its own checks; those the user may not review
    (another Action's, their own claim, already reviewed) are listed before and after, never
    reviewed."""

    models = [MultiplierSession]
    decision = None
    template_name = "lms/admin/session_bulk_review.html"

    def __init__(self, request, model):
        super().__init__(request, model)
        if not get_valid_next_url_from_request(request):
            self.next_url = reverse("sessions:index")  # not this page: it needs a selection

    @classmethod
    def get_queryset(cls, model, object_ids):
        sessions = list(
            model.objects.filter(pk__in=object_ids).select_related(
                "multiplier__enrolment__action", "multiplier__enrolment__user"
            )
        )
        if not sessions:
            raise Http404
        return sessions

    def get_all_objects_in_listing_query(self, parent_id):
        # "Select all in listing": the listing's own rows (scoped, with its filters).
        filters = SessionFilterSet(self.request.GET, scope.sessions(self.request.user), request=self.request)
        return filters.qs.values_list("pk", flat=True)

    def check_perm(self, obj):
        try:
            services.require_in_scope(self.request.user, obj)
        except exceptions.NotInScope:
            return False
        return True

    def get_actionable_objects(self):
        objects, refused = super().get_actionable_objects()
        user = self.request.user
        refused["own_claims"] = [s for s in objects if s.multiplier.enrolment.user_id == user.pk]
        refused["not_pending"] = [s for s in objects if not s.is_pending]
        left_out = {s.pk for s in refused["own_claims"] + refused["not_pending"]}
        return [s for s in objects if s.pk not in left_out], refused

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["decision_label"] = self.display_name
        attendees = sum(item["item"].participants for item in context["items"])
        context["question"] = self.question(len(context["items"]), attendees)
        return context

    def question(self, count, attendees):
        raise NotImplementedError

    def get_execution_context(self):
        reason = self.cleaned_form.cleaned_data.get("reason", "") if self.cleaned_form else ""
        return {"user": self.request.user, "decision": self.decision, "reason": reason, "view": self}

    @classmethod
    def execute_action(cls, objects, *, user, decision, reason, view):
        reviewed, refused = services.review_sessions(objects, by=user, decision=decision, reason=reason)
        for session, why in refused:
            messages.error(
                view.request,
                _("Session #%(pk)s was not reviewed: %(why)s")
                % {
                    "pk": session.pk,
                    "why": why,
                },
            )
        view.attendees_reviewed = sum(session.participants for session in reviewed)
        return len(reviewed), 0


class ConfirmSessionsBulkAction(SessionReviewBulkAction):
    display_name = _("Confirm")
    action_type = "confirm"
    aria_label = _("Confirm the selected sessions")
    action_priority = 10
    decision = MultiplierSession.Status.CONFIRMED

    def question(self, count, attendees):
        return ngettext(
            "Confirm this session? Its %(attendees)d declared participants will count as reach.",
            "Confirm these %(count)d sessions? "
            "Their %(attendees)d declared participants will count as reach.",
            count,
        ) % {"count": count, "attendees": attendees}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d session confirmed: %(attendees)d attendees count from now on.",
            "%(count)d sessions confirmed: %(attendees)d attendees count from now on.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "attendees": self.attendees_reviewed}


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (shown to each multiplier)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )


class RejectSessionsBulkAction(SessionReviewBulkAction):
    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject the selected sessions, with one reason")
    action_priority = 20
    classes = {"serious"}
    form_class = RejectionForm
    decision = MultiplierSession.Status.REJECTED

    def question(self, count, attendees):
        return ngettext(
            "Reject this session? It is kept but does not count; the multiplier sees your reason.",
            "Reject these %(count)d sessions? "
            "They are kept but do not count; each multiplier sees your reason.",
            count,
        ) % {"count": count}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d session rejected.", "%(count)d sessions rejected.", num_parent_objects) % {
            "count": num_parent_objects
        }


hooks.register("register_bulk_action", ConfirmSessionsBulkAction)
hooks.register("register_bulk_action", RejectSessionsBulkAction)


@hooks.register("register_log_actions")
def register_cascade_log_actions(actions):
    """Every change to offline reach and to who may train, in the objects' History."""
    for action, label, message in [
        ("lms.session.report", _("Reported session"), _("Reported session")),
        ("lms.session.correct", _("Corrected session"), _("Corrected session")),
        ("lms.session.withdraw", _("Withdrew session"), _("Withdrew session")),
        ("lms.session.confirm", _("Confirmed session"), _("Confirmed session")),
        ("lms.session.hold", _("Put session on hold"), _("Put session on hold")),
        ("lms.session.reject", _("Rejected session"), _("Rejected session")),
        ("lms.session.checkin", _("Checked in at a session"), _("Checked in at a session")),
        ("lms.multiplier.confirm", _("Confirmed multiplier"), _("Confirmed multiplier")),
        ("lms.multiplier.revoke", _("Revoked multiplier"), _("Revoked multiplier")),
    ]:
        actions.register_action(action, label, message)
