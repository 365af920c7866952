"""The enrolments report's files, written from values the database computes: the CSV has the
queryset's rows (written by PostgreSQL's COPY there, by the fallback elsewhere, the same either
way), formula cells are defused, scoping holds, and a workbook records its progress."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from lms.core.masking import FORMULA_STARTS, spreadsheet_safe
from lms.learning.progress import progress_of
from lms.models import Enrolment, ReportExport
from lms.reporting import exports, spreadsheets
from lms.reporting.reports import EnrolmentsReportView
from tests import factories

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="COPY is PostgreSQL's; SQLite takes the fallback"
)
FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)", "\tTab", "\rReturn"]


@pytest.fixture
def world(make_course, make_cohort, make_action):
    """Action "Exported": 6 learners whose names start like formulas, one with two steps done and
    a passed attempt, one completed with a certificate, one withdrawn; its cohort's name starts a
    formula too. Action "Hidden": 2 learners."""
    course, lessons, assessment = make_course()
    exported = make_cohort(course, action=make_action("=Exported"), name="@Group")
    hidden = make_cohort(course, action=make_action("Hidden"), name="Hidden group")
    rows = [
        factories.EnrolmentFactory(
            cohort=exported,
            user=factories.UserFactory(full_name=name, gender=gender, country="CR"),
            enrolled_at=timezone.now() - datetime.timedelta(days=n, microseconds=n),
        )
        for n, (name, gender) in enumerate(
            zip(FORMULAS, ["female", "male", "other", "", "female", "male"], strict=True)
        )
    ]
    for lesson in lessons:
        factories.StepCompletionFactory(enrolment=rows[0], step=lesson)
    factories.AssessmentAttemptFactory(enrolment=rows[0], assessment=assessment)
    rows[1].status, rows[1].completed_at = Enrolment.Status.COMPLETED, timezone.now()
    rows[1].save()
    factories.CertificateFactory(enrolment=rows[1])
    rows[2].status, rows[2].withdrawn_at = Enrolment.Status.WITHDRAWN, timezone.now()
    rows[2].save()
    for n in range(2):
        factories.EnrolmentFactory(cohort=hidden, user=factories.UserFactory(full_name=f"Hidden {n}"))
    return {"exported": exported.action, "hidden": hidden.action, "lessons": lessons}


def expected_rows(enrolments, *, for_csv=True):
    """What the export should hold for these enrolments, worked out from the model instances."""

    def when(value):
        if value is None:
            return "" if for_csv else None
        value = value.astimezone(datetime.UTC)
        return value.strftime("%Y-%m-%dT%H:%M:%SZ") if for_csv else value.replace(tzinfo=None, microsecond=0)

    rows = []
    for e in enrolments.order_by("-enrolled_at", "-pk"):
        attempts = [a.score for a in e.attempts.all()]
        certificate = getattr(e, "certificate", None)
        row = [
            spreadsheet_safe(e.user.full_name),
            e.user.email,
            e.user.country.name,
            e.container.title,
            spreadsheet_safe(e.action.name),
            spreadsheet_safe(e.cohort.name),
            e.generation,
            e.get_status_display(),
            progress_of(e).done,  # the learner's own page's count (lms.learning.progress)
            (f"{max(attempts):.2f}" if for_csv else max(attempts)) if attempts else None,
            when(e.enrolled_at),
            when(e.completed_at),
            spreadsheet_safe(certificate.code) if certificate else None,  # a code may start with "-"
        ]
        rows.append(["" if v is None else str(v) for v in row] if for_csv else row)
    return rows


def csv_rows(content):
    table = list(csv.reader(io.StringIO(content)))
    return table[0], table[1:]


def get_csv(client, **params):
    response = client.get(reverse("lms_reports:enrolments"), {**params, "export": "csv"})
    assert response.status_code == 200 and response.streaming
    return b"".join(c if isinstance(c, bytes) else c.encode() for c in response.streaming_content).decode()


def test_the_csv_has_the_querysets_rows_with_formulas_defused(admin_client, world):
    """Every enrolment once, in the report's order, each cell as the report says it (words for
    codes, 0 steps rather than blank, dates in UTC); names, Actions and cohorts that start like a
    formula start with an apostrophe."""
    content = get_csv(admin_client)
    assert content.startswith("\ufeff")
    header, rows = csv_rows(content.lstrip("\ufeff"))
    # Gender is used only in anonymous statistics: no per-person column.
    assert header[:4] == ["Learner", "Email", "Country", "Course or module"] and len(header) == 13
    assert rows == expected_rows(Enrolment.objects.all())
    learners = [row[0] for row in rows]
    assert "'=cmd|' /C calc'!A0" in learners and "'\tTab" in learners and "'@SUM(A1)" in learners
    assert {row[4] for row in rows} >= {"'=Exported"} and "'@Group" in {row[5] for row in rows}
    assert not any(cell.startswith(FORMULA_STARTS) for row in rows for cell in row)


def test_the_csv_is_scoped_and_filtered_like_the_page(admin_client, client, world):
    """A coordinator's file holds only their Action's rows; a filter narrows the file as the page."""
    client.force_login(factories.CoordinatorFactory(actions=[world["hidden"]]))
    _header, rows = csv_rows(get_csv(client).lstrip("\ufeff"))
    assert rows == expected_rows(Enrolment.objects.filter(action=world["hidden"]))
    assert not any("Exported" in cell for row in rows for cell in row)
    _header, rows = csv_rows(get_csv(admin_client, action=world["exported"].pk).lstrip("\ufeff"))
    assert rows == expected_rows(Enrolment.objects.filter(action=world["exported"]))


@postgresql_only
def test_copy_and_the_fallback_write_the_same_file(admin_client, world, monkeypatch):
    """On PostgreSQL the server writes the CSV (COPY); the fallback reading rows writes the very
    same bytes."""
    copied = []
    original = spreadsheets.copy_csv

    def spy(rows):
        copied.append(rows)
        return original(rows)

    monkeypatch.setattr(spreadsheets, "copy_csv", spy)
    by_copy = get_csv(admin_client)
    assert len(copied) == 1
    monkeypatch.setattr(spreadsheets, "copy_csv", spreadsheets.fetched_csv)
    assert get_csv(admin_client) == by_copy


def test_the_fallback_is_what_sqlite_uses(admin_client, world, monkeypatch):
    """Without COPY (SQLite), the rows are read in chunks and written by Python's csv module."""
    if connection.vendor == "postgresql":
        monkeypatch.setattr(spreadsheets, "copy_csv", spreadsheets.fetched_csv)
    monkeypatch.setattr(spreadsheets, "FETCH_ROWS", 3)  # several chunks and blocks
    _header, rows = csv_rows(get_csv(admin_client).lstrip("\ufeff"))
    assert rows == expected_rows(Enrolment.objects.all())


def build(user, **query):
    export = ReportExport.objects.create(
        user=user, report="enrolments", query="&".join(f"{k}={v}" for k, v in query.items())
    )
    return exports.build_export(export)


def workbook(export):
    sheet = openpyxl.load_workbook(io.BytesIO(export.file.read()), read_only=True).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    return [row + [None] * (len(rows[0]) - len(row)) for row in rows]  # empty cells at the end are not kept


def same_cell(got, expected):
    """Excel keeps times to the millisecond, numbers as floats, and no empty texts; its XML reads
    a carriage return as a line feed."""
    if isinstance(expected, datetime.datetime):
        return isinstance(got, datetime.datetime) and abs(got - expected) < datetime.timedelta(seconds=1)
    if isinstance(expected, Decimal):
        return got == float(expected)
    if isinstance(expected, str):
        return got == (expected.replace("\r", "\n") if expected != "" else None)
    return got == expected


def test_the_workbook_has_the_same_rows_scoped(world):
    """The Excel file has the CSV's rows as typed cells (numbers, dates), a coordinator's only
    theirs, formula cells defused."""
    table = workbook(build(factories.SuperuserFactory()))
    expected = expected_rows(Enrolment.objects.all(), for_csv=False)
    assert table[0][0] == "Learner" and len(table) == 1 + len(expected) == 1 + 8
    for got, want in zip(table[1:], expected, strict=True):
        assert all(same_cell(g, w) for g, w in zip(got, want, strict=True)), (got, want)
    assert "'=cmd|' /C calc'!A0" in [row[0] for row in table]
    coordinator = factories.CoordinatorFactory(actions=[world["hidden"]])
    table = workbook(build(coordinator))
    assert len(table) == 1 + 2 and "Exported" not in str(table)


def test_a_workbook_records_its_progress(world, monkeypatch):
    """While the workbook is written, the export row says how many rows are done of how many
    expected; the exports page shows the share and refreshes itself."""
    monkeypatch.setattr(spreadsheets, "PROGRESS_EVERY_ROWS", 2)
    monkeypatch.setattr(spreadsheets, "PROGRESS_EVERY_SECONDS", 0)
    seen = []
    original = spreadsheets.write_workbook

    def watched(headings, rows, output, *, progress=None):
        def recorded(count):
            progress(count)
            seen.append(ReportExport.objects.values_list("rows", "rows_expected", "status").get())

        return original(headings, rows, output, progress=recorded)

    monkeypatch.setattr(spreadsheets, "write_workbook", watched)
    export = build(factories.SuperuserFactory())
    assert seen == [(2, 8, "pending"), (4, 8, "pending"), (6, 8, "pending"), (8, 8, "pending")]
    assert export.status == ReportExport.Status.READY and export.rows == 8 and export.rows_expected == 8
    assert export.percent_done is None  # ready: no longer a share


def test_the_exports_page_shows_the_share_done(client):
    user = factories.ProgrammeManagerFactory()
    ReportExport.objects.create(user=user, report="enrolments", rows=250, rows_expected=1000)
    client.force_login(user)
    html = client.get(reverse("lms_reports:exports")).content.decode()
    assert '<progress max="100" value="25">' in html and "25 %" in html and "250 of about 1,000" in html
    assert '<meta http-equiv="refresh"' in html


def test_the_export_headings_follow_the_exported_columns():
    view = EnrolmentsReportView()
    assert len(view.export_heading_row()) == len(view.list_export) == 13
