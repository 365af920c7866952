"""Admin of learning records: cohorts (snippets), enrolments (read-only) and certificates (list,
revoke). Every listing and object view is narrowed by lms.programme.scoping."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.core import exceptions
from lms.programme.scoped_admin import (
    ScopedSnippetChooserViewSet,
    ScopedSnippetViewSetMixin,
    ScopedViewSetMixin,
    VerbEditView,
    scoped,
)
from lms.programme.scoping import scope

from . import services
from .models import Certificate, Cohort, Enrolment


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

        class ScopedCohortForm(form_class):
            """Coordinators can only attach their cohorts to the Actions they coordinate."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if self.for_user is not None and "action" in self.fields:
                    self.fields["action"].queryset = scope.actions(self.for_user)
                if "coordinators" in self.fields:
                    self.fields["coordinators"].queryset = get_user_model().objects.filter(is_staff=True)

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
        "user.gender",
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
        label=_("Reason for revoking"), widget=forms.Textarea, required=True, max_length=1000
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


class CertificateViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Certificate
    edit_view_class = scoped(VerbEditView)
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


register_snippet(CohortViewSet)


@hooks.register("register_log_actions")
def register_learning_log_actions(actions):
    """Changes to who counts, in the objects' History (lms.core.audit)."""
    for action, label, message in [
        ("lms.enrolment.withdraw", _("Withdraw from a course"), _("Learner withdrew")),
        ("lms.certificate.revoke", _("Revoke certificate"), _("Certificate revoked")),
        ("lms.cohort.import", _("Bulk enrolment"), _("Learners invited or enrolled from a file")),
        ("lms.cohort.invitation_accept", _("Accept a cohort invitation"), _("Invitation accepted")),
        ("lms.cohort.invitation_decline", _("Decline a cohort invitation"), _("Invitation declined")),
    ]:
        actions.register_action(action, label, message)
