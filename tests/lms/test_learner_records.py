"""A learner's record and the enrolment actions in the admin (issue 15, items 5–8): one count of
steps done everywhere, the record and the gradebook, withdraw / re-admit / move / bulk, one person
added the bulk import's way, invitations sent again, revocation with a public reason and an
internal note and its undoing, the log's verbs, feedback comments, and every export in words."""

import csv
import io
import re

import openpyxl
import pytest
from django.core import mail
from django.urls import reverse
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from lms.core import exceptions
from lms.learning import services as learning
from lms.learning.models import Certificate, CohortInvitation, Enrolment, FeedbackResponse
from lms.learning.progress import progress_of
from lms.reporting.dashboard import impact_figures
from lms.reporting.reports import REPORTS
from tests import factories
from tests.lms.cascade_helpers import certified

from .conftest import answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(make_course, make_cohort, make_action):
    """Two Actions with a cohort each in one course (two lessons and an assessment), a third
    cohort of Action A, a coordinator of each Action and a programme manager. Amina (Action A)
    did both lessons and passed the assessment; Omar (Action B) only passed the assessment."""
    action_a, action_b = make_action("Record A"), make_action("Record B")
    course, lessons, assessment = make_course("key")
    cohort_a = make_cohort(course, name="Cohort A", enrolment_key="REC-A", action=action_a)
    cohort_a2 = make_cohort(course, name="Cohort A2", enrolment_key="REC-A2", action=action_a)
    cohort_b = make_cohort(course, name="Cohort B", enrolment_key="REC-B", action=action_b)
    amina = factories.UserFactory(full_name="Amina Record", country="CR")
    omar = factories.UserFactory(full_name="Omar Record", country="SN")
    amina_in = learning.enrol(amina, course, key="REC-A")[0]
    learning.submit_assessment(amina_in, assessment, answers(assessment, right=False), submission_token="r-1")
    for lesson in lessons:
        learning.complete_step(amina_in, lesson)
    learning.submit_assessment(amina_in, assessment, answers(assessment), submission_token="r-2")
    omar_in = learning.enrol(omar, course, key="REC-B")[0]
    learning.submit_assessment(omar_in, assessment, answers(assessment), submission_token="r-3")
    amina_in.refresh_from_db()
    return {
        "course": course,
        "lessons": lessons,
        "assessment": assessment,
        "cohorts": {"A": cohort_a, "A2": cohort_a2, "B": cohort_b},
        "amina": amina_in,
        "omar": omar_in,
        "coordinator_a": factories.CoordinatorFactory(actions=[action_a], full_name="Cora A"),
        "coordinator_b": factories.CoordinatorFactory(actions=[action_b], full_name="Cora B"),
        "manager": factories.ProgrammeManagerFactory(full_name="Paula Manager"),
        "actions": {"A": action_a, "B": action_b},
    }


def csv_table(response):
    content = (
        response.getvalue()
        if not response.streaming
        else b"".join(c if isinstance(c, bytes) else c.encode() for c in response.streaming_content)
    )
    return list(csv.reader(io.StringIO(content.decode("utf-8").lstrip("\ufeff"))))


# Item 7: one truth per figure --------------------------------------------------------------------


def test_steps_done_are_counted_alike_on_every_surface(client, world):
    """Two lessons and a passed assessment are three steps done on the learner's page, in the
    learner's record, in the gradebook, in the enrolments report and its CSV; a learner who only
    passed the assessment has one, and counts as started on the dashboard."""
    amina, omar = world["amina"], world["omar"]
    assert (progress_of(amina).done, progress_of(amina).total) == (3, 3)
    assert progress_of(omar).done == 1
    client.force_login(world["manager"])

    record = client.get(reverse("enrolments:inspect", args=[amina.pk]))
    assert record.context["record"].progress.done == 3

    gradebook = client.get(reverse("lms_cohort_gradebook", args=[world["cohorts"]["A"].pk]))
    assert [row.steps_done for row in gradebook.context["rows"]] == [3]

    report = client.get(reverse("lms_reports:enrolments"))
    by_learner = {row.user.full_name: row.steps_done for row in report.context["object_list"]}
    assert by_learner == {"Amina Record": 3, "Omar Record": 1}

    table = csv_table(client.get(reverse("lms_reports:enrolments"), {"export": "csv"}))
    column = table[0].index("Steps done")
    assert sorted(row[column] for row in table[1:]) == ["1", "3"]

    figures = impact_figures(world["manager"])
    assert dict(figures["funnel"])["Started"] == 2


def test_a_step_unpublished_no_longer_counts_anywhere(client, world):
    """A lesson taken off the site stops counting on the learner's page and in the report alike."""
    world["lessons"][0].unpublish()
    client.force_login(world["manager"])
    report = client.get(reverse("lms_reports:enrolments"))
    by_learner = {row.user.full_name: row.steps_done for row in report.context["object_list"]}
    assert progress_of(world["amina"]).done == by_learner["Amina Record"] == 2


# Item 5: the learner's record and the gradebook -------------------------------------------------


def test_the_record_shows_steps_attempts_answers_and_certificate(client, world):
    """A coordinator of the Action opens a learner's record: each step with when it was done,
    every attempt with its score and the answers chosen, the certificate."""
    amina = world["amina"]
    learning.issue_certificate(amina)
    client.force_login(world["coordinator_a"])
    response = client.get(reverse("enrolments:inspect", args=[amina.pk]))
    assert response.status_code == 200
    record = response.context["record"]
    assert [row.done_at is not None for row in record.steps] == [True, True, True]
    assert [(a.number, a.passed) for a in record.attempts] == [(1, False), (2, True)]
    assert all(row.chosen for a in record.attempts for row in a.answer_rows)
    assert [row.correct for row in record.attempts[0].answer_rows] == [False, False]
    html = response.content.decode()
    assert "attempt 2" in html and record.certificate.code not in html  # the code is the certificate's page's
    assert reverse("certificates:inspect", args=[record.certificate.pk]) in html


def test_a_multipliers_record_lists_their_trainees_and_sessions(client, world, finish):
    """For a multiplier, the record lists the colleagues they trained and their sessions."""
    course = world["course"]
    course.trains_multipliers = True
    course.save_revision().publish()
    marta = finish(learning.enrol(factories.UserFactory(full_name="Marta Trainer"), course, key="REC-A")[0])
    multiplier = certified(marta)
    trainee = factories.UserFactory(full_name="Tomas Trainee")
    learning.enrol(trainee, course, invitation=multiplier.invitation_cohort.invitation_token)
    client.force_login(world["coordinator_a"])
    response = client.get(reverse("enrolments:inspect", args=[marta.pk]))
    assert [t.user.full_name for t in response.context["record"].trainees] == ["Tomas Trainee"]
    assert "Tomas Trainee" in response.content.decode()


def test_a_coordinator_sees_no_other_actions_record_or_gradebook(client, world):
    """Another Action's learner is not found (404) in the record, the verbs or the gradebook."""
    client.force_login(world["coordinator_b"])
    amina = world["amina"]
    for name in ("enrolments:inspect", "enrolments:withdraw", "enrolments:readmit", "enrolments:move"):
        assert client.get(reverse(name, args=[amina.pk])).status_code == 404
        assert client.post(reverse(name, args=[amina.pk]), {"confirm": "on"}).status_code == 404
    assert client.get(reverse("lms_cohort_gradebook", args=[world["cohorts"]["A"].pk])).status_code == 404
    amina.refresh_from_db()
    assert amina.status != Enrolment.Status.WITHDRAWN


def test_the_gradebook_exports_iso_dates_and_defused_names(client, world):
    """The gradebook's CSV has a row per learner, each step's date in ISO 8601 (UTC, to the
    second), the assessment's best score and attempts; its Excel file the same rows."""
    amina = world["amina"]
    amina.user.full_name = "=HYPERLINK(1)"
    amina.user.save()
    client.force_login(world["coordinator_a"])
    url = reverse("lms_cohort_gradebook", args=[world["cohorts"]["A"].pk])
    table = csv_table(client.get(url, {"export": "csv"}))
    assert table[0][:4] == ["Learner", "Email", "Status", "Steps done"]
    assert len(table) == 2 and table[1][0] == "'=HYPERLINK(1)" and table[1][3] == "3"
    dates = [cell for cell in table[1] if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", cell)]
    assert len(dates) == 3
    assert table[1][-2:] == ["100.00", "2"]
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(url, {"export": "xlsx"}).content))
    rows = list(workbook.active.values)
    assert rows[1][0] == "'=HYPERLINK(1)" and rows[1][3] == 3


# Item 6: enrolment actions -----------------------------------------------------------------------


def log_messages(instance):
    return [entry.message for entry in ModelLogEntry.objects.for_instance(instance).order_by("pk")]


def test_withdraw_readmit_and_move_through_the_admin_logged(client, world):
    """The Action's coordinator withdraws, re-admits and moves a learner from the record's forms;
    each is written to the learner's history as what was done."""
    amina = world["amina"]
    client.force_login(world["coordinator_a"])
    assert client.post(reverse("enrolments:withdraw", args=[amina.pk]), {"confirm": "on"}).status_code == 302
    amina.refresh_from_db()
    assert amina.status == Enrolment.Status.WITHDRAWN
    # Withdrawn already: the form says so, nothing changes.
    again = client.post(reverse("enrolments:withdraw", args=[amina.pk]), {"confirm": "on"})
    assert again.status_code == 200 and str(exceptions.AlreadyWithdrawn.message) in again.content.decode()
    assert client.post(reverse("enrolments:readmit", args=[amina.pk]), {"confirm": "on"}).status_code == 302
    amina.refresh_from_db()
    assert amina.status == Enrolment.Status.COMPLETED  # back with their progress
    move = reverse("enrolments:move", args=[amina.pk])
    choices = client.get(move).context["form"].fields["cohort"].queryset
    assert list(choices) == [world["cohorts"]["A2"]]  # not their own, not another Action's
    other = client.post(move, {"cohort": world["cohorts"]["B"].pk})
    assert other.status_code == 200 and other.context["form"].errors["cohort"]
    assert client.post(move, {"cohort": world["cohorts"]["A2"].pk}).status_code == 302
    amina.refresh_from_db()
    assert amina.cohort == world["cohorts"]["A2"]
    cohort = world["cohorts"]["A2"].pk
    assert log_messages(amina) == [
        "Withdrew from the course",
        "Re-admitted to the course",
        f"Moved to cohort #{cohort}",
    ]


def test_moving_to_another_actions_cohort_moves_the_reach(world):
    """A programme manager moves a learner to a cohort of another Action: they count for it."""
    amina = learning.move_to_cohort(world["amina"], world["cohorts"]["B"], by=world["manager"])
    assert amina.action == world["actions"]["B"]
    entry = ModelLogEntry.objects.for_instance(amina).get(action="lms.enrolment.move")
    assert entry.data["from_action"] == world["actions"]["A"].pk and entry.data["enrolments"] == 1
    with pytest.raises(exceptions.NotInScope):
        learning.move_to_cohort(amina, world["cohorts"]["A"], by=world["coordinator_a"])


def test_bulk_withdraw_leaves_out_other_actions_learners(client, world):
    """Withdrawing several selected learners at once withdraws those of the user's Actions only."""
    amina, omar = world["amina"], world["omar"]
    client.force_login(world["coordinator_a"])
    url = reverse("wagtail_bulk_action", args=["lms", "enrolment", "withdraw"])
    query = f"?id={amina.pk}&id={omar.pk}"
    confirm = client.get(url + query)
    assert confirm.status_code == 200 and "Omar Record" not in confirm.content.decode()
    assert client.post(url + query).status_code == 302
    amina.refresh_from_db()
    omar.refresh_from_db()
    assert amina.status == Enrolment.Status.WITHDRAWN and omar.status != Enrolment.Status.WITHDRAWN
    readmit = reverse("wagtail_bulk_action", args=["lms", "enrolment", "readmit"])
    assert client.post(readmit + f"?id={amina.pk}").status_code == 302
    amina.refresh_from_db()
    assert amina.status != Enrolment.Status.WITHDRAWN


def test_one_learner_is_added_the_bulk_imports_way(client, world, django_capture_on_commit_callbacks):
    """Adding one person invites them by email like a file of one line, logged as an import."""
    cohort = world["cohorts"]["A"]
    client.force_login(world["coordinator_a"])
    url = reverse("lms_cohort_add_learner", args=[cohort.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {"email": "New.Person@example.org", "full_name": "New Person", "country": "CR"}
        )
    assert response.status_code == 302
    invitation = CohortInvitation.objects.get(cohort=cohort)
    assert invitation.email == "new.person@example.org" and len(mail.outbox) == 1
    assert log_messages(cohort) == ["Imported 1 learner"]
    # The import's checks, at the form: an unknown country.
    bad = client.post(url, {"email": "x@example.org", "full_name": "X", "country": "Atlantis"})
    assert bad.status_code == 200 and "Unknown country" in bad.content.decode()
    assert (
        client.post(
            reverse("lms_cohort_add_learner", args=[world["cohorts"]["B"].pk]),
            {"email": "y@example.org", "full_name": "Y"},
        ).status_code
        == 404
    )


def test_an_invitation_is_sent_again_by_its_cohorts_coordinator(
    client, world, django_capture_on_commit_callbacks
):
    """Sending again gives a fresh link and a new expiry; another Action's coordinator cannot."""
    cohort = world["cohorts"]["A"]
    invitation = factories.CohortInvitationFactory(cohort=cohort, email=world["amina"].user.email)
    url = reverse("lms_cohort_invitation_resend", args=[cohort.pk, invitation.pk])
    client.force_login(world["coordinator_b"])
    assert client.post(url).status_code == 404
    client.force_login(world["coordinator_a"])
    before = invitation.expires_at
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    invitation.refresh_from_db()
    assert invitation.expires_at > before and len(mail.outbox) == 1
    assert log_messages(cohort) == ["Re-sent cohort invitation"]
    assert client.get(url).status_code == 405


# Item 8: revocation ------------------------------------------------------------------------------


def test_the_verification_page_shows_the_public_reason_only(client, world):
    """Revoked with both texts: the public page shows the public reason, never the internal note."""
    certificate = learning.issue_certificate(world["amina"])
    client.force_login(world["coordinator_a"])
    url = reverse("certificates:edit", args=[certificate.pk])
    assert (
        client.post(url, {"revoked_public_reason": "Issued in error.", "revoked_note": ""}).status_code == 200
    )
    response = client.post(
        url, {"revoked_public_reason": "Issued in error.", "revoked_note": "Shared account with Bob."}
    )
    assert response.status_code == 302
    client.logout()
    page = client.get(reverse("certificate_verify", args=[certificate.code])).content.decode()
    assert "Issued in error." in page and "Bob" not in page


def test_only_a_programme_manager_undoes_a_revocation_logged(client, world):
    """A coordinator may revoke but not undo; a programme manager undoes it, logged with the
    revocation's texts; the certificate verifies as valid again."""
    certificate = learning.issue_certificate(world["amina"])
    learning.revoke_certificate(certificate, by=world["coordinator_a"], note="Mistake", public_reason="Error")
    url = reverse("certificates:restore", args=[certificate.pk])
    client.force_login(world["coordinator_a"])
    assert client.get(url).status_code in (302, 403)
    with pytest.raises(exceptions.OnlyProgrammeManagers):
        learning.restore_certificate(certificate, by=world["coordinator_a"])
    client.force_login(world["manager"])
    assert "Undo revocation" in client.get(reverse("certificates:index")).content.decode()
    assert client.post(url, {"confirm": "on", "note": "Checked again"}).status_code == 302
    certificate.refresh_from_db()
    assert not certificate.is_revoked and certificate.revoked_note == ""
    entry = ModelLogEntry.objects.for_instance(certificate).get(action="lms.certificate.restore")
    assert entry.message == "Undid certificate revocation" and entry.data["revoked_note"] == "Mistake"
    with pytest.raises(exceptions.NotRevoked):
        learning.restore_certificate(certificate, by=world["manager"])


def test_existing_reasons_stay_internal(world):
    """The reason a certificate was revoked with before is its internal note (the migration renames
    the column): the public reason is empty, so the verification page shows only the date."""
    certificate = factories.CertificateFactory(revoked=True)
    assert certificate.revoked_note == "Issued by mistake." and certificate.revoked_public_reason == ""


# The audit log's words ---------------------------------------------------------------------------


IRREGULAR_PAST = {"Withdrew", "Put", "Undid", "Re-sent", "Sent", "Took", "Gave"}


def test_every_logged_change_of_ours_is_labelled_with_a_verb_in_the_past():
    """Every log action of lms is labelled as what was done ("Withdrew", "Moved to cohort",
    "Revoked certificate", "Confirmed multiplier", "Imported learners"), never as a noun."""
    ours = [(action, str(label)) for action, label in log_registry.get_choices() if action.startswith("lms.")]
    assert len(ours) >= 20
    for action, label in ours:
        verb = label.split()[0]
        assert verb.endswith("ed") or verb in IRREGULAR_PAST, (action, label)


# Item 7: feedback comments and every export in words --------------------------------------------


def answer_survey(enrolment, comment):
    enrolment.completed_at = enrolment.completed_at or enrolment.enrolled_at
    enrolment.status = Enrolment.Status.COMPLETED
    enrolment.save()
    learning.record_feedback(
        enrolment,
        ratings={"objectives_clear": 4, "relevant": 4, "real_difference": 5, "would_recommend": 4},
        comment=comment,
    )


def test_feedback_comments_are_shown_scoped_from_five_answers(client, world):
    """Comments are listed by course and month, sanitised, for the user's Actions only, and only
    where at least five people answered under the filters; the CSV has the same rows."""
    course = world["course"]
    for n in range(4):
        enrolment = learning.enrol(factories.UserFactory(), course, key="REC-A")[0]
        answer_survey(enrolment, f"<script>x</script>Useful {n}" if n else "=SUM(A1)")
    client.force_login(world["coordinator_a"])
    url = reverse("lms_reports:feedback_comments")
    assert list(client.get(url).context["object_list"]) == []  # four answers: not shown
    answer_survey(world["amina"], "Very useful")
    comments = [row.comment for row in client.get(url).context["object_list"]]
    assert len(comments) == 5 and "Very useful" in comments and not any("<script" in c for c in comments)
    table = csv_table(client.get(url, {"export": "csv"}))
    assert table[0] == ["Course or module", "Month", "Comment"]
    assert "'=SUM(A1)" in [row[2] for row in table[1:]]
    assert re.fullmatch(r"\d{4}-\d\d", table[1][1])
    client.force_login(world["coordinator_b"])
    assert list(client.get(url).context["object_list"]) == []
    assert FeedbackResponse.objects.count() == 5


ISO_OR_EMPTY = re.compile(r"(\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\dZ)?(/\d{4}-\d\d-\d\d)?)?")


def test_every_export_writes_iso_dates_words_and_labelled_headers(client, world):
    """Each CSV export of the admin (the enrolments listing, every report, the gradebook): headers
    are labels (no field paths), times are ISO 8601 in UTC to the second, never with microseconds,
    countries and codes are words."""
    learning.withdraw(world["omar"], by=world["manager"])
    client.force_login(world["manager"])
    urls = [
        reverse("enrolments:index") + "?export=csv",
        reverse("lms_cohort_gradebook", args=[world["cohorts"]["A"].pk]) + "?export=csv",
    ]
    urls += [reverse(view.index_url_name) + "?export=csv" for view in REPORTS.values()]
    seen_countries, dates = False, 0
    for url in urls:
        table = csv_table(client.get(url))
        header, rows = table[0], table[1:]
        # A label, not a field's name or path ("user.full_name", "enrolled_at").
        assert all(cell[:1].isupper() and not re.search(r"\w[._]\w", cell) for cell in header), (url, header)
        for row in rows:
            for name, cell in zip(header, row, strict=True):
                assert not re.search(r"\d\d:\d\d:\d\d\.\d", cell), (url, name, cell)  # microseconds
                assert not re.search(r"\d{4}-\d\d-\d\d \d\d:", cell), (url, name, cell)  # not ISO 8601
                if re.match(r"\d{4}-\d\d-\d\d", cell):
                    assert ISO_OR_EMPTY.fullmatch(cell), (url, name, cell)
                    dates += 1
                if name == "Country":
                    assert cell in ("Costa Rica", "Senegal"), (url, cell)
                    seen_countries = True
                if name == "Status":
                    assert cell in ("In progress", "Completed", "Withdrawn"), (url, cell)
    assert seen_countries and dates > 10


def test_the_enrolments_listing_export_is_in_words(client, world):
    """The enrolments listing's own export (Wagtail's list_export): labels, words, ISO dates."""
    client.force_login(world["manager"])
    table = csv_table(client.get(reverse("enrolments:index"), {"export": "csv"}))
    header = table[0]
    assert header[:3] == ["Learner", "Email", "Country"] and "Enrolled through" in header
    amina = next(row for row in table[1:] if row[0] == "Amina Record")
    assert amina[2] == "Costa Rica" and amina[header.index("Enrolled through")] == "Enrolment key"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", amina[header.index("Enrolled")])
    assert Certificate.objects.count() == 0


def test_select_all_in_listing_keeps_the_listings_filters(client, world):
    """ "Select all" in a filtered listing withdraws the rows the listing shows, not every learner."""
    amina, omar = world["amina"], world["omar"]
    client.force_login(world["manager"])
    url = reverse("wagtail_bulk_action", args=["lms", "enrolment", "withdraw"])
    assert client.post(url + "?id=all&status=active").status_code == 302
    amina.refresh_from_db()
    omar.refresh_from_db()
    assert omar.status == Enrolment.Status.WITHDRAWN and amina.status == Enrolment.Status.COMPLETED
