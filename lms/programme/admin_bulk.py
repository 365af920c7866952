"""Admin: a coordinator bulk-enrols people from a CSV file into one of their cohorts.

Step 1 uploads the file and shows the dry run; step 2 imports exactly the text that was checked,
kept in the session under the cohort's id (never in a temporary file): every listed address is
invited, and joins by accepting. The page also lists the cohort's invitations, by address and
state only (scope.invitations).
"""

import hashlib

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button

from lms.core.exceptions import LearningError
from lms.learning.models import Cohort

from . import bulk
from .scoping import scope


class BulkEnrolmentUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: email, full_name (required), institution, country, gender, language. "
            "Comma or semicolon separated, saved as UTF-8. At most 5,000 rows and 2 MB."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )


# The latest invitations shown under the upload form; a cohort is a workshop group, not a census.
INVITATIONS_SHOWN = 500


def session_key(cohort):
    return f"lms:bulk-enrol:{cohort.pk}"


class BulkEnrolView(WagtailAdminTemplateMixin, View):
    template_name = "lms/admin/bulk_enrol.html"
    header_icon = "group"
    page_title = _("Bulk enrol")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.cohort = get_object_or_404(
            scope.cohorts(request.user).select_related("container"), pk=kwargs["cohort_id"]
        )

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_lms_cohort:list"), "label": gettext("Cohorts")},
            {"url": "", "label": gettext("Bulk enrol: %(cohort)s") % {"cohort": self.cohort}},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            cohort=self.cohort,
            action_url=self.request.path,
            cancel_url=reverse("wagtailsnippets_lms_cohort:list"),
            invitation_days=settings.RELAIS_COHORT_INVITATION_DAYS,
            invitations=scope.invitations(self.request.user)
            .filter(cohort=self.cohort)
            .only("email", "created_at", "expires_at", "accepted_at", "declined_at")
            .order_by("-created_at", "email")[:INVITATIONS_SHOWN],
        )
        return context

    def get(self, request, cohort_id):
        request.session.pop(session_key(self.cohort), None)
        return self.render_to_response(self.get_context_data(form=BulkEnrolmentUploadForm()))

    def post(self, request, cohort_id):
        if "import" in request.POST:
            return self.import_file(request)
        form = BulkEnrolmentUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        if upload.size > bulk.MAX_BYTES:
            # Checked before reading, so an oversized upload is never held in memory whole.
            return self.show_error(form, bulk.BulkImportError(bulk.oversized_message()))
        content = upload.read()
        try:
            rows = bulk.parse_enrolment_csv(content)
        except bulk.BulkImportError as error:
            return self.show_error(form, error)
        plan = bulk.plan_enrolment(self.cohort, rows)
        try:
            bulk.check_plan(self.cohort, plan)
            importable = True
            problem = None
        except bulk.BulkImportError as error:
            importable = False
            problem = error.message
        digest = ""
        if importable:
            # parse_enrolment_csv has decoded it already, so this cannot fail.
            text = content.decode("utf-8-sig")
            request.session[session_key(self.cohort)] = text
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        else:
            request.session.pop(session_key(self.cohort), None)
        return self.render_to_response(
            self.get_context_data(
                form=BulkEnrolmentUploadForm(),
                plan=plan,
                totals=[(outcome.label, count) for outcome, count in bulk.totals(plan).items()],
                importable=importable,
                problem=problem,
                file_name=upload.name,
                digest=digest,
            )
        )

    def show_error(self, form, error):
        request = self.request
        request.session.pop(session_key(self.cohort), None)
        return self.render_to_response(self.get_context_data(form=form, file_error=error.message))

    def import_file(self, request):
        text = request.session.get(session_key(self.cohort))
        content = text.encode("utf-8") if text is not None else None
        if content is None or hashlib.sha256(content).hexdigest() != request.POST.get("digest"):
            messages.error(request, gettext("Upload the file again: the checked file is no longer at hand."))
            return redirect(request.path)
        try:
            counts = bulk.import_enrolments(self.cohort, bulk.parse_enrolment_csv(content), by=request.user)
        except bulk.BulkImportError as error:
            return self.render_to_response(
                self.get_context_data(form=BulkEnrolmentUploadForm(), file_error=error.message)
            )
        finally:
            request.session.pop(session_key(self.cohort), None)
        messages.success(
            request,
            ngettext(
                "%(invited)s person invited by email to join “%(cohort)s” (%(already)s already "
                "invited or in this cohort). They join once they accept.",
                "%(invited)s people invited by email to join “%(cohort)s” (%(already)s already "
                "invited or in this cohort). They join once they accept.",
                counts.invited,
            )
            % {
                "invited": counts.invited,
                "cohort": self.cohort,
                "already": counts.already_invited + counts.already_enrolled,
            },
        )
        return redirect(request.path)


class AddLearnerForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=bulk.MAX_LENGTHS["email"])
    full_name = forms.CharField(label=_("Full name"), max_length=bulk.MAX_LENGTHS["full_name"])
    institution = forms.CharField(label=_("Institution"), required=False, max_length=200)
    country = forms.CharField(
        label=_("Country"), required=False, max_length=100, help_text=_("ISO code (CR) or English name.")
    )

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.cohort = cohort

    def clean(self):
        """The bulk import's checks, on this one row (bulk.plan_enrolment), said at the form."""
        cleaned = super().clean()
        if self.errors:
            return cleaned
        self.row = bulk.one_row(
            **{name: cleaned.get(name) or "" for name in ("email", "full_name", "institution", "country")}
        )
        plan = bulk.plan_enrolment(self.cohort, [self.row])[0]
        if plan.outcome == bulk.Outcome.ERROR:
            raise forms.ValidationError(plan.reason)
        if plan.outcome != bulk.Outcome.INVITED:
            self.add_error("email", plan.reason or plan.outcome_label)
        return cleaned


class AddLearnerView(BulkEnrolView):
    """Add one person to a cohort, the bulk import's way (bulk.add_learner: an invitation they
    accept), from a form instead of a file."""

    template_name = "lms/admin/add_learner.html"
    header_icon = "user"
    page_title = _("Add a learner")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_lms_cohort:list"), "label": gettext("Cohorts")},
            {"url": "", "label": gettext("Add a learner: %(cohort)s") % {"cohort": self.cohort}},
        ]

    def get(self, request, cohort_id):
        return self.render_to_response(self.get_context_data(form=AddLearnerForm(cohort=self.cohort)))

    def post(self, request, cohort_id):
        form = AddLearnerForm(request.POST, cohort=self.cohort)
        if form.is_valid():
            try:
                bulk.add_learner(self.cohort, form.row, by=request.user)
            except bulk.BulkImportError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    gettext("Invited %(email)s by email to join “%(cohort)s”. They join once they accept.")
                    % {"email": form.row["email"].lower(), "cohort": self.cohort},
                )
                return redirect(request.path)
        return self.render_to_response(self.get_context_data(form=form))


class ResendInvitationView(View):
    """POST: send an invitation to one of the user's cohorts again (bulk.resend_invitation)."""

    http_method_names = ["post"]

    def post(self, request, cohort_id, invitation_id):
        invitation = get_object_or_404(scope.invitations(request.user), pk=invitation_id, cohort_id=cohort_id)
        try:
            bulk.resend_invitation(invitation, by=request.user)
        except LearningError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, gettext("Re-sent the invitation to %(email)s.") % {"email": invitation.email}
            )
        return redirect(reverse("lms_cohort_bulk_enrol", args=[cohort_id]))


@hooks.register("register_admin_urls")
def register_bulk_enrolment_url():
    return [
        path("cohorts/<int:cohort_id>/bulk-enrol/", BulkEnrolView.as_view(), name="lms_cohort_bulk_enrol"),
        path("cohorts/<int:cohort_id>/add-learner/", AddLearnerView.as_view(), name="lms_cohort_add_learner"),
        path(
            "cohorts/<int:cohort_id>/invitations/<int:invitation_id>/resend/",
            ResendInvitationView.as_view(),
            name="lms_cohort_invitation_resend",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def bulk_enrol_button(snippet, user, next_url=None):
    """A "Bulk enrol" item in the cohort list, for the cohorts this user coordinates."""
    if isinstance(snippet, Cohort) and scope.cohorts(user).filter(pk=snippet.pk).exists():
        yield Button(
            _("Bulk enrol"),
            reverse("lms_cohort_bulk_enrol", args=[snippet.pk]),
            icon_name="group",
            priority=50,
        )
        yield Button(
            _("Add a learner"),
            reverse("lms_cohort_add_learner", args=[snippet.pk]),
            icon_name="user",
            priority=55,
        )
