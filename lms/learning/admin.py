"""Admin of learning records: cohorts (snippets), enrolments (read-only) and certificates (list,
revoke). Every listing and object view is narrowed by lms.programme.scoping."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.core import exceptions
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

from . import services
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


class EnrolmentViewSet(ScopedViewSetMixin, ModelViewSet):
    """Learners in the coordinator's cohorts; read-only here (changes go through lms.learning.services)."""

    model = Enrolment
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
    export_filename = "relais-enrolments"
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []

    def get_queryset(self, request):
        return scope.enrolments(request.user).select_related("user", "container", "cohort", "action")


class CertificateRevocationForm(WagtailAdminModelForm):
    revoked_reason = forms.CharField(
        label=_("Reason for revoking (internal)"),
        help_text=_(
            "Kept for staff and shown in the certificate's history. The public verification page "
            "shows only that the certificate was revoked and on which date, never this reason."
        ),
        widget=forms.Textarea,
        required=True,
        max_length=1000,
        error_messages={"required": exceptions.RevocationNeedsReason.message},
    )

    class Meta:
        model = Certificate
        fields = ["revoked_reason"]

    def save(self, commit=True):
        try:
            return services.revoke_certificate(
                self.instance, by=self.for_user, reason=self.cleaned_data["revoked_reason"]
            )
        except exceptions.RevocationNeedsReason as error:
            raise forms.ValidationError(error.message) from error


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

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            url = reverse(self.reissue_url_name, args=[instance.pk])
            label = _("Re-issue (name correction)")
            buttons.append(MenuItem(label, url=url, icon_name="redirect", priority=20))
        return buttons


class CertificateViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Certificate
    index_view_class = CertificateIndexView
    edit_view_class = scoped(VerbEditView)
    reissue_view_class = scoped(VerbEditView)
    icon = "doc-full-inverse"
    menu_label = _("Certificates")
    list_display = ["code", "enrolment", "issued_at", "revoked_at"]
    list_filter = ["issued_at", "revoked_at"]
    search_fields = ["code", "enrolment__user__email", "enrolment__user__full_name"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["revoked_reason"]

    def get_form_class(self, for_update=False):
        return CertificateRevocationForm

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(reissue_url_name=self.get_url_name("reissue"), **kwargs)

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

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("reissue/<str:pk>/", self.reissue_view, name="reissue")]


register_snippet(CohortViewSet)


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


@hooks.register("register_log_actions")
def register_learning_log_actions(actions):
    """Changes to who counts, in the objects' History (lms.core.audit)."""
    for action, label, message in [
        ("lms.enrolment.withdraw", _("Withdraw from a course"), _("Learner withdrew")),
        ("lms.certificate.revoke", _("Revoke certificate"), _("Certificate revoked")),
        ("lms.certificate.reissue", _("Re-issue certificate"), _("Certificate re-issued")),
        ("lms.cohort.import", _("Bulk enrolment"), _("Learners invited or enrolled from a file")),
        ("lms.cohort.move", _("Move cohort to another Action"), _("Cohort moved to another Action")),
        ("lms.cohort.invitation_accept", _("Accept a cohort invitation"), _("Invitation accepted")),
        ("lms.cohort.invitation_decline", _("Decline a cohort invitation"), _("Invitation declined")),
    ]:
        actions.register_action(action, label, message)
