"""Bulk enrolment from CSV: the file checks, the dry run, the all-or-nothing import (which invites
every listed address and enrols nobody), the invitation emails, and the admin view that only the
cohort's coordinators reach. That an invitation reveals nothing about an existing account is pinned
in test_sec_bulk_enrolment_invites_existing_accounts.py."""

import re
from datetime import date

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lms.learning import services as learning
from lms.models import Action, CohortInvitation, Enrolment, User
from lms.programme import bulk
from lms.programme.bulk import BulkImportError, import_enrolments, parse_enrolment_csv, plan_enrolment
from tests import factories

pytestmark = pytest.mark.django_db

GOOD_CSV = (
    "\ufeffEmail ; Full Name;Institution;Country;Gender;Language\r\n"
    "Ana.Perez@Example.org;Ana Pérez;DGME;Costa Rica;Female;es\r\n"
    "ben.okafor@example.org;Ben <b>Okafor</b>;Ministry of Health;cr;male;\r\n"
    ";;;;;\r\n"
    "chloe.martin@example.org;Chloé Martin;;FR;prefer not to say;fr\r\n"
).encode()


def make_action(name, slug):
    return Action.objects.create(
        name=name,
        slug=slug,
        countries=["CR"],
        region="lac",
        thematic_area="HO",
        phase="mieux-plus",
        status="ongoing",
        start_month=date(2024, 1, 1),
        summary="Migration and health, with the migration authority and the Ministry of Health.",
    )


def make_coordinator(action, email):
    group, _created = Group.objects.get_or_create(name="Bulk enrolment test: admin access")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user = factories.UserFactory(email=email, is_staff=True)
    user.groups.add(group)
    action.coordinators.add(user)
    return user


@pytest.fixture
def action(db):
    return make_action("Costa Rica IV (test)", "costa-rica-iv-test")


@pytest.fixture
def cohort(make_course, make_cohort, action):
    course, _lessons, _assessment = make_course(mode="key")
    return make_cohort(course, name="DGME trainers", action=action, language="en")


@pytest.fixture
def coordinator(action):
    return make_coordinator(action, "coordinator@example.org")


def counts():
    return User.objects.count(), Enrolment.objects.count()


def import_file(cohort, content, by):
    return import_enrolments(cohort, parse_enrolment_csv(content), by=by)


def test_good_file_dry_run_then_import(cohort, coordinator, django_capture_on_commit_callbacks):
    """A file saved as Excel "CSV UTF-8" with semicolons and loose headers is read; the dry run
    writes nothing; the import creates the missing accounts (clean text, lower-cased email, no
    usable password), enrols nobody, and emails each address an invitation to the cohort."""
    rows = parse_enrolment_csv(GOOD_CSV)
    assert [row["line"] for row in rows] == [2, 3, 5]
    before = counts()
    plan = plan_enrolment(cohort, rows)
    assert [(p.line, p.email, p.outcome) for p in plan] == [
        (2, "ana.perez@example.org", "invited"),
        (3, "ben.okafor@example.org", "invited"),
        (5, "chloe.martin@example.org", "invited"),
    ]
    assert counts() == before

    with django_capture_on_commit_callbacks(execute=True):
        result = import_enrolments(cohort, rows, by=coordinator)

    assert (result.invited, result.already_invited, result.already_enrolled) == (3, 0, 0)
    assert counts() == (before[0] + 3, before[1])
    ben = User.objects.get(email="ben.okafor@example.org")
    assert ben.full_name == "Ben Okafor"
    assert (ben.institution, ben.country.code, ben.gender, ben.preferred_language) == (
        "Ministry of Health",
        "CR",
        "male",
        "en",  # blank: the cohort's language
    )
    assert not ben.has_usable_password()
    chloe = User.objects.get(email="chloe.martin@example.org")
    assert (chloe.gender, chloe.preferred_language, chloe.country.code) == ("undisclosed", "fr", "FR")
    assert sorted(CohortInvitation.objects.filter(cohort=cohort).values_list("email", flat=True)) == [
        "ana.perez@example.org",
        "ben.okafor@example.org",
        "chloe.martin@example.org",
    ]

    assert sorted(message.to[0] for message in mail.outbox) == [
        "ana.perez@example.org",
        "ben.okafor@example.org",
        "chloe.martin@example.org",
    ]
    assert all(cohort.container.title in message.subject for message in mail.outbox)


def test_invitation_link_leads_to_the_set_password_form(
    cohort, coordinator, client, django_capture_on_commit_callbacks
):
    """For an address that had no account, the email's first link is absolute and opens the form
    where the person chooses a password; once chosen, they sign in, follow the second link and
    accept: they are enrolled in the cohort, for its Action, as a bulk enrolment."""
    with django_capture_on_commit_callbacks(execute=True):
        import_file(cohort, GOOD_CSV, coordinator)
    message = next(m for m in mail.outbox if m.to == ["ben.okafor@example.org"])
    link = re.search(r"http://testserver(/\S+)", message.body)
    assert link, message.body
    response = client.get(link.group(1))
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 200
    assert 'name="new_password1"' in response.content.decode()
    response = client.post(
        response.request["PATH_INFO"],
        {"new_password1": "a sound pass phrase 42", "new_password2": "a sound pass phrase 42"},
    )
    assert response.status_code == 302
    ben = User.objects.get(email="ben.okafor@example.org")
    assert ben.check_password("a sound pass phrase 42")

    accept = re.findall(r"http://testserver(/\S+)", message.body)[1]
    assert "/invitations/" in accept
    client.force_login(ben)
    response = client.post(accept, {"answer": "accept"})
    assert response.status_code == 302
    enrolment = Enrolment.objects.get(user=ben)
    assert (enrolment.cohort, enrolment.action, enrolment.source, enrolment.generation) == (
        cohort,
        cohort.action,
        Enrolment.Source.BULK,
        1,
    )
    assert (enrolment.course_key, enrolment.container_id) == (
        cohort.container.translation_key,
        cohort.container_id,
    )


def test_existing_account_is_invited_without_touching_its_profile(
    cohort, coordinator, django_capture_on_commit_callbacks
):
    """Someone who already has an account is invited like everyone else (formerly: enrolled at
    once): their profile is kept, they are not enrolled, and the email asks for no new password.
    Accepting enrols them in the cohort."""
    existing = factories.UserFactory(email="ana.perez@example.org", full_name="Ana P.", institution="")
    rows = parse_enrolment_csv(GOOD_CSV)
    assert plan_enrolment(cohort, rows)[0].outcome == "invited"
    with django_capture_on_commit_callbacks(execute=True):
        result = import_file(cohort, GOOD_CSV, coordinator)
    assert (result.invited, result.already_invited, result.already_enrolled) == (3, 0, 0)
    existing.refresh_from_db()
    assert (existing.full_name, existing.institution) == ("Ana P.", "")
    assert not Enrolment.objects.filter(user=existing).exists()
    message = next(m for m in mail.outbox if m.to == ["ana.perez@example.org"])
    assert "password" not in message.body
    learning.accept_invitation(CohortInvitation.objects.get(email="ana.perez@example.org"), existing)
    assert Enrolment.objects.get(user=existing).cohort == cohort


def test_reimporting_the_same_file_changes_nothing(cohort, coordinator, django_capture_on_commit_callbacks):
    """The second import of a file finds everyone "already invited": no account, invitation or
    email is duplicated; once someone accepted, they are "already in this cohort"."""
    with django_capture_on_commit_callbacks(execute=True):
        import_file(cohort, GOOD_CSV, coordinator)
    before, sent = counts(), len(mail.outbox)
    plan = plan_enrolment(cohort, parse_enrolment_csv(GOOD_CSV))
    assert {row.outcome for row in plan} == {"already invited"}
    with django_capture_on_commit_callbacks(execute=True):
        result = import_file(cohort, GOOD_CSV, coordinator)
    assert (result.invited, result.already_invited, result.already_enrolled) == (0, 3, 0)
    assert counts() == before
    assert CohortInvitation.objects.count() == 3
    assert len(mail.outbox) == sent
    ben = User.objects.get(email="ben.okafor@example.org")
    learning.accept_invitation(CohortInvitation.objects.get(email=ben.email), ben)
    plan = plan_enrolment(cohort, parse_enrolment_csv(GOOD_CSV))
    assert [row.outcome for row in plan] == ["already invited", "already enrolled", "already invited"]


def assert_refused(cohort, coordinator, content, message):
    before = counts()
    with pytest.raises(BulkImportError) as error:
        import_file(cohort, content, coordinator)
    assert message in str(error.value.message)
    assert counts() == before
    assert mail.outbox == []
    return error.value


def test_file_not_in_utf8_is_refused(cohort, coordinator):
    """A file saved in a legacy encoding is refused with a hint to save it as "CSV UTF-8"."""
    content = "email,full_name\nzoe@example.org,Zoé Müller\n".encode("latin-1")
    error = assert_refused(cohort, coordinator, content, "not encoded in UTF-8")
    assert "CSV UTF-8" in error.message


def test_file_without_a_required_column_is_refused(cohort, coordinator):
    """A file without the full name column says which column is missing."""
    assert_refused(cohort, coordinator, b"email;institution\nzoe@example.org;DGME\n", "no column full_name")


def test_file_without_any_required_column_names_both(cohort, coordinator):
    """Both missing columns are named."""
    assert_refused(cohort, coordinator, b"name,mail\nZoe,zoe@example.org\n", "no columns email, full_name")


def test_duplicate_emails_flag_both_lines_and_import_nothing(cohort, coordinator):
    """The same address twice (in any case) flags both lines; the import refuses the whole file."""
    content = b"email,full_name\nzoe@example.org,Zoe\nother@example.org,Other\nZOE@example.org,Zoe again\n"
    plan = plan_enrolment(cohort, parse_enrolment_csv(content))
    assert [(row.line, row.outcome) for row in plan] == [(2, "error"), (3, "invited"), (4, "error")]
    assert "lines 2, 4" in plan[0].reason
    assert_refused(cohort, coordinator, content, "2 rows have errors")


def test_invalid_country_is_an_error(cohort, coordinator):
    """A country that is neither an ISO code nor an English country name is refused."""
    content = b"email,full_name,country\nzoe@example.org,Zoe,Atlantis\nyan@example.org,Yan,Costa Rica\n"
    plan = plan_enrolment(cohort, parse_enrolment_csv(content))
    assert [row.outcome for row in plan] == ["error", "invited"]
    assert "Atlantis" in plan[0].reason
    assert_refused(cohort, coordinator, content, "1 row has an error")


def test_invalid_email_name_gender_and_language_are_errors(cohort):
    """Each row error has its reason: bad email, missing name, unknown gender, unknown language."""
    content = (
        b"email,full_name,gender,language\n"
        b"not-an-email,Zoe,,\n"
        b"yan@example.org,,,\n"
        b"xu@example.org,Xu,robot,\n"
        b"wim@example.org,Wim,,nl\n"
    )
    plan = plan_enrolment(cohort, parse_enrolment_csv(content))
    assert [row.outcome for row in plan] == ["error"] * 4
    assert "Invalid email" in plan[0].reason
    assert "full name is missing" in plan[1].reason
    assert "robot" in plan[2].reason
    assert "nl" in plan[3].reason


def test_more_than_5000_rows_is_refused(cohort, coordinator):
    """5,001 rows is over the limit, and the message says the limit."""
    content = ("email,full_name\n" + "".join(f"p{n}@example.org,P {n}\n" for n in range(5001))).encode()
    assert_refused(cohort, coordinator, content, "more than 5,000 rows")


def test_5000_rows_is_within_the_limit():
    """The limit itself is allowed."""
    content = ("email,full_name\n" + "".join(f"p{n}@example.org,P {n}\n" for n in range(5000))).encode()
    assert len(parse_enrolment_csv(content)) == 5000


def test_empty_file_is_refused(cohort, coordinator):
    """An empty file (or one with only blank lines) says it is empty."""
    assert_refused(cohort, coordinator, b"", "The file is empty")
    assert_refused(cohort, coordinator, b"\xef\xbb\xbf\r\n  \r\n", "The file is empty")


def test_header_only_is_refused(cohort, coordinator):
    """A header line with no people below it is refused."""
    assert_refused(cohort, coordinator, b"email,full_name\r\n,\r\n", "no rows of people")


def test_file_over_2_mb_is_refused(cohort, coordinator):
    """A file over 2 MB is refused before it is read, and the message says the limit."""
    content = b"email,full_name\n" + b"a" * bulk.MAX_BYTES
    assert_refused(cohort, coordinator, content, "larger than 2 MB")


def test_text_is_sanitised(cohort):
    """Markup hidden in a cell (even behind entities) does not reach the account."""
    content = b"email,full_name,institution\nzoe@example.org,Zo&lt;script&gt;e,<i>DGME</i>\n"
    rows = parse_enrolment_csv(content)
    assert (rows[0]["full_name"], rows[0]["institution"]) == ("Zoe", "DGME")


def test_capacity_is_respected(make_course, make_cohort, action, coordinator):
    """A file that would overfill the cohort is refused whole."""
    course, _lessons, _assessment = make_course(mode="key")
    small = make_cohort(course, name="Small group", action=action, capacity=2)
    assert_refused(small, coordinator, GOOD_CSV, "room for 2 more learners")


# The admin view


def bulk_url(cohort):
    return reverse("lms_cohort_bulk_enrol", args=[cohort.pk])


def upload(client, cohort, content, name="learners.csv"):
    return client.post(bulk_url(cohort), {"file": SimpleUploadedFile(name, content, content_type="text/csv")})


def test_coordinator_uploads_checks_and_imports(
    client, cohort, coordinator, django_capture_on_commit_callbacks
):
    """The coordinator of the cohort's Action sees the upload form, the dry run row by row with
    its totals, then imports: accounts are created, invitations sent (nobody enrolled yet), and
    they come back to the page, which lists the invitations by address and state."""
    client.force_login(coordinator)
    response = client.get(bulk_url(cohort))
    assert response.status_code == 200
    assert 'accept=".csv' in response.content.decode()

    before = counts()
    response = upload(client, cohort, GOOD_CSV)
    assert response.status_code == 200
    html = response.content.decode()
    assert "ben.okafor@example.org" in html
    assert "Will be invited" in html
    assert ("Will be invited", 3) in response.context["totals"]
    assert counts() == before

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(bulk_url(cohort), {"import": "1", "digest": response.context["digest"]})
    assert response.status_code == 302
    assert response["Location"] == bulk_url(cohort)
    assert counts() == (before[0] + 3, before[1])
    assert CohortInvitation.objects.filter(cohort=cohort, invited_by=coordinator).count() == 3
    assert len(mail.outbox) == 3
    assert f"lms:bulk-enrol:{cohort.pk}" not in client.session
    html = client.get(bulk_url(cohort)).content.decode()
    assert "ben.okafor@example.org" in html
    assert "Waiting for an answer" in html


def test_coordinator_sees_a_bad_file_refused(client, cohort, coordinator):
    """A bad file shows its error in the admin, offers no import, and changes nothing."""
    client.force_login(coordinator)
    before = counts()
    response = upload(client, cohort, b"email;institution\nzoe@example.org;DGME\n")
    assert response.status_code == 200
    assert "no column full_name" in response.content.decode()
    assert 'name="import"' not in response.content.decode()
    response = upload(client, cohort, b"email,full_name\nzoe@example.org,Zoe\nZOE@example.org,Zoe\n")
    assert "2 rows have errors" in response.content.decode()
    assert 'name="import"' not in response.content.decode()
    response = client.post(bulk_url(cohort), {"import": "1", "digest": "anything"})
    assert response.status_code == 302
    assert counts() == before


def test_coordinator_of_another_action_gets_404(client, cohort):
    """A coordinator of another Action cannot reach this cohort's bulk enrolment, by GET or POST:
    the cohort is not found for them (404), and nothing changes. (Django's LocaleMiddleware turns
    an admin 404 into a redirect to the /en/ address, which is a 404 too: hence follow=True.)"""
    other = make_coordinator(
        make_action("Uganda III (test)", "uganda-iii-test"), "other.coordinator@example.org"
    )
    client.force_login(other)
    before = counts()
    url = bulk_url(cohort)
    assert client.get(url, follow=True).status_code == 404
    upload_data = {"file": SimpleUploadedFile("learners.csv", GOOD_CSV, content_type="text/csv")}
    assert client.post(url, upload_data, follow=True).status_code == 404
    assert client.post(url, {"import": "1", "digest": "x"}, follow=True).status_code == 404
    assert f"lms:bulk-enrol:{cohort.pk}" not in client.session
    assert counts() == before


def test_anonymous_and_learners_are_kept_out(client, cohort, learner):
    """Without admin access, the view is not reached: anonymous people and learners are sent to
    log in, and nothing changes."""
    before = counts()
    response = upload(client, cohort, GOOD_CSV)
    assert response.status_code == 302
    client.force_login(learner)
    response = upload(client, cohort, GOOD_CSV)
    assert response.status_code in (302, 403)
    assert counts() == before


def test_cohort_list_links_to_bulk_enrolment(admin_client, cohort):
    """The cohort list offers "Bulk enrol" for each cohort the user coordinates."""
    response = admin_client.get(reverse("wagtailsnippets_lms_cohort:list"))
    assert response.status_code == 200
    assert bulk_url(cohort) in response.content.decode()
