"""Attendees vouch for themselves (lms.cascade.checkin): each session has a short unambiguous code
and a QR code on its printable attendance sheet; anyone with the code checks in on a phone,
without an account, within the session's window, once per browser; wrong codes are rate-limited
per address; a session shows declared beside checked-in counts to its multiplier and reviewers."""

import datetime
import re

import pytest
from django.db import IntegrityError, transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from lms.cascade import checkin as checkins
from lms.cascade import views as cascade_views
from lms.cascade.models import CHECKIN_CODE_ALPHABET, new_checkin_code
from lms.core import exceptions
from lms.models import MultiplierSession, SessionCheckIn
from lms.reporting.reach import reach_of
from tests import factories

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def days_ago(n):
    return TODAY() - datetime.timedelta(days=n)


@pytest.fixture
def session():
    """A session given today by a confirmed multiplier of an Action, waiting for review (5 declared)."""
    action = factories.ActionFactory(name="Gran Chaco")
    cohort = factories.CohortFactory(action=action)
    multiplier = factories.MultiplierFactory(
        confirmed=True, invitation=True, enrolment=factories.EnrolmentFactory(cohort=cohort, completed=True)
    )
    return factories.MultiplierSessionFactory(multiplier=multiplier, date=TODAY())


def checkin_address(session, language="fr"):
    with translation.override(language):
        return reverse("checkin_code", args=[session.checkin_code])


def post_checkin(client, session, language="fr", **fields):
    with translation.override(language):
        url = reverse("checkin")
    return client.post(url, {"code": session.checkin_code_display, **fields})


def test_codes_are_short_unambiguous_and_unique():
    """Eight characters from an alphabet without I, L, O, 0 or 1; every session gets its own, and
    the database refuses a duplicate; typed codes are read in any case, with or without the hyphen."""
    codes = [new_checkin_code() for _ in range(500)]
    assert all(len(code) == 8 and set(code) <= set(CHECKIN_CODE_ALPHABET) for code in codes)
    assert not set("ILO01lo") & set(CHECKIN_CODE_ALPHABET)
    sessions = factories.MultiplierSessionFactory.create_batch(5)
    assert len({s.checkin_code for s in sessions}) == 5
    first = sessions[0]
    assert checkins.session_for_code(first.checkin_code_display.lower()) == first
    assert checkins.session_for_code(f" {first.checkin_code[:4]} {first.checkin_code[4:]} ") == first
    assert checkins.normalise_code("ABCD-EFG0") is None  # 0 is not in the alphabet
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.MultiplierSessionFactory(checkin_code=first.checkin_code)


def test_an_attendee_checks_in_without_an_account(client, session):
    """An anonymous visitor opens the code's page, checks in with an institution and a gender, and
    is told so; the check-in keeps nothing else about them, and the audit log has the step."""
    page = client.get(checkin_address(session))
    assert page.status_code == 200
    assert session.institution in page.content.decode()
    response = post_checkin(client, session, institution="Ministerio del Interior", gender="female")
    assert response.status_code == 302
    assert response["Location"] == checkin_address(session)
    assert client.get(response["Location"]).context["already"] is True
    (checkin,) = SessionCheckIn.objects.filter(session=session)
    assert (checkin.institution, checkin.gender) == ("Ministerio del Interior", "female")
    assert len(checkin.browser_token_hash) == 64
    assert ModelLogEntry.objects.filter(action="lms.session.checkin", object_id=str(session.pk)).count() == 1


def test_institution_and_gender_are_optional(client, session):
    """The code alone is enough."""
    assert post_checkin(client, session).status_code == 302
    assert SessionCheckIn.objects.get(session=session).gender == ""


@pytest.mark.parametrize(
    ("date", "error"),
    [
        (days_ago(3), exceptions.CheckInClosed),
        (TODAY() + datetime.timedelta(days=1), exceptions.CheckInNotOpenYet),
    ],
)
def test_check_in_is_refused_outside_the_window(client, session, date, error):
    """From the session's date to RELAIS_CHECKIN_WINDOW_DAYS (2) days after it, no earlier, no later;
    the page says so plainly and offers no form."""
    MultiplierSession.objects.filter(pk=session.pk).update(date=date)
    session.refresh_from_db()
    with pytest.raises(error):
        checkins.check_in(session, browser_token="t")
    page = client.get(checkin_address(session, "en")).content.decode()
    assert "Check-in for this session" in page
    assert 'name="institution"' not in page
    assert post_checkin(client, session, "en").status_code == 409
    assert not SessionCheckIn.objects.exists()


def test_the_window_is_a_setting(session):
    """Two days after the session is the last day by default; the setting moves it."""
    MultiplierSession.objects.filter(pk=session.pk).update(date=days_ago(2))
    session.refresh_from_db()
    checkins.check_in(session, browser_token="first")
    with override_settings(RELAIS_CHECKIN_WINDOW_DAYS=1), pytest.raises(exceptions.CheckInClosed):
        checkins.check_in(session, browser_token="second")


@pytest.mark.parametrize("status", [MultiplierSession.Status.REJECTED, MultiplierSession.Status.WITHDRAWN])
def test_rejected_and_withdrawn_sessions_take_no_check_ins(client, session, status):
    """Nothing is left to vouch for: the verb refuses, and so does the page."""
    MultiplierSession.objects.filter(pk=session.pk).update(status=status, status_reason="Not held.")
    session.refresh_from_db()
    with pytest.raises(exceptions.SessionTakesNoCheckIns):
        checkins.check_in(session, browser_token="t")
    assert post_checkin(client, session, "en").status_code == 409
    assert not SessionCheckIn.objects.exists()


def test_a_browser_checks_in_once_and_the_server_deduplicates(client, session):
    """A second check-in from the same browser (its signed cookie) is refused politely; the
    server refuses the same token even without the cookie's help, and another browser counts."""
    assert post_checkin(client, session, "en").status_code == 302
    again = post_checkin(client, session, "en")
    assert again.status_code == 409
    assert "already checked in" in again.content.decode()
    token = client.cookies[cascade_views.CHECKIN_COOKIE].value
    assert token.count(":") == 2  # signed (value:timestamp:signature), not the bare token
    assert Client().post(reverse("checkin"), {"code": session.checkin_code}).status_code == 302
    assert session.checked_in == 2
    checkins.check_in(session, browser_token="same")
    with pytest.raises(exceptions.AlreadyCheckedIn):
        checkins.check_in(session, browser_token="same")
    assert session.checked_in == 3


def test_a_forged_cookie_is_ignored(client, session):
    """A cookie without the server's signature is no token: the browser gets a fresh one."""
    client.cookies[cascade_views.CHECKIN_COOKIE] = "forged"
    assert post_checkin(client, session, "en").status_code == 302
    assert client.cookies[cascade_views.CHECKIN_COOKIE].value != "forged"


def test_the_same_browser_at_two_sessions_leaves_unlinkable_hashes(session):
    """The hash is of the session and the token: two sessions' check-ins from one browser share nothing."""
    other = factories.MultiplierSessionFactory(multiplier=session.multiplier, date=TODAY())
    first = checkins.check_in(session, browser_token="one-browser")
    second = checkins.check_in(other, browser_token="one-browser")
    assert first.browser_token_hash != second.browser_token_hash


def test_a_session_takes_at_most_its_largest_head_count(session):
    """Past RELAIS_SESSION_MAX_ATTENDEES check-ins, a session refuses more."""
    with override_settings(RELAIS_SESSION_MAX_ATTENDEES=2):
        checkins.check_in(session, browser_token="a")
        checkins.check_in(session, browser_token="b")
        with pytest.raises(exceptions.SessionFull):
            checkins.check_in(session, browser_token="c")


def test_wrong_codes_are_rate_limited_per_address(client, session):
    """Each wrong code counts against the address; past the limit even the right code waits, so
    codes cannot be found by guessing. Another address is not affected."""
    for _ in range(cascade_views.WRONG_CHECKIN_CODES):
        wrong = client.post(reverse("checkin"), {"code": "ABCD-EFGH"})
        assert wrong.status_code == 404
    assert client.get(checkin_address(session, "en")).status_code == 429
    assert post_checkin(client, session, "en").status_code == 429
    assert not SessionCheckIn.objects.exists()
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert elsewhere.post(reverse("checkin"), {"code": session.checkin_code}).status_code == 302


def test_csrf_stays_on(session):
    """A check-in posted without the form's CSRF token is refused."""
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(reverse("checkin"), {"code": session.checkin_code}).status_code == 403
    page = strict.get(checkin_address(session, "en"))
    token = page.context["csrf_token"]
    data = {"code": session.checkin_code, "csrfmiddlewaretoken": str(token)}
    assert strict.post(reverse("checkin"), data).status_code == 302
    assert SessionCheckIn.objects.count() == 1


def test_the_page_needs_no_script_fits_a_phone_and_speaks_french(client, session):
    """In French under /fr/checkin/: a plain form POST (no script), the phone viewport, no fixed
    widths that would overflow 360 px; the bare /checkin/ address leads to a language's."""
    response = client.get(checkin_address(session, "fr"))
    html = response.content.decode()
    assert checkin_address(session, "fr").startswith("/fr/checkin/")
    assert '<html lang="fr"' in html
    # No script but the site's phone menu, which the page does not need (the form works without it).
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/js/menu.js" defer>']
    assert 'name="viewport" content="width=device-width' in html
    form = re.search(r'<form method="post" action="([^"]+)" class="stack-form">', html)
    assert form and form.group(1) == "/fr/checkin/"
    assert not re.search(r'style="[^"]*width\s*:\s*\d{3,}px|\swidth="\d{3,}"', html)
    assert client.get("/checkin/").status_code == 302
    assert client.get("/checkin/").headers["Location"].endswith("/checkin/")
    assert client.get("/fr/checkin/").status_code == 200


def test_the_qr_code_encodes_the_sessions_check_in_address(client, session):
    """The printable sheet offers the session's facts, code and a QR code of exactly the check-in
    address with the code, in the sheet's language; ruled rows for names and signatures."""
    with translation.override("fr"):
        url = checkins.checkin_url(session)
    assert url == f"http://testserver/fr/checkin/{session.checkin_code}/"
    client.force_login(session.multiplier.enrolment.user)
    with translation.override("fr"):
        sheet_address = reverse("lms:session_sheet", args=[session.pk])
    sheet = client.get(sheet_address).content.decode()
    assert checkins.qr_svg(url) in sheet
    assert checkins.qr_svg(url).startswith("<svg") and 'class="qr"' in checkins.qr_svg(url)
    assert session.checkin_code_display in sheet
    assert session.multiplier.enrolment.user.full_name in sheet
    assert "Gran Chaco" in sheet
    assert sheet.count('<tr><td class="number">') >= 20


def test_only_the_multiplier_prints_the_sheet_of_a_session_that_takes_check_ins(client, session):
    """Another learner gets a 404; so does the multiplier for a withdrawn session."""
    client.force_login(factories.UserFactory())
    assert client.get(reverse("lms:session_sheet", args=[session.pk])).status_code == 404
    client.force_login(session.multiplier.enrolment.user)
    MultiplierSession.objects.filter(pk=session.pk).update(status=MultiplierSession.Status.WITHDRAWN)
    assert client.get(reverse("lms:session_sheet", args=[session.pk])).status_code == 404


def test_declared_and_checked_in_on_the_multiplier_page_and_in_the_admin(client, session):
    """5 declared, 2 checked in: the multiplier's page, the admin listing and its inspect view
    show both."""
    factories.SessionCheckInFactory.create_batch(2, session=session)
    client.force_login(session.multiplier.enrolment.user)
    page = client.get(reverse("lms:multiplier"))
    (shown,) = page.context["rows"][0]["sessions"]
    assert (shown.participants, shown.checked_in) == (5, 2)
    html = page.content.decode()
    assert "Checked in" in html and reverse("lms:session_sheet", args=[session.pk]) in html
    assert session.checkin_code_display in html

    client.force_login(factories.ProgrammeManagerFactory())
    listing = client.get(reverse("sessions:index")).content.decode()
    assert "Declared" in listing and "Checked in" in listing
    row = re.search(r"<tr[^>]*>(?:(?!</tr>).)*" + re.escape(session.institution) + r".*?</tr>", listing, re.S)
    cells = [
        re.sub(r"<[^>]+>|\s", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row.group(0), re.S)
    ]
    assert [cell for cell in cells if cell in ("5", "2")][:2] == ["5", "2"]
    inspect = client.get(reverse("sessions:inspect", args=[session.pk])).content.decode()
    assert "Checked in" in inspect and session.checkin_code in inspect


def test_reports_count_verified_attendees_on_their_own(session):
    """with_checked_in() annotates each session; Reach.offline_checked_in counts the check-ins of
    confirmed sessions only, and no existing figure moves."""
    factories.SessionCheckInFactory.create_batch(3, session=session)
    other = factories.MultiplierSessionFactory(
        confirmed=True, multiplier=session.multiplier, date=days_ago(1)
    )
    factories.SessionCheckInFactory(session=other)
    counts = dict(MultiplierSession.objects.with_checked_in().values_list("pk", "checkin_count"))
    assert counts == {session.pk: 3, other.pk: 1}
    reach = reach_of(session.multiplier.enrolment.action)
    assert reach.offline_checked_in == 1  # the pending session's check-ins wait with it
    assert reach.offline == 5 and reach.offline_awaiting_review == 5
