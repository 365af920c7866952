"""Attendees vouch for themselves: each offline session has a check-in code, printed with a QR code
on its attendance sheet, and an attendee checks in with it on their phone, without an account,
from the session's date to a few days after it (settings.RELAIS_CHECKIN_WINDOW_DAYS). A session
then shows its *declared* head count beside its *checked-in* count.

One browser checks in once per session: it keeps a random token (in a signed cookie, set by the
view) and the server keeps a hash of the session and that token with the check-in, under a unique
constraint. That stops a double tap or an honest second try, not someone who clears their cookies:
the checked-in count is evidence beside the claim, not a figure of reach (that stays the confirmed
head count)."""

import datetime
import hashlib
import re
import secrets

import segno
from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from lms.accounts.models import Gender
from lms.core import exceptions
from lms.core.audit import log_change
from lms.core.links import site_url
from lms.core.sanitize import clean_text

from .models import CHECKIN_CODE_ALPHABET, CHECKIN_CODE_LENGTH, MultiplierSession, SessionCheckIn

INSTITUTION_MAX_LENGTH = 120
_TYPED_CODE = re.compile(rf"^[{CHECKIN_CODE_ALPHABET}]{{{CHECKIN_CODE_LENGTH}}}$")


def normalise_code(typed):
    """The code as stored, from what an attendee typed (any case, spaces or a hyphen between the
    groups); None when it cannot be a code at all."""
    code = re.sub(r"[\s\-]", "", typed or "").upper()
    return code if _TYPED_CODE.match(code) else None


def session_for_code(typed):
    """The session with this check-in code, or None."""
    code = normalise_code(typed)
    if code is None:
        return None
    return (
        MultiplierSession.objects.select_related(
            "multiplier__enrolment__action", "multiplier__enrolment__container"
        )
        .filter(checkin_code=code)
        .first()
    )


def checkin_window(session):
    """The first and the last day (local dates, both included) on which attendees may check in."""
    return session.date, session.date + datetime.timedelta(days=settings.RELAIS_CHECKIN_WINDOW_DAYS)


def check_open(session, *, today=None):
    """Raise the error that says why this session takes no check-in today, if any."""
    if not session.takes_checkins:
        raise exceptions.SessionTakesNoCheckIns()
    today = today or timezone.localdate()
    first, last = checkin_window(session)
    if today < first:
        raise exceptions.CheckInNotOpenYet(date=date_format(first))
    if today > last:
        raise exceptions.CheckInClosed(date=date_format(last))


def new_browser_token():
    return secrets.token_urlsafe(32)


def browser_token_hash(session, browser_token):
    """What the server keeps of a browser's token for one session: with the session in it, the
    check-ins of one browser at two sessions do not share a hash."""
    return hashlib.sha256(f"{session.pk}:{browser_token}".encode()).hexdigest()


def has_checked_in(session, browser_token):
    return (
        browser_token is not None
        and session.checkins.filter(browser_token_hash=browser_token_hash(session, browser_token)).exists()
    )


@transaction.atomic
def check_in(session, *, browser_token, institution="", gender=""):
    """An attendee checks in to `session` from the browser holding `browser_token`, optionally
    with their institution and gender (nothing else about them is kept). Refused for a rejected or
    withdrawn session, outside the check-in window, past the most attendees a session may have,
    or a second time from the same browser."""
    session = MultiplierSession.objects.select_for_update().get(pk=session.pk)
    check_open(session)
    limit = settings.RELAIS_SESSION_MAX_ATTENDEES
    if session.checkins.count() >= limit:
        raise exceptions.SessionFull(limit=limit)
    token_hash = browser_token_hash(session, browser_token)
    if session.checkins.filter(browser_token_hash=token_hash).exists():
        raise exceptions.AlreadyCheckedIn()
    try:
        with transaction.atomic():
            checkin = SessionCheckIn.objects.create(
                session=session,
                institution=clean_text(institution, max_length=INSTITUTION_MAX_LENGTH),
                gender=gender if gender in Gender.values else "",
                browser_token_hash=token_hash,
            )
    except IntegrityError:  # the same browser, twice at once
        raise exceptions.AlreadyCheckedIn() from None
    log_change(
        session, "lms.session.checkin", action=session.multiplier.enrolment.action_id, checkin=checkin.pk
    )
    return checkin


def checkin_url(session):
    """The public check-in page of the session, with its code, in the current language, on the
    configured site (never the request's Host): what the QR code on the attendance sheet encodes."""
    return site_url(reverse("checkin_code", args=[session.checkin_code]))


def qr_svg(url):
    """An inline SVG QR code of `url`, sized by CSS. Always a full QR code (never a Micro QR,
    which many phone cameras do not read), with error correction for a creased sheet."""
    return segno.make_qr(url, error="q").svg_inline(omitsize=True, svgclass="qr", border=4)
