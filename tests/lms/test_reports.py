"""Reports and the impact dashboard, checked against a small cohort whose figures are known by
hand: reach by generation and gender (small cells hidden), outcomes, satisfaction share; scoping
for coordinators; fixed query counts; streamed, spreadsheet-safe exports."""

import csv
import datetime
import io
import os
from types import SimpleNamespace

import openpyxl
import pytest
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.cascade import services as cascade
from lms.learning import services as learning
from lms.models import Enrolment, FeedbackResponse, ReportExport, User
from lms.reporting import exports
from tests import factories
from tests.lms.cascade_helpers import certified, confirm_all_sessions

from .conftest import answers

pytestmark = pytest.mark.django_db

RATINGS = {"objectives_clear": 4, "relevant": 4, "would_recommend": 4}


@pytest.fixture
def known(make_course, make_cohort, make_action, finish):
    """Action "Known": 6 learners in its cohort (4 women, 2 men). Three finish — one of them after
    failing the assessment once — and answer the survey with real_difference 5, 4 and 2; one
    withdraws. The first finisher becomes a multiplier: 2 colleagues (both women) enrol online
    (generation 2) and a session reaches 3 women and 1 man offline (generation 2).
    By hand: direct 5 (the withdrawn learner is not counted), online cascade 2, offline 4;
    women 4-1+2+3 = 8... see the assertions below for each figure."""
    action = make_action("Known Action")
    course, lessons, assessment = make_course("key", max_attempts=3)
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, enrolment_key="KNOWN", action=action)
    genders = ["female", "female", "female", "female", "male", "male"]
    enrolments = [
        learning.enrol(factories.UserFactory(gender=g, full_name=f"Known {i}"), course, key="KNOWN")[0]
        for i, g in enumerate(genders)
    ]
    learning.submit_assessment(
        enrolments[2], assessment, answers(assessment, right=False), submission_token="k-fail"
    )
    for enrolment in enrolments[3:]:  # one lesson each: they count ("How we count")
        learning.complete_step(enrolment, lessons[0])
    finished = [finish(e) for e in enrolments[:3]]
    for enrolment, difference in zip(finished, (5, 4, 2), strict=True):
        learning.record_feedback(
            enrolment, ratings={**RATINGS, "real_difference": difference}, comment="=HYPERLINK()"
        )
    learning.withdraw(enrolments[5])
    multiplier = certified(finished[0])
    for _ in range(2):
        colleague, _created = learning.enrol(
            factories.UserFactory(gender="female"),
            course,
            invitation=multiplier.invitation_cohort.invitation_token,
        )
        learning.complete_step(colleague, lessons[0])
    cascade.record_session(
        multiplier,
        date=timezone.localdate(),
        place="p",
        institution="i",
        modules_covered="m",
        female=3,
        male=1,
        other=0,
    )
    confirm_all_sessions()
    return {"action": action, "course": course}


def rows(client, name, **params):
    response = client.get(reverse(f"lms_reports:{name}"), params)
    assert response.status_code == 200
    return list(response.context["object_list"])


def test_reach_report_matches_the_hand_count(admin_client, known):
    """The reach report's row for the Action: direct, online and offline reach, generations, and
    gender with cells under 5 masked, as counted by hand."""
    table = rows(admin_client, "reach", action=known["action"].pk)
    overall, action_row = table[0], table[1]
    assert action_row.action == "Known Action"
    # Direct: 5 active learners (6 minus the one who withdrew); online cascade: 2; offline: 4.
    assert (action_row.direct, action_row.online_cascade, action_row.offline) == (5, 2, 4)
    assert (action_row.generation_2, action_row.generation_3_plus) == (6, 0)
    # Women: 4 direct + 2 online + 3 offline = 9; men: 1 direct (one withdrew) + 1 offline = 2:
    # hidden, and women with it, or 11 - 9 - 0 would give it away (lms.core.masking).
    assert (action_row.women, action_row.men, action_row.other) == ("x", "x", 0)
    assert (overall.women, overall.men, overall.other) == ("x", "x", 0)
    assert overall.direct == 5 and overall.total == action_row.total == 11


def test_outcomes_report_matches_the_hand_count(admin_client, known):
    """The outcomes report: enrolled, completed and active learners, completion and first-attempt
    pass rates, average score, as counted by hand."""
    (row,) = [
        r
        for r in rows(admin_client, "outcomes", action=known["action"].pk)
        if r.title == known["course"].title
    ]
    # 8 enrolments (6 + 2 online); 3 completed; 4 active (2 unfinished + 2 colleagues); 1 withdrawn.
    assert (row.enrolled, row.completed, row.active) == (8, 3, 4)
    assert row.completion_rate == round(100 * 3 / 8, 1)
    # First attempts: 3, of which 2 passed; scores: 100, 100, 0 then 100 → average 75.
    assert row.first_attempt_pass_rate == round(100 * 2 / 3, 1)
    assert row.average_score == 75.0
    assert row.median_days is not None


def test_feedback_report_gives_the_real_difference_share(admin_client, known):
    """The feedback report counts the answers to "a real difference" by rating and the share who
    agree."""
    (row,) = [
        r
        for r in rows(admin_client, "feedback", action=known["action"].pk)
        if r.title == known["course"].title
    ]
    assert row.responses == 3
    assert (row.real_difference_5, row.real_difference_4, row.real_difference_2) == (1, 1, 1)
    assert row.real_difference_agree == round(100 * 2 / 3, 1)


def test_dashboard_figures(admin_client, known):
    """The impact dashboard for the Action: enrolled, completed, reach, satisfaction, funnel and
    gender, drawn as a chart with its table."""
    response = admin_client.get(reverse("lms_reports:impact"), {"action": known["action"].pk})
    figures = response.context["figures"]
    assert (figures["enrolled"], figures["completed"], figures["reach"]) == (8, 3, 11)
    assert figures["difference_share"] == 67
    assert dict(figures["funnel"])["Completed"] == 3
    assert dict(figures["gender"]) == {"Women": "x", "Men": "x", "Other or not stated": 0}
    html = response.content.decode()
    assert "<svg" in html and "<table" in html


def test_enrolments_export_streams_and_neutralises_formulas(admin_client, known):
    """The enrolments CSV streams one row per enrolment, defuses a name that starts a formula, and
    reads well in a spreadsheet (byte-order mark, words for codes, 0 for none)."""
    learner = Enrolment.objects.filter(action=known["action"]).first().user
    learner.full_name = "=cmd|' /C calc'!A0"
    learner.save()
    response = admin_client.get(
        reverse("lms_reports:enrolments"), {"action": known["action"].pk, "export": "csv"}
    )
    assert response.streaming
    content = b"".join(response.streaming_content).decode()
    table = list(csv.reader(io.StringIO(content)))
    assert len(table) == 1 + 8
    assert "'=cmd|' /C calc'!A0" in [row[0] for row in table]
    # Spreadsheet-friendly: a byte-order mark for accents, words rather than codes, 0 not blank.
    assert content.startswith("\ufeff")
    header, rows = table[0], table[1:]
    column = {name.lstrip("\ufeff"): index for index, name in enumerate(header)}
    assert {row[column["Status"]] for row in rows} <= {"In progress", "Completed", "Withdrawn"}
    # Gender is used only in anonymous statistics: no per-person gender column.
    assert "Gender" not in column
    assert all(row[column["Steps done"]].isdigit() for row in rows)


def test_coordinators_see_only_their_actions_in_every_report(client, known, make_action):
    """A coordinator of another Action gets empty reports, CSV and Excel files; naming the Action in
    the address is refused aloud and the filter left out; a learner is kept out."""
    client.force_login(factories.CoordinatorFactory(actions=[make_action("Other Action")]))
    for name in ("enrolments", "outcomes", "reach", "feedback"):
        assert rows(client, name) == [], name
        export = client.get(reverse(f"lms_reports:{name}"), {"export": "csv"})
        body = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
        assert "Known" not in body, name
        workbook = workbook_rows(excel_export(client, name))
        assert len(workbook) == 1 and "Known" not in str(workbook), name
    # Another Action's id in the address is refused aloud, never honoured nor silently dropped.
    response = client.get(reverse("lms_reports:impact"), {"action": known["action"].pk}, follow=True)
    assert response.redirect_chain == [(reverse("lms_reports:impact"), 302)]
    assert response.context["figures"]["enrolled"] == 0
    assert "That Action is not one you can report on" in response.content.decode()
    for name in ("enrolments", "reach"):
        url = reverse(f"lms_reports:{name}")
        response = client.get(
            url, {"action": known["action"].pk, "generation": 2, "export": "csv"}, follow=True
        )
        assert response.redirect_chain == [(f"{url}?generation=2", 302)]  # the page, not an export
        page = response.content.decode()
        assert "Known" not in page
        assert "Action: Select a valid choice." in page and "It was left out." in page
    learner = factories.UserFactory()
    client.force_login(learner)
    assert client.get(reverse("lms_reports:impact")).status_code in (302, 403)


@pytest.mark.parametrize("name", ["enrolments", "outcomes", "reach", "feedback", "impact"])
def test_report_queries_do_not_grow_with_enrolments(admin_client, known, name):
    """Each report costs as many queries for 1008 enrolments as for 8, within its budget."""

    def count():
        admin_client.get(reverse(f"lms_reports:{name}"))
        with CaptureQueriesContext(connection) as captured:
            admin_client.get(reverse(f"lms_reports:{name}"))
        return len(captured)

    before = count()
    cohort = known["action"].cohorts.first()
    users = User.objects.bulk_create(
        [User(email=f"bulk{n}@example.org", full_name=f"Bulk {n}", gender="female") for n in range(1000)]
    )
    Enrolment.objects.bulk_create(
        [
            Enrolment(
                user=u,
                container=cohort.container,
                course_key=cohort.container.translation_key,
                cohort=cohort,
                action=known["action"],
            )
            for u in users
        ]
    )
    after = count()
    print(f"{name}: {before} queries with 8 enrolments, {after} with 1008")
    assert before == after
    assert after <= 10  # the budget, Wagtail's admin chrome (user, profile, menu pages) included
    assert FeedbackResponse.objects.count() >= 3


def excel_export(client, name, **params):
    """Ask for the Excel file of a report (built by the background task, which runs at once in
    tests) and download it from the exports page."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.get(reverse(f"lms_reports:{name}"), {**params, "export": "xlsx"})
    assert response.status_code == 302 and response.url == reverse("lms_reports:exports")
    export = ReportExport.objects.filter(report=name).latest("pk")
    assert export.status == ReportExport.Status.READY
    listing = client.get(response.url).content.decode()
    assert reverse("lms_reports:export_download", args=[export.pk]) in listing
    download = client.get(reverse("lms_reports:export_download", args=[export.pk]))
    assert download.status_code == 200
    assert f'filename="relais-{name}-' in download["Content-Disposition"]
    return b"".join(download.streaming_content)


def workbook_rows(content):
    sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_excel_export_runs_in_the_background_with_the_filters(admin_client, known):
    """An Excel export is built in the background with the filters of the page, which it records
    with its row count."""
    table = workbook_rows(excel_export(admin_client, "enrolments", action=known["action"].pk))
    assert len(table) == 1 + 8
    export = ReportExport.objects.latest("pk")
    assert export.rows == 8 and export.filters == "Action: Known Action"
    reach = workbook_rows(excel_export(admin_client, "reach", action=known["action"].pk))
    # A heading, all Actions, then the Action: its name, region, the day the figures are for, reach.
    assert reach[2][:1] + reach[2][3:6] == ["Known Action", 5, 2, 4]
    assert str(reach[2][2])[:10] == timezone.localdate().isoformat()  # a date cell, not text in one language


def test_an_export_is_for_its_author_only(admin_client, client, known):
    """Another programme manager can neither download nor list someone's export; a learner has no
    exports page."""
    excel_export(admin_client, "enrolments")
    export = ReportExport.objects.latest("pk")
    client.force_login(factories.ProgrammeManagerFactory())
    assert client.get(reverse("lms_reports:export_download", args=[export.pk])).status_code == 404
    assert client.get(reverse("lms_reports:exports")).context["exports"] == []
    client.force_login(factories.UserFactory())
    assert client.get(reverse("lms_reports:exports")).status_code in (302, 403)


def test_a_failed_export_says_so(admin_client, known, monkeypatch):
    """An export whose building fails is marked failed, without a file, and the request that asked
    for it does not fail."""

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("lms.reporting.reports.ProgrammeReportView.write_xlsx", broken)
    with TestCase.captureOnCommitCallbacks(execute=True):  # the task fails; the request does not
        admin_client.get(reverse("lms_reports:outcomes"), {"export": "xlsx"})
    export = ReportExport.objects.latest("pk")
    assert export.status == ReportExport.Status.FAILED and not export.file


def test_old_exports_are_removed_with_their_files(admin_client, known):
    """Exports older than a week go, with their files, when a new one is asked for."""
    excel_export(admin_client, "feedback")
    old = ReportExport.objects.latest("pk")
    path = old.file.path
    ReportExport.objects.filter(pk=old.pk).update(created_at=old.created_at - datetime.timedelta(days=8))
    excel_export(admin_client, "feedback")
    assert not ReportExport.objects.filter(pk=old.pk).exists()
    assert not os.path.exists(path)


def test_an_export_left_pending_by_a_lost_worker_is_rebuilt_by_the_sweep(admin_client, known, monkeypatch):
    """django-tasks does not retry: a worker killed while building leaves the export "being
    prepared"; `retry_background_work` builds it once it has waited 15 minutes."""
    lost = SimpleNamespace(enqueue=lambda *args: None)  # a task whose worker was killed
    monkeypatch.setattr("lms.reporting.exports.build_report_export_task", lost)
    with TestCase.captureOnCommitCallbacks(execute=True):
        admin_client.get(reverse("lms_reports:enrolments"), {"export": "xlsx", "action": known["action"].pk})
    export = ReportExport.objects.latest("pk")
    assert export.status == ReportExport.Status.PENDING

    call_command("retry_background_work", verbosity=0)
    export.refresh_from_db()
    assert export.status == ReportExport.Status.PENDING  # it may still be building: too early

    ReportExport.objects.filter(pk=export.pk).update(
        created_at=export.created_at - datetime.timedelta(minutes=16)
    )
    call_command("retry_background_work", verbosity=0)
    export.refresh_from_db()
    assert export.status == ReportExport.Status.READY and export.rows == 8
    assert len(workbook_rows(export.file.read())) == 1 + 8


def test_a_stalled_export_that_fails_again_says_so(admin_client, known, monkeypatch):
    """A stalled export rebuilt by the sweep that fails again is marked failed and not tried
    again."""
    never_runs = SimpleNamespace(enqueue=lambda *args: None)
    monkeypatch.setattr("lms.reporting.exports.build_report_export_task", never_runs)
    with TestCase.captureOnCommitCallbacks(execute=True):
        admin_client.get(reverse("lms_reports:outcomes"), {"export": "xlsx"})
    export = ReportExport.objects.latest("pk")
    ReportExport.objects.filter(pk=export.pk).update(
        created_at=export.created_at - datetime.timedelta(minutes=16)
    )
    monkeypatch.setattr("lms.reporting.reports.ProgrammeReportView.write_xlsx", lambda *args: 1 / 0)
    assert [e.pk for e in exports.rebuild_stalled_exports()] == [export.pk]
    export.refresh_from_db()
    assert export.status == ReportExport.Status.FAILED
    assert exports.rebuild_stalled_exports() == []  # not tried again
