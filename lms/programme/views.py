"""Public "Where we work" pages: the Actions, filterable, and one Action with its partners,
activities, courses and reach. Aggregates only: nothing here names a learner."""

import datetime

from django.core.paginator import Paginator
from django.db.models.functions import Lower
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from django_countries import countries as all_countries
from wagtail.models import Page

from lms.learning.models import Cohort
from lms.reporting.figures import country_codes
from lms.reporting.reach import ReachQuery, published_activities, published_generations, reach_of

from .models import Action, ActionStatus, Region, ThematicArea

ACTIONS_PER_PAGE = 20


def _country_choices():
    """The countries where at least one Action works, by name (one query)."""
    codes = set().union(*map(country_codes, Action.objects.values_list("countries", flat=True)))
    return sorted(((code, all_countries.name(code) or code) for code in codes), key=lambda choice: choice[1])


def _filters(request):
    """The filter selects with the value chosen in each; a value that is not one of the choices is
    ignored, so a hand-edited address never breaks the page."""
    specs = [
        ("region", _("Region"), _("All regions"), list(Region.choices), "region"),
        ("theme", _("Thematic area"), _("All thematic areas"), list(ThematicArea.choices), "thematic_area"),
        ("status", _("Status"), _("Any status"), list(ActionStatus.choices), "status"),
        ("country", _("Country"), _("All countries"), _country_choices(), "countries__contains"),
    ]
    filters = []
    for name, label, empty, choices, lookup in specs:
        value = request.GET.get(name, "")
        if value not in {code for code, _label in choices}:
            value = ""
        filters.append(
            {
                "name": name,
                "label": label,
                "empty": empty,
                "choices": choices,
                "value": value,
                "lookup": lookup,
            }
        )
    return filters


@require_GET
def action_list(request):
    filters = _filters(request)
    actions = Action.objects.order_by(Lower("name"), "pk")  # "COMESA" between "Cameroon" and "Costa Rica"
    for spec in filters:
        if spec["value"]:
            actions = actions.filter(**{spec["lookup"]: spec["value"]})
    page = Paginator(actions, ACTIONS_PER_PAGE).get_page(request.GET.get("page"))
    countries = set().union(*map(country_codes, actions.values_list("countries", flat=True)))
    context = {
        "actions": page,
        "filters": filters,
        "filtered": any(spec["value"] for spec in filters),
        "figures": {
            "actions": page.paginator.count,
            "countries": len(countries),
            "reach": reach_of(actions),
        },
    }
    return render(request, "lms/action_list.html", context)


def _as_of(request):
    """(the past day the figures are asked for, whether the day asked for was refused): None for
    today; a malformed or future day is answered with today's figures and says so, so a
    hand-edited address never breaks the page."""
    asked = request.GET.get("as_of", "")
    if not asked:
        return None, False
    try:
        day = datetime.date.fromisoformat(asked)
    except ValueError:
        return None, True
    if day >= timezone.localdate():
        return None, day > timezone.localdate()
    return day, False


@require_GET
def action_detail(request, slug):
    action = get_object_or_404(Action, slug=slug)
    containers = (
        Page.objects.live()
        .filter(pk__in=Cohort.objects.filter(action=action).values("container"))
        .specific()
        .order_by("title")
    )
    as_of, as_of_refused = _as_of(request)
    reach = reach_of(action, ReachQuery(as_of=as_of))
    # Small head counts are hidden by one pattern per table, so that no sum gives them away.
    generations, headline = published_generations(reach, key=f"action:{action.pk}:generations")
    activities = action.activities.all() if as_of is None else action.activities.filter(date__lte=as_of)
    activities, activity_participants = published_activities(
        activities.order_by("date", "sort_order"), key=f"action:{action.pk}:activities"
    )
    context = {
        "action": action,
        "partners": action.partners.all(),
        "activities": activities,
        "courses": [page.localized for page in containers],
        "reach": reach,
        "generations": generations,
        "headline": headline,
        "activity_participants": activity_participants,
        "as_of": as_of,
        "as_of_refused": as_of_refused,
        "today": timezone.localdate(),
    }
    return render(request, "lms/action_detail.html", context)
