"""Admin of learning records: cohorts (snippets), enrolments (each opened as the learner's record;
withdraw, re-admit, move to another cohort, one by one or in bulk) and certificates (list, revoke,
re-issue, undo a revocation). Every listing, object view and verb is narrowed by
lms.programme.scoping."""

import io

from django import forms
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views import generic
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.contrib.simple_translation.forms import SubmitTranslationForm
from wagtail.contrib.simple_translation.views import SubmitPageTranslationView
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.core import exceptions
from lms.core.masking import spreadsheet_safe
from lms.programme.forms import CoordinatorsChosenByProgrammeManagers
from lms.programme.scoped_admin import (
    ScopedIndexView,
    ScopedSnippetChooserViewSet,
    ScopedSnippetViewSetMixin,
    ScopedViewSetMixin,
    VerbEditView,
    scoped,
)
from lms.programme.scoping import scope
from lms.reporting import spreadsheets

from . import records, services
from .models import Certificate, Cohort, Enrolment
from .translation import language_name, source_of, untranslated_fields


class CohortViewSet(ScopedSnippetViewSetMixin, SnippetViewSet):
    model = Cohort
    chooser_viewset_class = ScopedSnippetChooserViewSet
    icon = "group"
    menu_label = _("Cohorts")
    menu_order = 160
    add_to_admin_menu = True
    list_display = [
        "name",
        "container",
        "action",
        "language",
        "enrolment_key",
        "opens_at",
        "closes_at",
        "capacity",
    ]
    list_filter = ["language"]
    search_fields = ["name", "enrolment_key"]
    panels = [
        FieldPanel("name"),
        PageChooserPanel("container", ["courses.CoursePage", "toolkit.ToolkitModulePage"]),
        FieldPanel("action", widget=forms.Select),
        FieldPanel("language"),
        FieldPanel("enrolment_key"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("capacity"),
        FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
        FieldPanel("coordinators", widget=forms.CheckboxSelectMultiple),
    ]

    def get_queryset(self, request):
        return scope.cohorts(request.user).select_related("container", "action")

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)

        class ScopedCohortForm(CoordinatorsChosenByProgrammeManagers, form_class):
            """Coordinators can only attach their cohorts to the Actions they coordinate; only
            programme managers choose a cohort's coordinators. Moving an existing cohort to another
            Action moves its learners' reach: that goes through lms.learning.services.move_cohort,
            which logs it."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.action_before = self.instance.action_id
                if self.for_user is not None and "action" in self.fields:
                    self.fields["action"].queryset = scope.actions(self.for_user)
                if "coordinators" in self.fields:
                    self.fields["coordinators"].queryset = get_user_model().objects.filter(is_staff=True)
                appointed_here = "coordinators" in self.fields and not self.fields["coordinators"].disabled
                if self.instance.pk is None and "action" in self.fields and not appointed_here:
                    # Its creator cannot name themselves its coordinator: the cohort is theirs
                    # through one of their Actions, or it would be lost to them at once.
                    self.fields["action"].required = True

            @property
            def moves_action(self):
                # From the posted Action: clean() runs before the form sets it on the instance.
                chosen = self.cleaned_data.get("action") if hasattr(self, "cleaned_data") else None
                chosen_id = chosen.pk if chosen is not None else None
                return self.instance.pk is not None and chosen_id != self.action_before

            def clean(self):
                cleaned = super().clean()
                if "action" in cleaned and self.moves_action:
                    if self.instance.owner_id is not None:
                        self.add_error("action", exceptions.InvitationFollowsMultiplier.message)
                    else:
                        try:  # the move would rewrite a closed reporting period's figures
                            services.check_cohort_move(self.instance, by=self.for_user)
                        except exceptions.LearningError as error:
                            self.add_error("action", error.message)
                return cleaned

            def save(self, commit=True):
                if not (commit and self.moves_action):
                    return super().save(commit)
                action = self.instance.action
                self.instance.action_id = self.action_before  # the other fields first, as they are
                cohort = super().save(commit)
                services.move_cohort(cohort, action, by=self.for_user)
                cohort.refresh_from_db(fields=["action"])
                return cohort

        return ScopedCohortForm


class EnrolmentVerbForm(WagtailAdminModelForm):
    """A form whose save() is a verb of lms.learning.services about one enrolment: `check` raises
    the verb's error before anything is written (shown at its field, or above the form), `run`
    does it (and logs it)."""

    class Meta:
        model = Enrolment
        fields = []

    def check(self, cleaned):
        pass

    def run(self):
        raise NotImplementedError

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            try:
                self.check(cleaned)
            except exceptions.LearningError as error:
                field = getattr(error, "field", None)
                self.add_error(field if field in self.fields else None, error.message)
        return cleaned

    def save(self, commit=True):
        try:
            return self.run()
        except exceptions.LearningError as error:  # changed meanwhile: said, not a 500
            raise forms.ValidationError(error.message) from error


class WithdrawForm(EnrolmentVerbForm):
    confirm = forms.BooleanField(
        label=_("Withdraw this learner from the course"),
        help_text=_(
            "They stop counting as reach from now on (past figures stay as they were). Their "
            "progress, attempts and certificate are kept: they can be re-admitted."
        ),
    )

    def check(self, cleaned):
        if self.instance.status == Enrolment.Status.WITHDRAWN:
            raise exceptions.AlreadyWithdrawn()

    def run(self):
        return services.withdraw(self.instance, by=self.for_user)


class ReadmitForm(EnrolmentVerbForm):
    confirm = forms.BooleanField(
        label=_("Re-admit this learner to the course"),
        help_text=_("They come back with their progress, their cohort and their place in the cascade."),
    )

    def check(self, cleaned):
        if self.instance.status != Enrolment.Status.WITHDRAWN:
            raise exceptions.NotWithdrawn()

    def run(self):
        return services.readmit(self.instance, by=self.for_user)


class MoveForm(EnrolmentVerbForm):
    cohort = forms.ModelChoiceField(
        label=_("Move to cohort"),
        queryset=Cohort.objects.none(),
        help_text=_(
            "Cohorts of the same course that you run. A learner trained by the programme then counts "
            "for the new cohort's Action, with the colleagues they trained."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = (
            scope.cohorts(self.for_user)
            .filter(container__translation_key=self.instance.course_key, owner__isnull=True)
            .exclude(pk=self.instance.cohort_id)
            .select_related("action")
            .order_by("name")
        )

    def check(self, cleaned):
        if cleaned.get("cohort") is not None:
            services.check_move_to_cohort(self.instance, cleaned["cohort"], by=self.for_user)

    def run(self):
        return services.move_to_cohort(self.instance, self.cleaned_data["cohort"], by=self.for_user)


class EnrolmentVerbView(scoped(VerbEditView)):
    """Withdraw, re-admit, move: the verb's form, and back to the learner's record."""

    template_name = "lms/admin/enrolment_verb.html"
    inspect_url_name = None
    success_message_text = ""

    def get_success_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def get_success_message(self, instance=None):
        return self.success_message_text

    def get_page_subtitle(self):
        return f"{self.page_title}: {self.object}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["record_url"] = reverse(self.inspect_url_name, args=[self.object.pk])
        return context


class EnrolmentRecordRedirect(scoped(generic.EditView)):
    """An enrolment is changed by its verbs, not edited field by field: its listing's link and
    "Edit" open the learner's record."""

    inspect_url_name = None

    def get(self, request, *args, **kwargs):
        return redirect(reverse(self.inspect_url_name, args=[self.get_object().pk]))

    def post(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)


class LearnerRecordView(scoped(generic.InspectView)):
    """The learner's record: steps done with dates, attempts with scores and answers, certificate,
    survey answer, and for a multiplier their colleagues and sessions (lms.learning.records); with
    the enrolment's actions for those who may change it."""

    template_name = "lms/admin/learner_record.html"
    verb_url_names = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enrolment = self.object
        context["record"] = records.learner_record(enrolment)
        may_change = self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", enrolment
        )
        names = self.verb_url_names
        verbs = []
        if may_change:
            if enrolment.status == Enrolment.Status.WITHDRAWN:
                verbs.append((_("Re-admit"), reverse(names["readmit"], args=[enrolment.pk])))
            else:
                verbs.append((_("Withdraw"), reverse(names["withdraw"], args=[enrolment.pk])))
            if enrolment.cohort_id and enrolment.cohort.owner_id is None:
                verbs.append((_("Move to another cohort"), reverse(names["move"], args=[enrolment.pk])))
        context["verbs"] = verbs
        if enrolment.cohort_id and scope.cohorts(self.request.user).filter(pk=enrolment.cohort_id).exists():
            context["gradebook_url"] = reverse("lms_cohort_gradebook", args=[enrolment.cohort_id])
        context["certificate_url"] = (
            reverse("certificates:inspect", args=[context["record"].certificate.pk])
            if context["record"].certificate
            else None
        )
        return context


class EnrolmentIndexView(ScopedIndexView):
    """The enrolments listing, with checkboxes for the bulk actions (withdraw, re-admit)."""

    template_name = "lms/admin/enrolment_index.html"

    @cached_property
    def columns(self):
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="enrolment"), *super().columns]

    def _get_title_column(self, *args, **kwargs):
        return super()._get_title_column(
            *args, **kwargs, get_title_id=lambda instance: f"enrolment_{quote(instance.pk)}_title"
        )


class EnrolmentViewSet(ScopedViewSetMixin, ModelViewSet):
    """Learners in the coordinator's cohorts. Each is opened as their record; changes go through
    the verbs of lms.learning.services (withdraw, re-admit, move), one by one or in bulk."""

    model = Enrolment
    index_view_class = EnrolmentIndexView
    edit_view_class = EnrolmentRecordRedirect
    inspect_view_class = LearnerRecordView
    icon = "user"
    menu_label = _("Enrolments")
    list_display = [
        "user",
        "container",
        "cohort",
        "action",
        "generation",
        "status",
        "enrolled_at",
        "completed_at",
    ]
    list_filter = ["status", "generation", "source"]
    search_fields = ["user__full_name", "user__email"]
    list_export = [
        "user.full_name",
        "user.email",
        "user.country",
        "container",
        "cohort",
        "action",
        "generation",
        "source",
        "status",
        "enrolled_at",
        "completed_at",
    ]
    export_headings = {
        "user.full_name": _("Learner"),
        "user.email": _("Email"),
        "user.country": _("Country"),
        "container": _("Course or module"),
        "cohort": _("Cohort"),
        "action": _("Action"),
        "generation": _("Generation"),
        "source": _("Enrolled through"),
        "status": _("Status"),
        "enrolled_at": _("Enrolled"),
        "completed_at": _("Completed"),
    }
    export_filename = "relais-enrolments"
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []
    verbs = {
        "withdraw": (WithdrawForm, _("Withdraw"), _("Withdrew the learner from the course.")),
        "readmit": (ReadmitForm, _("Re-admit"), _("Re-admitted the learner to the course.")),
        "move": (MoveForm, _("Move to another cohort"), _("Moved the learner to another cohort.")),
    }

    def get_queryset(self, request):
        return scope.enrolments(request.user).select_related("user", "container", "cohort", "action")

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(inspect_url_name=self.get_url_name("inspect"), **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        names = {verb: self.get_url_name(verb) for verb in self.verbs}
        return super().get_inspect_view_kwargs(verb_url_names=names, **kwargs)

    def verb_view(self, verb):
        form_class, title, done = self.verbs[verb]
        return self.construct_view(
            EnrolmentVerbView,
            **self.get_edit_view_kwargs(
                panel=None,
                form_class=form_class,
                template_name=EnrolmentVerbView.template_name,
                edit_url_name=self.get_url_name(verb),
                page_title=title,
                submit_button_label=title,
                success_message_text=done,
            ),
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *(path(f"{verb}/<str:pk>/", self.verb_view(verb), name=verb) for verb in self.verbs),
        ]


class EnrolmentBulkAction(BulkAction):
    """Withdraw or re-admit several selected learners. Each goes through its verb with its own
    scope check; those the user may not change (another Action's) are listed and left out, and so
    are those the verb does not apply to."""

    models = [Enrolment]
    template_name = "lms/admin/enrolment_bulk_action.html"
    applies = None  # which selected enrolments the verb is for

    def __init__(self, request, model):
        super().__init__(request, model)
        if not get_valid_next_url_from_request(request):
            self.next_url = reverse("enrolments:index")

    @classmethod
    def get_queryset(cls, model, object_ids):
        enrolments = list(
            model.objects.filter(pk__in=object_ids).select_related("user", "container", "cohort")
        )
        if not enrolments:
            raise Http404
        return enrolments

    def get_all_objects_in_listing_query(self, parent_id):
        # "Select all in listing": the listing's own rows (scoped, with its filters and search),
        # never every enrolment the user may see.
        rows = scope.enrolments(self.request.user)
        for name in EnrolmentViewSet.list_filter:
            if values := [value for value in self.request.GET.getlist(name) if value]:
                rows = rows.filter(**{f"{name}__in": values})
        if query := self.request.GET.get("q", "").strip():
            rows = rows.filter(Q(user__full_name__icontains=query) | Q(user__email__icontains=query))
        return rows.values_list("pk", flat=True)

    def check_perm(self, obj):
        try:
            services.require_in_scope(self.request.user, obj)
        except exceptions.NotInScope:
            return False
        return True

    def get_actionable_objects(self):
        objects, refused = super().get_actionable_objects()
        refused["not_applicable"] = [e for e in objects if not self.applies(e)]
        return [e for e in objects if self.applies(e)], refused

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["verb_label"] = self.display_name
        context["question"] = self.question(len(context["items"]))
        context["not_applicable_text"] = self.not_applicable_text
        return context

    def get_execution_context(self):
        return {"user": self.request.user, "view": self}

    @classmethod
    def execute_action(cls, objects, *, user, view):
        done = 0
        for enrolment in objects:
            try:
                cls.verb(enrolment, by=user)
                done += 1
            except exceptions.LearningError as error:
                messages.error(
                    view.request, _("Enrolment #%(pk)s: %(why)s") % {"pk": enrolment.pk, "why": error}
                )
        return done, 0


class WithdrawEnrolmentsBulkAction(EnrolmentBulkAction):
    display_name = _("Withdraw")
    action_type = "withdraw"
    aria_label = _("Withdraw the selected learners")
    action_priority = 10
    classes = {"serious"}
    not_applicable_text = _("already withdrawn")

    @staticmethod
    def applies(enrolment):
        return enrolment.status != Enrolment.Status.WITHDRAWN

    @staticmethod
    def verb(enrolment, *, by):
        return services.withdraw(enrolment, by=by)

    def question(self, count):
        return ngettext(
            "Withdraw this learner? They stop counting from now on; their progress is kept.",
            "Withdraw these %(count)d learners? They stop counting from now on; their progress is kept.",
            count,
        ) % {"count": count}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("Withdrew %(count)d learner.", "Withdrew %(count)d learners.", num_parent_objects) % {
            "count": num_parent_objects
        }


class ReadmitEnrolmentsBulkAction(EnrolmentBulkAction):
    display_name = _("Re-admit")
    action_type = "readmit"
    aria_label = _("Re-admit the selected learners")
    action_priority = 20
    not_applicable_text = _("not withdrawn")

    @staticmethod
    def applies(enrolment):
        return enrolment.status == Enrolment.Status.WITHDRAWN

    @staticmethod
    def verb(enrolment, *, by):
        return services.readmit(enrolment, by=by)

    def question(self, count):
        return ngettext(
            "Re-admit this learner, with their progress?",
            "Re-admit these %(count)d learners, with their progress?",
            count,
        ) % {"count": count}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "Re-admitted %(count)d learner.", "Re-admitted %(count)d learners.", num_parent_objects
        ) % {"count": num_parent_objects}


hooks.register("register_bulk_action", WithdrawEnrolmentsBulkAction)
hooks.register("register_bulk_action", ReadmitEnrolmentsBulkAction)


class CertificateRevocationForm(WagtailAdminModelForm):
    """Revokes a certificate with two texts: a reason the public verification page shows, and an
    internal note for staff (required: every revocation says why, to those who may ask)."""

    revoked_public_reason = forms.CharField(
        label=_("Reason shown publicly"),
        help_text=_(
            "Shown on the public verification page to anyone who checks this certificate's code "
            "or QR code. Leave it empty to show only that it was revoked, and when."
        ),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=1000,
    )
    revoked_note = forms.CharField(
        label=_("Internal note (not shown publicly)"),
        help_text=_(
            "Why it is revoked, for staff: kept with the certificate and in its history, never "
            "shown on the public verification page."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=True,
        max_length=1000,
        error_messages={"required": exceptions.RevocationNeedsReason.message},
    )

    class Meta:
        model = Certificate
        fields = ["revoked_public_reason", "revoked_note"]

    def save(self, commit=True):
        try:
            return services.revoke_certificate(
                self.instance,
                by=self.for_user,
                note=self.cleaned_data["revoked_note"],
                public_reason=self.cleaned_data["revoked_public_reason"],
            )
        except exceptions.RevocationNeedsReason as error:
            raise forms.ValidationError(error.message) from error


class CertificateRestoreForm(WagtailAdminModelForm):
    """Undoes a revocation (programme managers): the certificate is valid again, with its code."""

    confirm = forms.BooleanField(
        label=_("Undo the revocation: this certificate is valid again"),
        help_text=_("The verification page shows it as valid. The revocation stays in its history."),
    )
    note = forms.CharField(
        label=_("Internal note (not shown publicly)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=1000,
    )

    class Meta:
        model = Certificate
        fields = []

    def clean(self):
        cleaned = super().clean()
        if not self.instance.is_revoked:
            raise forms.ValidationError(exceptions.NotRevoked.message)
        return cleaned

    def save(self, commit=True):
        try:
            return services.restore_certificate(
                self.instance, by=self.for_user, note=self.cleaned_data.get("note", "")
            )
        except exceptions.LearningError as error:
            raise forms.ValidationError(error.message) from error


class CertificateRevokeView(scoped(VerbEditView)):
    """The certificate's edit form revokes it: its title, button and message say so."""

    page_title = _("Revoke certificate")
    submit_button_label = _("Revoke certificate")

    def get_success_message(self, instance=None):
        return _("Revoked the certificate: the verification page shows it as revoked.")


class CertificateRestoreView(scoped(VerbEditView)):
    """Only for those the policy lets "restore" (programme managers); others get a 403."""

    permission_required = "restore"

    def get_success_message(self, instance=None):
        return _("Undid the revocation: the certificate is valid again.")


class CertificateReissueForm(WagtailAdminModelForm):
    """A name correction: the certificate is issued again with the learner's name, the course's
    title and hours and the Action as they are now (services.reissue_certificate, logged)."""

    confirm = forms.BooleanField(required=True)

    class Meta:
        model = Certificate
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        now = Certificate.as_issued_now(self.instance.enrolment)
        self.fields["confirm"].label = _(
            "Re-issue this certificate to “%(now)s” (issued to “%(issued)s”), for “%(course)s”"
        ) % {"now": now["learner_name"], "issued": self.instance.learner_name, "course": now["course_title"]}
        self.fields["confirm"].help_text = _(
            "The code stays the same: the verification page and new downloads show the new details."
        )

    def clean(self):
        cleaned = super().clean()
        if self.instance.is_revoked:
            raise forms.ValidationError(exceptions.CertificateRevoked.message)
        return cleaned

    def save(self, commit=True):
        return services.reissue_certificate(self.instance, by=self.for_user)


class CertificateIndexView(ScopedIndexView):
    """Each certificate offers a re-issue to those who may change certificates."""

    reissue_url_name = None
    restore_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            url = reverse(self.reissue_url_name, args=[instance.pk])
            label = _("Re-issue (name correction)")
            buttons.append(MenuItem(label, url=url, icon_name="redirect", priority=20))
        if instance.is_revoked and self.permission_policy.user_has_permission(self.request.user, "restore"):
            url = reverse(self.restore_url_name, args=[instance.pk])
            buttons.append(MenuItem(_("Undo revocation"), url=url, icon_name="undo", priority=30))
        return buttons


class CertificateViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Certificate
    index_view_class = CertificateIndexView
    edit_view_class = CertificateRevokeView
    reissue_view_class = scoped(VerbEditView)
    restore_view_class = CertificateRestoreView
    icon = "doc-full-inverse"
    menu_label = _("Certificates")
    list_display = ["code", "enrolment", "issued_at", "revoked_at"]
    list_filter = ["issued_at", "revoked_at"]
    search_fields = ["code", "enrolment__user__email", "enrolment__user__full_name"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["revoked_public_reason", "revoked_note"]
    inspect_view_fields = [
        "code",
        "enrolment",
        "learner_name",
        "course_title",
        "hours",
        "action_name",
        "issued_at",
        "reissued_at",
        "revoked_at",
        "revoked_public_reason",
        "revoked_note",
        "revoked_by",
    ]

    def get_form_class(self, for_update=False):
        return CertificateRevocationForm

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            reissue_url_name=self.get_url_name("reissue"),
            restore_url_name=self.get_url_name("restore"),
            **kwargs,
        )

    @property
    def reissue_view(self):
        return self.construct_view(
            self.reissue_view_class,
            **self.get_edit_view_kwargs(
                panel=None,
                form_class=CertificateReissueForm,
                edit_url_name=self.get_url_name("reissue"),
                page_title=_("Re-issue certificate"),
            ),
        )

    @property
    def restore_view(self):
        return self.construct_view(
            self.restore_view_class,
            **self.get_edit_view_kwargs(
                panel=None,
                form_class=CertificateRestoreForm,
                edit_url_name=self.get_url_name("restore"),
                page_title=_("Undo revocation"),
                submit_button_label=_("Undo revocation"),
            ),
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("reissue/<str:pk>/", self.reissue_view, name="reissue"),
            path("restore/<str:pk>/", self.restore_view, name="restore"),
        ]


register_snippet(CohortViewSet)


class CohortImportFormatter(LogFormatter):
    label = _("Imported learners")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        count = data.get("invited", data.get("enrolled", 0) + data.get("returned", 0))
        return ngettext("Imported %(count)d learner", "Imported %(count)d learners", count) % {"count": count}


class EnrolmentMoveFormatter(LogFormatter):
    label = _("Moved to cohort")

    def format_message(self, log_entry):
        # By number: the site history is not scoped (lms.core.audit), a cohort's name may tell much.
        return _("Moved to cohort #%(cohort)s") % {"cohort": (log_entry.data or {}).get("cohort", "?")}


@hooks.register("before_edit_page")
def show_what_is_not_translated_yet(request, page):
    """Opening a translation shows, above the form, each field that still reads as in the source
    language, with the source's words: what is left to translate is visible as such."""
    if request.method != "GET":
        return None
    page = page.specific.get_latest_revision_as_object()
    fields = page.get_edit_handler().get_form_options().get("fields", [])
    left = untranslated_fields(page, fields)
    if left:
        source = source_of(page)
        messages.warning(
            request,
            gettext("Not translated yet, still as in %(language)s: %(fields)s")
            % {
                "language": language_name(source.locale.language_code),
                "fields": "; ".join(f"{label} (“{value}”)" for label, value in left),
            },
        )
    return None


class PageTranslationForm(SubmitTranslationForm):
    """simple_translation's form, which only greys out a language whose parent page is not
    translated yet: chosen anyway (a form opened before, a second tab), its copy failed with a
    server error. Here it is refused with the parent's name, in the form."""

    def __init__(self, instance, *args, **kwargs):
        super().__init__(instance, *args, **kwargs)
        self.page = instance

    def clean_locales(self):
        locales = self.cleaned_data["locales"]
        parent = self.page.get_parent().specific
        if parent.is_root():
            return locales
        translated = set(parent.get_translations(inclusive=True).values_list("locale_id", flat=True))
        missing = [locale for locale in locales if locale.pk not in translated]
        if missing:
            raise forms.ValidationError(
                gettext("“%(parent)s” is not in %(languages)s yet: translate it first, then this page.")
                % {
                    "parent": parent.get_admin_display_title(),
                    "languages": ", ".join(str(language_name(locale.language_code)) for locale in missing),
                },
                code="parent_not_translated",
            )
        return locales


class PageTranslationView(SubmitPageTranslationView):
    def get_form(self):
        if self.request.method == "POST":
            return PageTranslationForm(self.object, self.request.POST)
        return PageTranslationForm(self.object)


@hooks.register("register_admin_urls")
def register_page_translation_url():
    """Before simple_translation's own (the lms app is installed first): same address and name."""
    return [
        path(
            "translation/submit/page/<int:page_id>/",
            PageTranslationView.as_view(),
            name="lms_submit_page_translation",
        )
    ]


@hooks.register("register_log_actions")
def register_learning_log_actions(actions):
    """Changes to who counts, in the objects' History (lms.core.audit); labels and messages say
    what was done, as a verb in the past ("Withdrew", "Imported 42 learners")."""
    for action, label, message in [
        ("lms.enrolment.withdraw", _("Withdrew"), _("Withdrew from the course")),
        ("lms.enrolment.readmit", _("Re-admitted"), _("Re-admitted to the course")),
        ("lms.certificate.revoke", _("Revoked certificate"), _("Revoked certificate")),
        ("lms.certificate.restore", _("Undid certificate revocation"), _("Undid certificate revocation")),
        ("lms.certificate.reissue", _("Re-issued certificate"), _("Re-issued certificate")),
        ("lms.cohort.move", _("Moved cohort to another Action"), _("Moved cohort to another Action")),
        ("lms.cohort.invitation_accept", _("Accepted cohort invitation"), _("Accepted cohort invitation")),
        ("lms.cohort.invitation_decline", _("Declined cohort invitation"), _("Declined cohort invitation")),
        ("lms.cohort.invitation_resend", _("Re-sent cohort invitation"), _("Re-sent cohort invitation")),
    ]:
        actions.register_action(action, label, message)
    actions.register_action("lms.cohort.import")(CohortImportFormatter)
    actions.register_action("lms.enrolment.move")(EnrolmentMoveFormatter)


class GradebookView(WagtailAdminTemplateMixin, TemplateView):
    """A cohort's gradebook: one row per learner, a cell per step of the course (when it was done;
    for an assessment the best score and the attempts), and the steps done (the one definition,
    lms.learning.progress); as CSV or Excel with the export's rules (lms.reporting.spreadsheets:
    ISO 8601 dates, words, formulas defused)."""

    template_name = "lms/admin/gradebook.html"
    header_icon = "table"
    page_title = _("Gradebook")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not scope.sees_learner_data(request.user):
            raise PermissionDenied
        self.cohort = get_object_or_404(
            scope.cohorts(request.user).select_related("container", "action"), pk=kwargs["cohort_id"]
        )

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_lms_cohort:list"), "label": gettext("Cohorts")},
            {"url": "", "label": gettext("Gradebook: %(cohort)s") % {"cohort": self.cohort}},
        ]

    def gradebook(self):
        enrolments = scope.enrolments(self.request.user).filter(cohort=self.cohort)
        return records.gradebook(self.cohort.container.specific, enrolments)

    def get(self, request, *args, **kwargs):
        kind = request.GET.get("export")
        if kind in ("csv", "xlsx"):
            return self.export(kind)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        steps, rows = self.gradebook()
        context.update(cohort=self.cohort, steps=steps, rows=rows, record_url_name="enrolments:inspect")
        return context

    def table(self, for_csv):
        """The heading row and the rows, as plain cells, spreadsheet-safe."""
        steps, rows = self.gradebook()
        heading = [gettext("Learner"), gettext("Email"), gettext("Status"), gettext("Steps done")]
        for step in steps:
            heading.append(step.title)
            if step.completed_by_passing:
                heading += [
                    gettext("%(step)s: best score (%%)") % {"step": step.title},
                    gettext("%(step)s: attempts") % {"step": step.title},
                ]
        when = spreadsheets.iso_datetime if for_csv else spreadsheets.excel_value
        table = []
        for row in rows:
            enrolment = row.enrolment
            cells = [
                enrolment.user.full_name,
                enrolment.user.email,
                enrolment.get_status_display(),
                row.steps_done,
            ]
            for step, (done_at, best, tries) in zip(steps, row.cells, strict=True):
                cells.append(when(done_at) if done_at else None)
                if step.completed_by_passing:
                    cells += [f"{best:.2f}" if for_csv and best is not None else best, tries]
            table.append(cells)
        return [spreadsheet_safe(cell) for cell in heading], [[spreadsheet_safe(c) for c in r] for r in table]

    def export(self, kind):
        name = f"relais-gradebook-{self.cohort.pk}"
        heading, rows = self.table(for_csv=kind == "csv")
        if kind == "csv":
            body = spreadsheets.BYTE_ORDER_MARK + spreadsheets.csv_line(heading)
            body += "".join(spreadsheets.csv_line(["" if c is None else c for c in row]) for row in rows)
            response = HttpResponse(body, content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
            return response
        output = io.BytesIO()
        spreadsheets.write_workbook(heading, rows, output)
        response = HttpResponse(
            output.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
        return response


@hooks.register("register_admin_urls")
def register_gradebook_url():
    return [path("cohorts/<int:cohort_id>/gradebook/", GradebookView.as_view(), name="lms_cohort_gradebook")]


@hooks.register("register_snippet_listing_buttons")
def gradebook_button(snippet, user, next_url=None):
    """A "Gradebook" item in the cohort list, for the cohorts this user sees."""
    if isinstance(snippet, Cohort) and scope.cohorts(user).filter(pk=snippet.pk).exists():
        yield Button(
            _("Gradebook"), reverse("lms_cohort_gradebook", args=[snippet.pk]), icon_name="table", priority=60
        )
