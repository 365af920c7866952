"""A person's calendar as an iCalendar (RFC 5545) feed: the opening and closing days of their
cohorts, and the sessions they gave as a multiplier. Written by hand (a few properties, escaped
and folded as the RFC says); the tests read it back with the `icalendar` package."""

import datetime
import hashlib

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from lms.cascade.models import MultiplierSession
from lms.core.links import site_domain_and_https, site_url
from lms.learning.models import Enrolment

from .models import CalendarFeed, new_calendar_token


def feed_for(user):
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


def calendar_url(user):
    return site_url(reverse("lms:calendar", kwargs={"token": feed_for(user).token}))


@transaction.atomic
def reset_calendar(user):
    """A new secret address; the old one stops working at once."""
    feed = feed_for(user)
    feed.token = new_calendar_token()
    feed.save(update_fields=["token"])
    return feed


def _escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line):
    """Lines of at most 75 octets, continued with a space (RFC 5545 §3.1), never splitting a
    UTF-8 character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _event(uid, day, summary, description="", location=""):
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    next_day = day + datetime.timedelta(days=1)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{next_day:%Y%m%d}",
        f"SUMMARY:{_escape(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{_escape(description)}")
    if location:
        lines.append(f"LOCATION:{_escape(location)}")
    lines.append("END:VEVENT")
    return lines


def _uid(*parts):
    host, _https = site_domain_and_https()
    return hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()[:24] + "@" + host


def calendar_of(user):
    """The text of `user`'s feed (in the active language)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Relais//Notifications//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(settings.WAGTAIL_SITE_NAME)}",
    ]
    enrolments = (
        Enrolment.objects.active()
        .filter(user=user, cohort__isnull=False)
        .select_related("cohort", "container")
        .order_by("pk")
    )
    for enrolment in enrolments:
        cohort, title = enrolment.cohort, enrolment.container.title
        values = {"course": title, "cohort": cohort.name}
        if cohort.opens_at:
            lines += _event(
                _uid("opens", cohort.pk, user.pk),
                timezone.localtime(cohort.opens_at).date(),
                gettext("%(course)s opens (%(cohort)s)") % values,
            )
        if cohort.closes_at:
            lines += _event(
                _uid("closes", cohort.pk, user.pk),
                timezone.localtime(cohort.closes_at).date(),
                gettext("%(course)s closes (%(cohort)s)") % values,
            )
    sessions = (
        MultiplierSession.objects.filter(multiplier__enrolment__user=user)
        .exclude(status=MultiplierSession.Status.WITHDRAWN)
        .order_by("date", "pk")
    )
    for session in sessions:
        lines += _event(
            _uid("session", session.pk),
            session.date,
            gettext("Session: %(institution)s") % {"institution": session.institution},
            description=f"{session.modules_covered}\n{session.get_status_display()}",
            location=session.place,
        )
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
