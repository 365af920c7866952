"""Programme reports in the Wagtail admin (ReportView: CSV and XLSX export come with it).

Every report starts from what the user may see (lms.programme.scoping: coordinators their Actions,
programme managers everything), takes the same filters, counts in grouped queries (a fixed number
whatever the data size), and hides gender cells under five people, with the figures that would give
them away (lms.core.masking), so that exports can be shared outside without identifying anyone.
No report or export has a per-person gender column: gender is used only in anonymous statistics.
The enrolments report, one row per enrolment, pages by key (lms.reporting.listing) and has its
files written by the database (lms.reporting.spreadsheets).
"""

import datetime
import hashlib
import statistics
from types import SimpleNamespace

import django_filters
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import (
    Aggregate,
    Avg,
    Case,
    CharField,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import NullIf
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import ModelLogEntry, Page

from lms.core import audit
from lms.core.masking import (
    HIDDEN,
    SMALL_CELL,
    kept_hidden_entries,
    masked,
    spreadsheet_safe,
    spreadsheet_safe_sql,
)
from lms.learning.models import (
    FEEDBACK_ITEMS,
    AssessmentAttempt,
    Enrolment,
    FeedbackResponse,
)
from lms.learning.progress import steps_done_count
from lms.programme.models import Phase, Region, ThematicArea
from lms.programme.scoping import scope

from . import exports, listing, spreadsheets
from .exports import REPORTS
from .listing import Keyset
from .models import ReportExport, report_file_stem
from .reach import GENDERS, ReachQuery, reach_with_total
from .spreadsheets import CsvDateTime, CsvDecimal, country_in_words

URL_NAMESPACE = "lms_reports"  # the admin URLs of reports (lms.reporting.admin)


class EnrolmentFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("Action"), field_name="action")
    course = django_filters.ChoiceFilter(label=_("Course or module"), field_name="course_key")
    cohort = django_filters.ChoiceFilter(label=_("Cohort"), field_name="cohort")
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

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        # The choices are what the user may see, read in two queries from small tables: the
        # Actions, and the programme's cohorts with their course (the courses to choose from are
        # those that have one). Multipliers' invitation cohorts are left out: there is one per
        # multiplier, tens of thousands at a million enrolments, too many for a list to choose
        # from; their trainees are found by Action and generation.
        self.visible_actions = list(scope.actions(request.user).order_by("name").only("pk", "name", "region"))
        cohorts = list(
            scope.cohorts(request.user)
            .filter(owner__isnull=True)
            .select_related("container")
            .only("pk", "name", "container__title", "container__translation_key")
            .order_by("name")
        )
        courses = {str(c.container.translation_key): c.container.title for c in cohorts}
        self.filters["action"].extra["choices"] = [(str(a.pk), a.name) for a in self.visible_actions]
        self.filters["course"].extra["choices"] = sorted(courses.items(), key=lambda item: item[1])
        self.filters["cohort"].extra["choices"] = [(str(c.pk), c.name) for c in cohorts]


class ProgrammeReportView(ReportView):
    """Shared by the reports: scoped rows, the common filters, streamed CSV (every cell of every
    admin export is made spreadsheet-safe in one place: lms.core.masking).

    A report names itself once, in `report_name`: it is registered in REPORTS under that name
    (the key ReportExport.report keeps), and the path and name of its URLs (`urlpatterns`) and
    the names of its files follow from it."""

    header_icon = "table"
    template_name = "lms/admin/report.html"
    filterset_class = EnrolmentFilterSet
    permission_policy = None
    report_name = None

    @classmethod
    def url_names(cls):
        """The names of the report's page and of its results fragment (filtering), in URL_NAMESPACE."""
        return cls.report_name, f"{cls.report_name}_results"

    @classmethod
    def urlpatterns(cls):
        page, results = cls.url_names()
        return [
            path(f"{cls.report_name}/", cls.as_view(), name=page),
            path(f"{cls.report_name}/results/", cls.as_view(results_only=True), name=results),
        ]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.report_name:
            page, results = cls.url_names()
            cls.index_url_name = f"{URL_NAMESPACE}:{page}"
            cls.index_results_url_name = f"{URL_NAMESPACE}:{results}"
            cls.export_filename = report_file_stem(cls.report_name)
            exports.register_report(cls)

    def dispatch(self, request, *args, **kwargs):
        if not scope.sees_learner_data(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if refused := self.refused_filters():
            # Wagtail would ignore a filter it cannot apply and show (or export) every row as if
            # filtered: say so, and show the report without that filter (not an export of rows
            # the user did not ask for).
            query = request.GET.copy()
            query.pop("export", None)
            for name, errors in refused.items():
                label = self.filters.form.fields[name].label
                error = " ".join(errors)
                messages.error(
                    request, _("%(filter)s: %(error)s It was left out.") % {"filter": label, "error": error}
                )
                for key in [key for key in query if key == name or key.startswith(f"{name}_")]:
                    del query[key]
            return redirect(f"{request.path}?{query.urlencode()}" if query else request.path)
        if self.is_export and request.GET.get("export") == self.FORMAT_XLSX:
            # A workbook is written whole before it can be sent: that is a background task's job.
            query = request.GET.copy()
            del query["export"]
            exports.request_report_export(
                request.user, self.report_name, query.urlencode(), filters=self.describe_filters()
            )
            messages.success(
                request, _("Your Excel file is being prepared. It will be listed here when it is ready.")
            )
            return redirect("lms_reports:exports")
        if self.is_export:
            # Straight to the CSV stream: building the page (table, pagination) would load every row.
            return self.as_spreadsheet(self.get_filtered_queryset(), request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def refused_filters(self):
        """{filter name: its errors} for the filters asked for that cannot be applied (an Action
        the user does not coordinate, a malformed date)."""
        if not self.filters or not self.filters.is_bound or self.filters.is_valid():
            return {}
        return dict(self.filters.form.errors)

    def scoped_enrolments(self):
        return scope.enrolments(self.request.user)

    def stream_csv(self, queryset):
        # A byte-order mark first, so that spreadsheet programs read accents (Quirós, Sofía) as
        # UTF-8; then rows from the database in chunks, never all at once.
        yield "\ufeff"
        if hasattr(queryset, "iterator"):
            queryset = queryset.iterator(chunk_size=2000)
        yield from super().stream_csv(queryset)

    def describe_filters(self):
        """The chosen filters in words ("Action: Costa Rica IV; Generation: 2"), to list exports by."""
        if not self.filters or not self.filters.is_valid():
            return ""
        return "; ".join(f"{f.field_label}: {f.value}" for f in self.active_filters)

    def expected_rows(self):
        """How many rows an export will have, for its progress; None when not known beforehand."""
        return None

    def write_xlsx(self, queryset, output, progress=None):
        """Rows from the database in chunks (openpyxl's write-only mode keeps few in memory);
        returns how many were written. The reports of groups have few rows: no progress to tell."""
        rows = 0

        def counted(items):
            nonlocal rows
            for item in items.iterator(chunk_size=2000) if hasattr(items, "iterator") else items:
                rows += 1
                yield item

        super().write_xlsx(counted(queryset), output)
        return rows


class AggregateReportView(ProgrammeReportView):
    """Reports whose rows are computed groups rather than model instances: the export has the
    columns the table shows, and the rows come from the enrolments (ReportView filters them)."""

    def get_queryset(self):
        return self.scoped_enrolments()

    @property
    def list_export(self):
        return [column.name for column in self.columns]

    @property
    def export_headings(self):
        return {column.name: column.label for column in self.columns}


def course_titles(course_keys):
    """{translation key: title} of courses and modules, in the site's default language."""
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return dict(
        Page.objects.filter(
            translation_key__in=list(course_keys), locale__language_code=default_language
        ).values_list("translation_key", "title")
    )


def per_enrolment(model, aggregate):
    """A subquery for annotating enrolments: `aggregate` over each one's rows of `model` (which
    has an `enrolment` foreign key); NULL where it has none."""
    return Subquery(
        model.objects.filter(enrolment=OuterRef("pk"))
        .order_by()
        .values("enrolment")
        .annotate(value=aggregate)
        .values("value")
    )


def in_words(model, field, lookup=None):
    """A field with choices as its label (get_FOO_display()) in SQL, in the active language."""
    lookup = lookup or field
    choices = model._meta.get_field(field).choices
    return Case(
        *[When(**{lookup: value}, then=Value(str(label))) for value, label in choices],
        default=F(lookup),
        output_field=CharField(),
    )


class EnrolmentsReportView(ProgrammeReportView):
    """One row per enrolment, newest first, in keyset pages (lms.reporting.listing: the index on
    (enrolled_at, id) is read from the cursor on, nothing is skipped or counted in full); its CSV
    and Excel files are written from plain values computed in SQL (lms.reporting.spreadsheets)."""

    page_title = _("Enrolments")
    report_name = "enrolments"
    results_template_name = "lms/admin/reports/enrolments_results.html"
    page_kwarg = "cursor"  # the signed key of a page (Wagtail drops it when a filter changes)
    keyset = Keyset("enrolled_at")
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
    # The exported columns, in order (Wagtail shows the export buttons when there are some).
    list_export = [
        "learner",
        "email",
        "country",
        "course",
        "action",
        "cohort",
        "generation",
        "status",
        "steps_done",
        "best_score",
        "enrolled_at",
        "completed_at",
        "certificate",
    ]
    export_headings = {
        "learner": _("Learner"),
        "email": _("Email"),
        "country": _("Country"),
        "course": _("Course or module"),
        "action": _("Action"),
        "cohort": _("Cohort"),
        "generation": _("Generation"),
        "status": _("Status"),
        "steps_done": _("Steps done"),
        "best_score": _("Best score (%)"),
        "enrolled_at": _("Enrolled"),
        "completed_at": _("Completed"),
        "certificate": _("Certificate"),
    }

    def get_queryset(self):
        return (
            self.scoped_enrolments()
            .select_related("user", "container", "cohort", "action")
            .annotate(
                steps_done=steps_done_count(),
                best_score=per_enrolment(AssessmentAttempt, Max("score")),
                certificate_code=F("certificate__code"),
            )
            .order_by("-enrolled_at", "-pk")
        )

    def get_paginate_by(self, queryset):
        return None  # keyset pages instead (get_context_data)

    def get_context_data(self, **kwargs):
        page = self.keyset.page(self.object_list, self.request.GET.get(self.page_kwarg), self.paginate_by)
        context = super().get_context_data(object_list=page.rows, **kwargs)
        # Counted without the per-row figures, which a count does not need.
        context["total"] = listing.total(self.filter_queryset(self.scoped_enrolments()))
        context["keyset_page"] = page
        return context

    def export_rows(self, queryset, *, for_csv=False):
        """The exported columns of `queryset` as plain values computed by the database: texts a
        spreadsheet would run as formulas defused (lms.core.masking), codes in words, and for CSV
        dates and scores as text (written alike by every database)."""
        date = CsvDateTime if for_csv else F
        # COPY writes an empty text as "" (to tell it from NULL), Python's csv as nothing: for CSV
        # empty texts are NULL, written the same by both.
        text = (
            (lambda expression: NullIf(expression, Value(""))) if for_csv else (lambda expression: expression)
        )
        expressions = {
            "learner": text(spreadsheet_safe_sql("user__full_name")),
            "email": text(spreadsheet_safe_sql("user__email")),
            "country": text(spreadsheet_safe_sql(country_in_words("user__country"))),
            "course": text(spreadsheet_safe_sql("container__title")),
            "action": text(spreadsheet_safe_sql("action__name")),
            "cohort": text(spreadsheet_safe_sql("cohort__name")),
            "generation": F("generation"),
            "status": in_words(Enrolment, "status"),
            "steps_done": F("steps_done"),
            "best_score": CsvDecimal("best_score") if for_csv else F("best_score"),
            "enrolled_at": date("enrolled_at"),
            "completed_at": date("completed_at"),
            "certificate": text(spreadsheet_safe_sql("certificate_code")),
        }
        # Prefixed: annotations may not take the names of the model's fields.
        columns = {f"export_{name}": expressions[name] for name in self.list_export}
        return queryset.annotate(**columns).values_list(*columns)

    def export_heading_row(self):
        return [str(self.export_headings[name]) for name in self.list_export]

    def stream_csv(self, queryset):
        return spreadsheets.stream_csv(self.export_heading_row(), self.export_rows(queryset, for_csv=True))

    def write_xlsx(self, queryset, output, progress=None):
        return spreadsheets.write_workbook(
            self.export_heading_row(), self.export_rows(queryset), output, progress=progress
        )

    def expected_rows(self):
        return listing.total(self.filter_queryset(self.scoped_enrolments())).value


class CourseOutcomesReportView(AggregateReportView):
    page_title = _("Course outcomes")
    report_name = "outcomes"
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
        # Enrolments joined to their attempts: enrolments are counted distinct, attempts once each.
        counts = list(
            enrolments.order_by()
            .values("course_key")
            .annotate(
                enrolled=Count("pk", distinct=True),
                active=Count("pk", distinct=True, filter=Q(status=Enrolment.Status.ACTIVE)),
                completed=Count("pk", distinct=True, filter=Q(completed_at__isnull=False)),
                average=Avg("attempts__score"),
                first=Count("attempts", filter=Q(attempts__number=1)),
                first_passed=Count("attempts", filter=Q(attempts__number=1, attempts__passed=True)),
            )
        )
        titles = course_titles(row["course_key"] for row in counts)
        medians = median_days_to_complete(enrolments)
        rows = []
        for row in counts:
            key = row["course_key"]
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
                    average_score=round(row["average"], 1) if row["average"] is not None else None,
                    first_attempt_pass_rate=round(100 * row["first_passed"] / row["first"], 1)
                    if row["first"]
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
    from the durations in Python on SQLite (it has no percentile function)."""
    completed = enrolments.filter(completed_at__isnull=False).order_by()
    if connection.vendor == "postgresql":
        seconds = Func(F("completed_at") - F("enrolled_at"), template="EXTRACT(EPOCH FROM %(expressions)s)")
        rows = completed.values("course_key").annotate(median=Median(seconds))
        return {
            row["course_key"]: round(row["median"] / 86400, 1) for row in rows if row["median"] is not None
        }
    # SQLite: the durations are worked out in the query (julianday), so that only floats are read.
    days = ExpressionWrapper(
        Func("completed_at", function="julianday", output_field=FloatField())
        - Func("enrolled_at", function="julianday", output_field=FloatField()),
        output_field=FloatField(),
    )
    durations = {}
    for key, value in completed.values_list("course_key", days).iterator(chunk_size=5000):
        durations.setdefault(key, []).append(value)
    return {key: round(statistics.median(values), 1) for key, values in durations.items()}


def _keep(queryset, name, value):
    """A filter that narrows no enrolments: the reach report reads it itself."""
    return queryset


def _day(value):
    return value.date() if isinstance(value, datetime.datetime) else value


class ReachFilterSet(EnrolmentFilterSet):
    """The reach report's filters: the common ones, "as of" a day, and a period read as what
    changed in it (reach counts people from the day they count, not from their enrolment)."""

    as_of = django_filters.DateFilter(
        label=_("As of"),
        method=_keep,
        widget=AdminDateInput,
        help_text=_("The figures at the end of this day."),
    )
    period = django_filters.DateFromToRangeFilter(
        label=_("Changes between"), method=_keep, widget=DateRangePickerWidget
    )

    def reach_query(self):
        data = self.form.cleaned_data if self.is_bound and self.is_valid() else {}
        period = data.get("period")
        since = _day(period.start) if period and period.start else None
        as_of = data.get("as_of") or (_day(period.stop) if period and period.stop else None)
        return ReachQuery(
            as_of=as_of,
            since=since,
            course_key=data.get("course") or None,
            cohort=int(data["cohort"]) if data.get("cohort") else None,
            generation=data.get("generation"),
            country=data.get("country") or None,
        )

    def table_key(self):
        """Names the table these filters publish, whatever its day: the Actions the user sees and
        every filter but the dates."""
        data = self.form.cleaned_data if self.is_bound and self.is_valid() else {}
        dates = ("as_of", "period")
        chosen = sorted((name, str(value)) for name, value in data.items() if value and name not in dates)
        seen = sorted(action.pk for action in self.visible_actions)
        digest = hashlib.sha256(repr((seen, chosen)).encode()).hexdigest()[:40]
        return f"report:reach:{digest}"

    def actions(self, actions):
        data = self.form.cleaned_data if self.is_bound and self.is_valid() else {}
        for name, lookup in (
            ("action", "pk"),
            ("region", "region"),
            ("thematic_area", "thematic_area"),
            ("phase", "phase"),
        ):
            if data.get(name):
                actions = actions.filter(**{lookup: data[name]})
        return actions


class ReachReportView(AggregateReportView):
    page_title = _("Reach")
    report_name = "reach"
    filterset_class = ReachFilterSet
    columns = [
        Column("action", label=_("Action")),
        Column("region", label=_("Region")),
        Column("as_of", label=_("As of")),
        Column("direct", label=_("Direct learners")),
        Column("online_cascade", label=_("Online cascade")),
        Column("offline", label=_("Offline sessions (confirmed)")),
        Column("offline_awaiting_review", label=_("Offline, awaiting review")),
        Column("offline_checked_in", label=_("Offline, checked in themselves")),
        Column("generation_2", label=_("Generation 2")),
        Column("generation_3_plus", label=_("Generation 3+")),
        Column("women", label=_("Women")),
        Column("men", label=_("Men")),
        Column("other", label=_("Other or not stated")),
        Column("activities", label=_("Activity participants")),
        Column("total", label=_("Total reach")),
    ]

    def get_filtered_queryset(self):
        query = self.filters.reach_query()
        actions = self.filters.actions(scope.actions(self.request.user))
        by_action, together = reach_with_total(actions, query)
        if not by_action:
            return []
        # A day, or a period as ISO 8601 writes one ("2025-01-01/2025-03-31"): read alike in
        # every language, and by spreadsheets.
        as_of = f"{query.since.isoformat()}/{query.day.isoformat()}" if query.since else query.day
        listed = [action for action in self.filters.visible_actions if action.pk in by_action]
        # One table, Actions × genders with "All Actions" as its column totals: small cells and
        # the figures that would give them away are hidden by one pattern (lms.core.masking).
        reaches = [by_action[action.pk] for action in listed]
        # The same table on another day or "as of" another date keeps its pattern (lms.core.masking).
        pattern = kept_hidden_entries(
            self.filters.table_key(),
            [self.genders(reach) for reach in reaches],
            rows=[action.pk for action in listed],
            columns=GENDERS,
        )
        # People in several Actions count once in the total: it is counted, not added up.
        total_hidden = {"row": pattern.grand_total, "cells": [pattern.column_total(j) for j in range(3)]}
        rows = [self.row(_("All Actions"), "", as_of, together, total_hidden)]
        for i, (action, reach) in enumerate(zip(listed, reaches, strict=True)):
            hidden = {"row": pattern.row_total(i), "cells": [pattern.cell(i, j) for j in range(3)]}
            rows.append(self.row(action.name, action.get_region_display(), as_of, reach, hidden))
        return rows

    @staticmethod
    def genders(reach):
        return [sum(getattr(g, name) for g in reach.generations) for name in GENDERS]

    @classmethod
    def row(cls, name, region, as_of, reach, hidden):
        """One row of the report; when the pattern hides the row's total (its learners), every
        figure that adds up to it is hidden too."""
        generations = {g.generation: g for g in reach.generations}
        women, men, other = (
            HIDDEN if cell_hidden else count
            for cell_hidden, count in zip(hidden["cells"], cls.genders(reach), strict=True)
        )

        def learners(value):
            return HIDDEN if hidden["row"] else value

        return SimpleNamespace(
            action=name,
            region=region,
            as_of=as_of,
            direct=learners(reach.direct),
            online_cascade=learners(reach.online_cascade),
            offline=learners(reach.offline),
            offline_awaiting_review=reach.offline_awaiting_review,
            offline_checked_in=masked(reach.offline_checked_in),
            generation_2=learners(generations[2].total if 2 in generations else 0),
            generation_3_plus=learners(sum(g.total for g in reach.generations if g.generation >= 3)),
            women=women,
            men=men,
            other=other,
            activities=reach.activity_participants,
            total=learners(reach.total),
        )


class FeedbackReportView(AggregateReportView):
    page_title = _("Feedback")
    report_name = "feedback"
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


class FeedbackCommentsReportView(AggregateReportView):
    """The survey's comments, as the learners wrote them (sanitised when stored), by course, under
    the report's filters and the user's scope. A course's comments are shown only where it has at
    least SMALL_CELL answers under these filters, with the month rather than the day: as with the
    figures (lms.core.masking), a comment must not single out one of a handful of people."""

    page_title = _("Feedback comments")
    report_name = "feedback_comments"
    template_name = "lms/admin/report_feedback_comments.html"
    columns = [
        Column("title", label=_("Course or module")),
        Column("month", label=_("Month")),
        Column("comment", label=_("Comment")),
    ]

    def get_filtered_queryset(self):
        responses = FeedbackResponse.objects.filter(enrolment__in=super().get_filtered_queryset()).order_by()
        answers = responses.values("enrolment__course_key").annotate(n=Count("pk"))
        enough = [row["enrolment__course_key"] for row in answers if row["n"] >= SMALL_CELL]
        comments = (
            responses.filter(enrolment__course_key__in=enough)
            .exclude(comment="")
            .values_list("enrolment__course_key", "submitted_at", "comment")
        )
        titles = course_titles(enough)
        rows = [
            SimpleNamespace(title=titles.get(key, ""), month=when.strftime("%Y-%m"), comment=comment)
            for key, when, comment in comments
        ]
        # By course, then by month; within a month in no order that follows the answers' times.
        return sorted(rows, key=lambda row: (row.title, row.month, row.comment))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["small_cell"] = SMALL_CELL
        return context


# The audit log entries that change a reach figure, or who may add to one (lms.core.audit).
REACH_CHANGES = (
    "lms.session.report",
    "lms.session.correct",
    "lms.session.confirm",
    "lms.session.hold",
    "lms.session.reject",
    "lms.session.withdraw",
    "lms.multiplier.confirm",
    "lms.multiplier.revoke",
    "lms.cohort.import",
    "lms.cohort.move",
    "lms.enrolment.withdraw",
    "lms.enrolment.readmit",
    "lms.enrolment.move",
    "lms.certificate.revoke",
    "lms.certificate.restore",
)


def entries_about(action_ids):
    """Entries of changes to these Actions' figures: those naming one of them (a cohort moved
    away from one of them included)."""
    return Q(data__action__in=action_ids) | Q(data__from_action__in=action_ids)


class ReachChangeFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("Action"), method="filter_action")
    period = django_filters.DateFromToRangeFilter(
        label=_("Between"), field_name="timestamp", widget=DateRangePickerWidget
    )

    class Meta:
        model = ModelLogEntry
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        actions = scope.actions(request.user).order_by("name").values_list("pk", "name")
        self.filters["action"].extra["choices"] = [(str(pk), name) for pk, name in actions]

    def filter_action(self, queryset, name, value):
        return queryset.filter(entries_about([int(value)]))


class ReachChangesReportView(ProgrammeReportView):
    """Every logged change to a reach figure, for a funder's audit: when, who, what, for which
    Action, and by how much where the entry says. Coordinators see their Actions' entries only."""

    page_title = _("Reach changes")
    report_name = "reach_changes"
    filterset_class = ReachChangeFilterSet

    @cached_property
    def columns(self):
        return [
            Column("when", label=_("When"), accessor="timestamp"),
            Column("who", label=_("Who"), accessor=audit.actor),
            Column("what", label=_("What"), accessor="message"),
            Column("action", label=_("Action"), accessor=self.action_name),
            Column("change", label=_("Change in the figures"), accessor=self.change),
        ]

    @property
    def list_export(self):
        return [column.name for column in self.columns]

    @property
    def export_headings(self):
        return {column.name: column.label for column in self.columns}

    def to_row_dict(self, item):
        return {column.name: spreadsheet_safe(column.get_value(item)) for column in self.columns}

    def get_queryset(self):
        entries = ModelLogEntry.objects.filter(action__in=REACH_CHANGES).select_related("user")
        if not scope.sees_whole_programme(self.request.user):
            entries = entries.filter(entries_about(list(self.action_names)))
        return entries.order_by("-timestamp", "-pk")

    @cached_property
    def action_names(self):
        """{id: name} of the Actions the user sees (entries name Actions by id)."""
        return dict(scope.actions(self.request.user).values_list("pk", "name"))

    def action_name(self, entry, key="action"):
        action_id = (entry.data or {}).get(key)
        if action_id is None:
            return gettext("no Action")
        return self.action_names.get(action_id, gettext("another Action"))

    def change(self, entry):
        """The change in the figures, in words, where the entry tells it."""
        data = entry.data or {}
        people = data.get("participants")
        values = {"people": people, "previous": data.get("previous")}
        if entry.action == "lms.session.correct" and data.get("previous") is not None:
            return gettext("%(people)s awaiting review (was %(previous)s)") % values
        if entry.action in SESSION_CHANGES and people is not None:
            return SESSION_CHANGES[entry.action] % values
        if entry.action == "lms.cohort.import":
            added = data.get("enrolled", 0) + data.get("returned", 0)
            return ngettext("+%(count)d learner", "+%(count)d learners", added) % {"count": added}
        if entry.action == "lms.cohort.move":
            return ngettext(
                "%(count)d learner moved from %(from)s to %(to)s",
                "%(count)d learners moved from %(from)s to %(to)s",
                data.get("enrolments", 0),
            ) % {
                "count": data.get("enrolments", 0),
                "from": self.action_name(entry, "from_action"),
                "to": self.action_name(entry),
            }
        if entry.action == "lms.enrolment.withdraw":
            generation = data.get("generation", "?")
            return gettext("−1 learner (generation %(generation)s)") % {"generation": generation}
        if entry.action == "lms.enrolment.readmit":
            generation = data.get("generation", "?")
            return gettext("+1 learner (generation %(generation)s)") % {"generation": generation}
        if entry.action == "lms.enrolment.move":
            if not data.get("enrolments"):
                return gettext("none (same Action)")
            return ngettext(
                "%(count)d learner moved from %(from)s to %(to)s",
                "%(count)d learners moved from %(from)s to %(to)s",
                data["enrolments"],
            ) % {
                "count": data["enrolments"],
                "from": self.action_name(entry, "from_action"),
                "to": self.action_name(entry),
            }
        return OTHER_CHANGES.get(entry.action, "")


# What a step of a claim changes, with its declared participants (`people`).
SESSION_CHANGES = {
    "lms.session.report": _("+%(people)s awaiting review (not counted yet)"),
    "lms.session.correct": _("%(people)s awaiting review"),
    "lms.session.confirm": _("+%(people)s confirmed attendees"),
    "lms.session.hold": _("none (%(people)s still awaiting review)"),
    "lms.session.reject": _("none (%(people)s no longer awaiting review)"),
    "lms.session.withdraw": _("none (%(people)s no longer awaiting review)"),
}
OTHER_CHANGES = {
    "lms.multiplier.confirm": _("none: may train and record sessions from now on"),
    "lms.multiplier.revoke": _(
        "none: no new sessions or colleagues from now on; confirmed sessions and colleagues "
        "already trained keep counting"
    ),
    "lms.certificate.revoke": _("−1 valid certificate (reach unchanged)"),
    "lms.certificate.restore": _("+1 valid certificate (reach unchanged)"),
}


def report_exports(request):
    """The user's spreadsheets: being prepared, ready to download, or failed."""
    if not scope.sees_learner_data(request.user):
        raise PermissionDenied
    exports = list(request.user.exports.all()[:20])
    for export in exports:
        export.title = REPORTS[export.report].page_title if export.report in REPORTS else export.report
    return TemplateResponse(
        request,
        "lms/admin/report_exports.html",
        {
            "exports": exports,
            "preparing": any(e.status == ReportExport.Status.PENDING for e in exports),
        },
    )


def download_export(request, pk):
    """An export is its author's only: anyone else gets a 404, as if it did not exist."""
    if not scope.sees_learner_data(request.user):
        raise PermissionDenied
    export = get_object_or_404(request.user.exports, pk=pk, status=ReportExport.Status.READY)
    return FileResponse(export.file.open("rb"), as_attachment=True, filename=export.download_name)
