"""Admin for the learning domain: cohorts (snippets) and certificates (list, revoke)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import exceptions, services
from .models import Certificate, Cohort


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    list_display = ["name", "container", "language", "enrolment_key", "opens_at", "closes_at", "capacity"]
    list_filter = ["language"]
    search_fields = ["name", "enrolment_key"]
    panels = [
        FieldPanel("name"),
        PageChooserPanel("container", ["courses.CoursePage", "toolkit.ToolkitModulePage"]),
        FieldPanel("language"),
        FieldPanel("enrolment_key"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("capacity"),
    ]


class NoManualCreation(ModelPermissionPolicy):
    """Certificates are issued by completion only; staff may list and revoke them."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, set(actions) - {"add"})


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


class CertificateViewSet(ModelViewSet):
    model = Certificate
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


class LearningGroup(ModelViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "openquote"
    items = [CertificateViewSet("certificates")]


register_snippet(CohortViewSet)
register_permission_policy(Certificate, NoManualCreation(Certificate))


@hooks.register("register_admin_viewset")
def register_learning_viewsets():
    return LearningGroup()
