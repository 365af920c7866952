"""Programme reports in the Wagtail admin (ReportView: CSV and XLSX export come with it).

Every report starts from what the user may see (lms.permissions: coordinators their Actions,
programme managers everything), takes the same filters, counts in grouped queries (a fixed number
whatever the data size), and masks gender cells under five people as "<5" so that exports can be
shared outside without identifying anyone.
"""

import statistics
from types import SimpleNamespace

import django_filters
from django.db import connection
from django.db.models import Aggregate, Avg, Count, F, FloatField, Func, Max, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from .models import (
    FEEDBACK_ITEMS,
    Action,
    AssessmentAttempt,
    Cohort,
    Enrolment,
    FeedbackResponse,
    Phase,
    Region,
    StepCompletion,
    ThematicArea,
)
from .reach import reach_by_action

SMALL_CELL = 5
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def masked(count):
    """A head count safe to share: 1 to 4 people are shown as "<5"."""
    return "<5" if 0 < count < SMALL_CELL else count


def spreadsheet_safe(value):
    """Cells that a spreadsheet would run as a formula start with an apostrophe instead."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class EnrolmentFilterSet(WagtailFilterSet):
    action = django_filters.ModelChoiceFilter(
        label=_("Action"), queryset=lambda request: Action.objects.coordinated_by(request.user)
    )
    course = django_filters.ModelChoiceFilter(
        label=_("Course or module"),
        field_name="course_key",
        to_field_name="translation_key",
        queryset=lambda request: Page.objects.filter(
            pk__in=Cohort.objects.coordinated_by(request.user).values("container")
        ).order_by("title"),
    )
    cohort = django_filters.ModelChoiceFilter(
        label=_("Cohort"), queryset=lambda request: Cohort.objects.coordinated_by(request.user)
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), field_name="action__region", choices=Region.choices
    )
    thematic_area = django_filters.ChoiceFilter(
        label=_("Thematic area"), field_name="action__thematic_area", choices=ThematicArea.choices
    )
    phase = django_filters.ChoiceFilter(label=_("Phase"), field_name="action__phase", choices=Phase.choices)
    country = django_filters.CharFilter(
        label=_("Country (ISO code)"), field_name="user__country", lookup_expr="iexact"
    )
    period = django_filters.DateFromToRangeFilter(
        label=_("Enrolled between"), field_name="enrolled_at", widget=DateRangePickerWidget
    )
    generation = django_filters.NumberFilter(label=_("Generation"), field_name="generation", min_value=1)

    class Meta:
        model = Enrolment
        fields = []


class ProgrammeReportView(ReportView):
    """Shared by the reports: scoped rows, the common filters, streamed and spreadsheet-safe CSV."""

    header_icon = "table"
    filterset_class = EnrolmentFilterSet
    permission_policy = None

    def dispatch(self, request, *args, **kwargs):
        from django.core.exceptions import PermissionDenied

        if not request.user.has_perm("lms.view_enrolment"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if self.is_export:
            # Straight to the spreadsheet: building the page (table, pagination) would load every row.
            return self.as_spreadsheet(self.get_filtered_queryset(), request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def scoped_enrolments(self):
        return Enrolment.objects.coordinated_by(self.request.user)

    def filtered_enrolments(self):
        return self.filter_queryset(self.scoped_enrolments())

    def stream_csv(self, queryset):
        # Rows come from the database in chunks, never all at once.
        if hasattr(queryset, "iterator"):
            queryset = queryset.iterator(chunk_size=2000)
        yield from super().stream_csv(queryset)

    def to_row_dict(self, item):
        return {key: spreadsheet_safe(value) for key, value in super().to_row_dict(item).items()}


class AggregateReportView(ProgrammeReportView):
    """Reports whose rows are computed groups rather than model instances: the export has the
    columns the table shows, and the rows come from the filtered enrolments."""

    def get_queryset(self):
        return self.filtered_enrolments()

    @property
    def list_export(self):
        return [column.name for column in self.columns]

    @property
    def export_headings(self):
        return {column.name: column.label for column in self.columns}


def course_titles(course_keys):
    """{translation key: title} of courses and modules, in the site's default language."""
    return dict(
        Page.objects.filter(translation_key__in=list(course_keys), locale=Locale.get_default()).values_list(
            "translation_key", "title"
        )
    )


class EnrolmentsReportView(ProgrammeReportView):
    page_title = _("Enrolments")
    index_url_name = "lms_reports:enrolments"
    index_results_url_name = "lms_reports:enrolments_results"
    export_filename = "relais-enrolments"
    columns = [
        Column("learner", label=_("Learner"), accessor="user.full_name"),
        Column("country", label=_("Country"), accessor="user.country"),
        Column("course", label=_("Course or module"), accessor="container.title"),
        Column("action", label=_("Action"), accessor="action"),
        Column("cohort", label=_("Cohort"), accessor="cohort"),
        Column("generation", label=_("Generation")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("steps_done", label=_("Steps done")),
        Column("best_score", label=_("Best score (%)")),
        Column("enrolled_at", label=_("Enrolled"), accessor="enrolled_at"),
        Column("completed_at", label=_("Completed"), accessor="completed_at"),
        Column("certificate", label=_("Certificate"), accessor="certificate_code"),
    ]
    list_export = [
        "user.full_name",
        "user.email",
        "user.country",
        "user.gender",
        "container.title",
        "action",
        "cohort",
        "generation",
        "status",
        "steps_done",
        "best_score",
        "enrolled_at",
        "completed_at",
        "certificate_code",
    ]
    export_headings = {
        "user.full_name": _("Learner"),
        "user.email": _("Email"),
        "user.country": _("Country"),
        "user.gender": _("Gender"),
        "container.title": _("Course or module"),
        "steps_done": _("Steps done"),
        "best_score": _("Best score (%)"),
        "certificate_code": _("Certificate"),
        "action": _("Action"),
        "cohort": _("Cohort"),
        "generation": _("Generation"),
        "status": _("Status"),
        "enrolled_at": _("Enrolled"),
        "completed_at": _("Completed"),
    }

    def get_queryset(self):
        steps = (
            StepCompletion.objects.filter(enrolment=OuterRef("pk"))
            .order_by()
            .values("enrolment")
            .annotate(count=Count("pk"))
            .values("count")
        )
        best = (
            AssessmentAttempt.objects.filter(enrolment=OuterRef("pk"))
            .order_by()
            .values("enrolment")
            .annotate(best=Max("score"))
            .values("best")
        )
        return (
            self.scoped_enrolments()
            .select_related("user", "container", "cohort", "action")
            .annotate(
                steps_done=Subquery(steps), best_score=Subquery(best), certificate_code=F("certificate__code")
            )
            .order_by("-enrolled_at", "-pk")
        )


class CourseOutcomesReportView(AggregateReportView):
    page_title = _("Course outcomes")
    index_url_name = "lms_reports:outcomes"
    index_results_url_name = "lms_reports:outcomes_results"
    export_filename = "relais-course-outcomes"
    columns = [
        Column("title", label=_("Course or module")),
        Column("enrolled", label=pgettext_lazy("number of learners", "Enrolled")),
        Column("active", label=_("Active")),
        Column("completed", label=_("Completed")),
        Column("completion_rate", label=_("Completion rate (%)")),
        Column("median_days", label=_("Median days to complete")),
        Column("average_score", label=_("Average score (%)")),
        Column("first_attempt_pass_rate", label=_("Passed at first attempt (%)")),
    ]

    def get_filtered_queryset(self):
        enrolments = super().get_filtered_queryset()
        counts = list(
            enrolments.order_by()
            .values("course_key")
            .annotate(
                enrolled=Count("pk"),
                active=Count("pk", filter=Q(status=Enrolment.Status.ACTIVE)),
                completed=Count("pk", filter=Q(completed_at__isnull=False)),
            )
        )
        scores = {
            row["enrolment__course_key"]: row
            for row in AssessmentAttempt.objects.filter(enrolment__in=enrolments)
            .order_by()
            .values("enrolment__course_key")
            .annotate(
                average=Avg("score"),
                first=Count("pk", filter=Q(number=1)),
                first_passed=Count("pk", filter=Q(number=1, passed=True)),
            )
        }
        titles = course_titles(row["course_key"] for row in counts)
        medians = median_days_to_complete(enrolments)
        rows = []
        for row in counts:
            key = row["course_key"]
            score = scores.get(key, {})
            rows.append(
                SimpleNamespace(
                    title=titles.get(key) or str(key),
                    enrolled=row["enrolled"],
                    active=row["active"],
                    completed=row["completed"],
                    completion_rate=round(100 * row["completed"] / row["enrolled"], 1)
                    if row["enrolled"]
                    else 0,
                    median_days=medians.get(key),
                    average_score=round(score["average"], 1) if score.get("average") is not None else None,
                    first_attempt_pass_rate=round(100 * score["first_passed"] / score["first"], 1)
                    if score.get("first")
                    else None,
                )
            )
        return sorted(rows, key=lambda r: r.title)


class Median(Aggregate):
    """PostgreSQL's median (percentile_cont); an aggregate, so that values() groups by the rest."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def median_days_to_complete(enrolments):
    """{course key: median days from enrolment to completion}: in the database on PostgreSQL,
    from the durations in Python elsewhere (SQLite has no percentile function)."""
    completed = enrolments.filter(completed_at__isnull=False).order_by()
    if connection.vendor == "postgresql":
        seconds = Func(F("completed_at") - F("enrolled_at"), template="EXTRACT(EPOCH FROM %(expressions)s)")
        rows = completed.values("course_key").annotate(median=Median(seconds))
        return {
            row["course_key"]: round(row["median"] / 86400, 1) for row in rows if row["median"] is not None
        }
    durations = {}
    for key, start, end in completed.values_list("course_key", "enrolled_at", "completed_at").iterator(
        chunk_size=5000
    ):
        durations.setdefault(key, []).append((end - start).total_seconds() / 86400)
    return {key: round(statistics.median(values), 1) for key, values in durations.items()}


def combined(reaches):
    """One Reach adding up several (people are counted once per Action they belong to)."""
    from .reach import GenerationReach, Reach

    total, generations = Reach(), {}
    for reach in reaches:
        for g in reach.generations:
            entry = generations.setdefault(g.generation, GenerationReach(generation=g.generation))
            for field in ("online", "offline", "female", "male", "other"):
                setattr(entry, field, getattr(entry, field) + getattr(g, field))
        total.activity_female += reach.activity_female
        total.activity_male += reach.activity_male
        total.activity_other += reach.activity_other
        total.activity_participants += reach.activity_participants
    total.generations = [generations[key] for key in sorted(generations)]
    return total


class ReachReportView(AggregateReportView):
    page_title = _("Reach")
    index_url_name = "lms_reports:reach"
    index_results_url_name = "lms_reports:reach_results"
    export_filename = "relais-reach"
    columns = [
        Column("action", label=_("Action")),
        Column("region", label=_("Region")),
        Column("direct", label=_("Direct learners")),
        Column("online_cascade", label=_("Online cascade")),
        Column("offline", label=_("Offline sessions")),
        Column("generation_2", label=_("Generation 2")),
        Column("generation_3_plus", label=_("Generation 3+")),
        Column("women", label=_("Women")),
        Column("men", label=_("Men")),
        Column("other", label=_("Other or not stated")),
        Column("activities", label=_("Activity participants")),
        Column("total", label=_("Total reach")),
    ]

    def get_filtered_queryset(self):
        enrolments = super().get_filtered_queryset()
        actions = Action.objects.coordinated_by(self.request.user).filter(
            pk__in=enrolments.order_by().values("action")
        )
        if self.filters and self.filters.form.is_valid() and self.filters.form.cleaned_data.get("action"):
            actions = actions.filter(pk=self.filters.form.cleaned_data["action"].pk)
        by_action = reach_by_action(actions, enrolments=enrolments)
        rows = [self.row(_("All Actions"), "", combined(by_action.values()))] if by_action else []
        for action in actions.order_by("name"):
            if action.pk in by_action:
                rows.append(self.row(action.name, action.get_region_display(), by_action[action.pk]))
        return rows

    @staticmethod
    def row(name, region, reach):
        generations = {g.generation: g for g in reach.generations}
        return SimpleNamespace(
            action=name,
            region=region,
            direct=reach.direct,
            online_cascade=reach.online_cascade,
            offline=reach.offline,
            generation_2=generations[2].total if 2 in generations else 0,
            generation_3_plus=sum(g.total for g in reach.generations if g.generation >= 3),
            women=masked(sum(g.female for g in reach.generations)),
            men=masked(sum(g.male for g in reach.generations)),
            other=masked(sum(g.other for g in reach.generations)),
            activities=reach.activity_participants,
            total=reach.total,
        )


class FeedbackReportView(AggregateReportView):
    page_title = _("Feedback")
    index_url_name = "lms_reports:feedback"
    index_results_url_name = "lms_reports:feedback_results"
    export_filename = "relais-feedback"
    columns = (
        [Column("title", label=_("Course or module")), Column("responses", label=_("Responses"))]
        + [
            Column(f"{name}_{score}", label=f"{label} – {score}")
            for name, label in FEEDBACK_ITEMS
            for score in range(1, 6)
        ]
        + [Column("real_difference_agree", label=_("Say it makes a real difference (%)"))]
    )

    def get_filtered_queryset(self):
        enrolments = super().get_filtered_queryset()
        aggregates = {"responses": Count("pk")}
        for name, _label in FEEDBACK_ITEMS:
            for score in range(1, 6):
                aggregates[f"{name}_{score}"] = Count("pk", filter=Q(**{name: score}))
        rows = list(
            FeedbackResponse.objects.filter(enrolment__in=enrolments)
            .order_by()
            .values("enrolment__course_key")
            .annotate(**aggregates)
        )
        titles = course_titles(row["enrolment__course_key"] for row in rows)
        result = []
        for row in rows:
            agree = row["real_difference_4"] + row["real_difference_5"]
            item = SimpleNamespace(title=titles.get(row["enrolment__course_key"], ""), **row)
            item.real_difference_agree = (
                round(100 * agree / row["responses"], 1) if row["responses"] else None
            )
            result.append(item)
        return sorted(result, key=lambda r: r.title)
