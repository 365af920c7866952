"""Admin of the programme domain: Actions (snippets, with partners and activities inline), and each
Action's read-only overview."""

from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.core.masking import HIDDEN
from lms.learning.models import Enrolment
from lms.reporting.reach import published_generations, reach_of

from .forms import ActionAdminForm
from .models import Action
from .scoped_admin import ScopedSnippetChooserViewSet, ScopedSnippetViewSetMixin, scoped
from .scoping import scope


class ActionOverviewView(scoped(snippet_views.InspectView)):
    """An Action in one place, read-only: what it is, its partners and activities, and — for those
    who see its learner data (its coordinators, programme managers: lms.programme.scoping) — its
    cohorts, enrolments, multipliers, offline sessions and reach. Coordinators, who may not edit
    an Action, reach it from the Action list and their admin home."""

    template_name = "lms/admin/action_overview.html"
    page_title = _("Overview")
    SHOWN = 50

    def get_fields(self):
        return []  # the template lays the Action out itself

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        action, user = self.object, self.request.user
        context.update(
            action=action,
            partners=list(action.partners.all()),
            activities=list(action.activities.order_by("date")),
            learner_data=scope.sees_learner_data(user) and scope.actions(user).filter(pk=action.pk).exists(),
        )
        if not context["learner_data"]:
            return context
        enrolments = scope.enrolments(user).filter(action=action)
        cohorts = (
            scope.cohorts(user)
            .filter(action=action)
            .select_related("container", "owner__enrolment__user")
            .annotate(enrolled=Count("enrolments", filter=~Q(enrolments__status=Enrolment.Status.WITHDRAWN)))
            .order_by("owner", "name")
        )
        by_status = dict(enrolments.order_by().values_list("status").annotate(n=Count("pk")))
        context.update(
            cohorts=list(cohorts),
            enrolment_counts=[(label, by_status.get(value, 0)) for value, label in Enrolment.Status.choices],
            enrolments=list(
                enrolments.select_related("user", "container", "cohort").order_by("-enrolled_at")[
                    : self.SHOWN
                ]
            ),
            enrolments_total=sum(by_status.values()),
            multipliers=list(
                scope.multipliers(user)
                .filter(enrolment__action=action)
                .select_related("enrolment__user")
                .annotate(session_count=Count("sessions"))
                .order_by("-opted_in_at")
            ),
            sessions=list(
                scope.sessions(user)
                .filter(multiplier__enrolment__action=action)
                .select_related("multiplier__enrolment__user")
                .order_by("-date")[: self.SHOWN]
            ),
            shown=self.SHOWN,
        )
        # The figures as the Action's public page and dashboard publish them: small cells hidden by
        # the same kept pattern (lms.core.masking), so no page tells more than another.
        reach = reach_of(action)
        _rows, headline = published_generations(reach, key=f"action:{action.pk}:generations")
        learners = headline["learners"]
        context.update(
            reach=reach,
            headline=headline,
            reach_total=HIDDEN if learners == HIDDEN else learners + reach.activity_participants,
        )
        # An "x" is explained where it is shown, as on the Action's public page.
        shown = (headline["direct"], headline["online_cascade"], headline["offline"], context["reach_total"])
        context["figures_hidden"] = HIDDEN in shown
        return context


class ActionViewSet(ScopedSnippetViewSetMixin, SnippetViewSet):
    model = Action
    chooser_viewset_class = ScopedSnippetChooserViewSet
    icon = "site"
    menu_label = _("Actions")
    menu_order = 150
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_class = ActionOverviewView
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
        base_form_class=ActionAdminForm,
    )

    def get_queryset(self, request):
        return scope.editable_actions(request.user)


register_snippet(ActionViewSet)
