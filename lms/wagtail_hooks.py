"""Admin for the learning domain: cohorts (snippets) and certificates (list, revoke)."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList, PageChooserPanel
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import exceptions, services
from .admin_home import YourActionsPanel
from .admin_scoping import ScopedSnippetChooserViewSet, ScopedSnippetViewSetMixin, ScopedViewSetMixin
from .forms import ParentAwareAdminForm
from .models import Action, Certificate, Cohort, Enrolment, Multiplier
from .reports import REPORTS


class ActionViewSet(ScopedSnippetViewSetMixin, SnippetViewSet):
    model = Action
    chooser_viewset_class = ScopedSnippetChooserViewSet
    icon = "site"
    menu_label = _("Actions")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["name", "region", "thematic_area", "action_type", "phase", "status", "start_month"]
    list_filter = ["region", "thematic_area", "status", "phase", "action_type"]
    search_fields = ["name", "summary", "specific_areas"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("countries"),
            FieldRowPanel([FieldPanel("region"), FieldPanel("thematic_area")]),
            FieldPanel("specific_areas"),
            FieldRowPanel([FieldPanel("action_type"), FieldPanel("phase"), FieldPanel("status")]),
            FieldRowPanel([FieldPanel("start_month"), FieldPanel("end_month")]),
            FieldPanel("summary"),
            InlinePanel("partners", label=_("Partner institutions")),
            InlinePanel("activities", label=_("Activities")),
            FieldPanel("coordinators", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=ParentAwareAdminForm,
    )

    def get_queryset(self, request):
        return Action.objects.coordinated_by(request.user)


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
        return Cohort.objects.coordinated_by(request.user).select_related("container", "action")

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)

        class ScopedCohortForm(form_class):
            """Coordinators can only attach their cohorts to the Actions they coordinate."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if self.for_user is not None and "action" in self.fields:
                    self.fields["action"].queryset = Action.objects.coordinated_by(self.for_user)
                if "coordinators" in self.fields:
                    self.fields["coordinators"].queryset = get_user_model().objects.filter(is_staff=True)

        return ScopedCohortForm


class EnrolmentViewSet(ScopedViewSetMixin, ModelViewSet):
    """Learners in the coordinator's cohorts; read-only here (changes go through lms.services)."""

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
        return Enrolment.objects.coordinated_by(request.user).select_related(
            "user", "container", "cohort", "action"
        )


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
        return Multiplier.objects.filter(
            enrolment__in=Enrolment.objects.coordinated_by(request.user)
        ).select_related("enrolment__user", "enrolment__container")

    def get_form_class(self, for_update=False):
        return MultiplierConfirmationForm


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
    menu_order = 170
    items = [
        EnrolmentViewSet("enrolments"),
        MultiplierViewSet("multipliers"),
        CertificateViewSet("certificates"),
    ]


register_snippet(ActionViewSet)
register_snippet(CohortViewSet)


@hooks.register("construct_homepage_panels")
def your_actions_panel(request, panels):
    if request.user.has_perm("lms.view_enrolment"):
        panels.append(YourActionsPanel(request.user))


@hooks.register("insert_global_admin_js")
def script_free_initialisers():
    """Runs Wagtail's inline initialisers, which relais/middleware.py turns into data so that the
    admin's Content-Security-Policy needs no inline script; loaded before the page's content."""
    return format_html('<script src="{}"></script>', versioned_static("js/admin-init.js"))


@hooks.register("before_delete_user")
def forget_learners_instead_of_deleting(request, user):
    """People who learned here are forgotten, not deleted: see services.forget_learner."""
    if request.method == "POST" and Enrolment.objects.filter(user=user).exists():
        services.forget_learner(user)
        messages.success(
            request, _("The learner's personal data has been removed; their anonymous records remain.")
        )
        return redirect("wagtailusers_users:index")
    return None


@hooks.register("before_bulk_action")
def forget_learners_in_bulk_deletes(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects or not isinstance(objects[0], get_user_model()):
        return None
    with transaction.atomic():
        for user in objects:
            services.forget_learner(user)
    messages.success(request, _("The selected accounts have been removed or, for learners, anonymised."))
    return redirect("wagtailusers_users:index")


@hooks.register("register_admin_viewset")
def register_learning_viewsets():
    return LearningGroup()


from . import admin_bulk  # noqa: E402,F401


def _report_urls():
    from django.urls import path

    from . import dashboard, reports

    urls = [
        path("impact/", dashboard.impact_dashboard, name="impact"),
        path("exports/", reports.report_exports, name="exports"),
        path("exports/<int:pk>/", reports.download_export, name="export_download"),
    ]
    for slug, view in REPORTS.items():
        urls += [
            path(f"{slug}/", view.as_view(), name=slug),
            path(f"{slug}/results/", view.as_view(results_only=True), name=f"{slug}_results"),
        ]
    return urls


@hooks.register("register_admin_urls")
def register_report_urls():
    from django.urls import include, path

    return [path("reports/", include((_report_urls(), "lms_reports"), namespace="lms_reports"))]


class ProgrammeReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("lms.view_enrolment")


@hooks.register("register_reports_menu_item")
def impact_menu_item():
    return ProgrammeReportMenuItem(_("Impact"), reverse("lms_reports:impact"), icon_name="doc-full", order=10)


for _order, (_slug, _label) in enumerate(
    [*((slug, view.page_title) for slug, view in REPORTS.items()), ("exports", _("Your Excel exports"))],
    start=11,
):

    def _menu_item(slug=_slug, label=_label, order=_order):
        return ProgrammeReportMenuItem(label, reverse(f"lms_reports:{slug}"), icon_name="table", order=order)

    hooks.register("register_reports_menu_item", _menu_item)
