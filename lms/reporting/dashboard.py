"""The impact dashboard: headline figures and charts for the Actions the user may see, in a fixed
number of queries. Charts are drawn on the server (lms.templatetags.chart_tags) with their numbers
in a table beside them."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from lms.core.masking import kept_hidden_entries
from lms.learning.progress import has_done_a_step
from lms.programme.models import Region
from lms.programme.scoping import scope

from .reach import GENDERS, ReachQuery, published_generations, reach_of


def impact_figures(user, action=None, as_of=None):
    """The dashboard's figures; its reach figures as of the end of `as_of` when given."""
    enrolments = scope.enrolments(user)
    actions = scope.actions(user)
    if action is not None:
        enrolments = enrolments.filter(action=action)
        actions = actions.filter(pk=action.pk)
    # One pass over the enrolments: certificate and feedback are one per enrolment, so joining
    # them does not repeat rows; regions are filtered counts rather than a second grouped query.
    counts = enrolments.order_by().aggregate(
        enrolled=Count("pk"),
        started=Count("pk", filter=has_done_a_step() | Q(completed_at__isnull=False)),
        completed=Count("pk", filter=Q(completed_at__isnull=False)),
        countries=Count("user__country", distinct=True),
        certified=Count("certificate", filter=Q(certificate__revoked_at__isnull=True)),
        responses=Count("feedback"),
        agree=Count("feedback", filter=Q(feedback__real_difference__gte=4)),
        **{f"region_{value}": Count("pk", filter=Q(action__region=value)) for value in Region.values},
    )
    reach = reach_of(actions, ReachQuery(as_of=as_of))
    regions = {value: counts[f"region_{value}"] for value in Region.values}
    generations = reach.generations
    # The gender split is the column totals of the table by generation: hidden by its pattern.
    cells = [[g.female, g.male, g.other] for g in generations]
    # The Action's table is the one its public page shows: the same kept pattern (lms.core.masking).
    key = f"action:{action.pk}:generations" if action is not None else f"dashboard:{user.pk}:generations"
    pattern = kept_hidden_entries(key, cells, rows=[g.generation for g in generations], columns=GENDERS)
    shown = pattern.shown(cells) if cells else {"column_totals": [0, 0, 0], "row_totals": []}
    _rows, headline = published_generations(reach, pattern=pattern)
    return {
        "enrolled": counts["enrolled"],
        "completed": counts["completed"],
        "certified": counts["certified"],
        "countries": counts["countries"],
        "reach": headline["learners"],
        "activity_participants": reach.activity_participants,
        "difference_share": round(100 * counts["agree"] / counts["responses"])
        if counts["responses"]
        else None,
        "responses": counts["responses"],
        "funnel": [
            (pgettext("number of learners", "Enrolled"), counts["enrolled"]),
            (_("Started"), counts["started"]),
            (_("Completed"), counts["completed"]),
            (_("Certified"), counts["certified"]),
        ],
        "by_generation": [
            (_("Generation %(n)s") % {"n": g.generation}, total)
            for g, total in zip(generations, shown["row_totals"], strict=True)
        ],
        "gender": [
            (_("Women"), shown["column_totals"][0]),
            (_("Men"), shown["column_totals"][1]),
            (_("Other or not stated"), shown["column_totals"][2]),
        ],
        "by_region": [(label, regions.get(value, 0)) for value, label in Region.choices],
    }


def impact_dashboard(request):
    if not scope.sees_learner_data(request.user):
        raise PermissionDenied
    actions = list(scope.actions(request.user).order_by("name").only("pk", "name", "region"))
    wanted = request.GET.get("action", "")
    selected = next((action for action in actions if str(action.pk) == wanted), None)
    if wanted and selected is None:
        # Not one of theirs (or no Action at all): say so rather than show every Action's figures
        # under an address that names one.
        messages.error(request, _("That Action is not one you can report on; all your Actions are shown."))
        return redirect("lms_reports:impact")
    try:
        as_of = datetime.date.fromisoformat(request.GET.get("as_of", ""))
    except ValueError:
        as_of = None  # none given, or not a date: today's figures
    context = {
        "figures": impact_figures(request.user, selected, as_of),
        "actions": actions,
        "selected": selected,
        "as_of": as_of,
    }
    return TemplateResponse(request, "lms/admin/impact_dashboard.html", context)
