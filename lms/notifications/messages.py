"""The catalogue of messages: for each kind, what it says. A builder is called with the record
(SentMessage) inside translation.override(recipient's language) and returns a Content; the
generic templates (templates/lms/email/notification.{txt,html}) lay it out with the site's name,
the link back and the unsubscribe link. Everything is loaded when the message is sent, not when
it is recorded, so a retry sends what is true then."""

import datetime
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from lms.cascade.models import Multiplier, MultiplierSession
from lms.core.links import site_url
from lms.learning.models import Certificate, Enrolment
from lms.programme.models import Action

from .models import Kind


@dataclass
class Content:
    subject: str
    paragraphs: list = field(default_factory=list)
    action_label: str = ""
    action_url: str = ""


def subject_key(instance):
    """The `subject_key` of a record about `instance`."""
    return f"{type(instance).__name__.lower()}:{instance.pk}"


def _pk(message):
    return int(message.subject_key.rsplit(":", 1)[1])


def _day(value):
    return date_format(timezone.localtime(value), "DATE_FORMAT") if value else ""


def _page_url(page):
    """The page in the active language when it is translated, absolute on the configured site."""
    url = page.localized.specific.get_url() or ""
    return url if url.startswith("http") else site_url(url)


def _course_title(enrolment):
    return enrolment.container.localized.title


def enrolment_confirmed(message):
    enrolment = Enrolment.objects.select_related("container", "cohort").get(pk=_pk(message))
    title = _course_title(enrolment)
    paragraphs = [gettext("You are enrolled in “%(course)s”.") % {"course": title}]
    cohort = enrolment.cohort
    if cohort is not None and (cohort.opens_at or cohort.closes_at):
        if cohort.opens_at and cohort.closes_at:
            dates = gettext("Your group, %(cohort)s, runs from %(opens)s to %(closes)s.")
        elif cohort.opens_at:
            dates = gettext("Your group, %(cohort)s, opens on %(opens)s.")
        else:
            dates = gettext("Your group, %(cohort)s, closes on %(closes)s.")
        paragraphs.append(
            dates % {"cohort": cohort.name, "opens": _day(cohort.opens_at), "closes": _day(cohort.closes_at)}
        )
    paragraphs.append(
        gettext(
            "To start, open the course and follow its lessons in order; your progress is kept on "
            "“My learning”, so you can stop and come back at any time."
        )
    )
    return Content(
        subject=gettext("You are enrolled in “%(course)s”") % {"course": title},
        paragraphs=paragraphs,
        action_label=gettext("Open the course"),
        action_url=_page_url(enrolment.container),
    )


def certificate_issued(message):
    certificate = Certificate.objects.get(pk=_pk(message))
    return Content(
        subject=gettext("Your certificate for “%(course)s”") % {"course": certificate.course_title},
        paragraphs=[
            gettext("Congratulations: your certificate for “%(course)s” has been issued.")
            % {"course": certificate.course_title},
            gettext("Anyone can check it on its verification page, which you can share."),
        ],
        action_label=gettext("Verification page"),
        action_url=site_url(reverse("certificate_verify", kwargs={"code": certificate.code})),
    )


def nudge(message):
    enrolment = Enrolment.objects.select_related("container").get(pk=_pk(message))
    title = _course_title(enrolment)
    return Content(
        subject=gettext("Continue “%(course)s”") % {"course": title},
        paragraphs=[
            gettext("You started “%(course)s” but have not continued for a while.") % {"course": title},
            gettext("Your progress is kept: you can pick up where you left off."),
        ],
        action_label=gettext("Continue the course"),
        action_url=_page_url(enrolment.container),
    )


def cohort_opening(message):
    enrolment = Enrolment.objects.select_related("container", "cohort").get(pk=_pk(message))
    values = {
        "course": _course_title(enrolment),
        "cohort": enrolment.cohort.name,
        "opens": _day(enrolment.cohort.opens_at),
    }
    return Content(
        subject=gettext("“%(course)s” opens on %(opens)s") % values,
        paragraphs=[gettext("Your group, %(cohort)s, opens on %(opens)s.") % values],
        action_label=gettext("Open the course"),
        action_url=_page_url(enrolment.container),
    )


def cohort_closing(message):
    enrolment = Enrolment.objects.select_related("container", "cohort").get(pk=_pk(message))
    values = {
        "course": _course_title(enrolment),
        "cohort": enrolment.cohort.name,
        "closes": _day(enrolment.cohort.closes_at),
    }
    return Content(
        subject=gettext("“%(course)s” closes on %(closes)s") % values,
        paragraphs=[
            gettext("Your group, %(cohort)s, closes on %(closes)s.") % values,
            gettext("Finish the remaining steps before then to complete the course."),
        ],
        action_label=gettext("Continue the course"),
        action_url=_page_url(enrolment.container),
    )


def _multiplier(message):
    return Multiplier.objects.select_related("enrolment__container").get(pk=_pk(message))


def multiplier_confirmed(message):
    multiplier = _multiplier(message)
    return Content(
        subject=gettext("You are confirmed as a multiplier"),
        paragraphs=[
            gettext(
                "Your coordinator confirmed you as a multiplier of “%(course)s”: your invitation "
                "link works and you can record the sessions you give."
            )
            % {"course": _course_title(multiplier.enrolment)},
        ],
        action_label=gettext("Your multiplier page"),
        action_url=site_url(reverse("lms:multiplier")),
    )


def multiplier_revoked(message):
    multiplier = _multiplier(message)
    return Content(
        subject=gettext("Your multiplier certification was withdrawn"),
        paragraphs=[
            gettext(
                "Your certification as a multiplier of “%(course)s” was withdrawn: your invitation "
                "link no longer works and you cannot record new sessions."
            )
            % {"course": _course_title(multiplier.enrolment)},
            gettext("Reason: %(reason)s") % {"reason": multiplier.revoke_reason},
        ],
        action_label=gettext("Your multiplier page"),
        action_url=site_url(reverse("lms:multiplier")),
    )


def session_reviewed(message):
    session = MultiplierSession.objects.get(pk=_pk(message))
    values = {"date": date_format(session.date, "DATE_FORMAT"), "place": session.place}
    if session.status == MultiplierSession.Status.CONFIRMED:
        subject = gettext("Your session of %(date)s was confirmed") % values
        paragraphs = [gettext("Your session of %(date)s in %(place)s was confirmed: it now counts.") % values]
    else:
        subject = gettext("Your session of %(date)s was not confirmed") % values
        paragraphs = [
            gettext("Your session of %(date)s in %(place)s was not confirmed (%(status)s).")
            % {**values, "status": session.get_status_display()},
            gettext("Reason: %(reason)s") % {"reason": session.status_reason},
        ]
    return Content(
        subject=subject,
        paragraphs=paragraphs,
        action_label=gettext("Your multiplier page"),
        action_url=site_url(reverse("lms:multiplier")),
    )


def colleague_joined(message):
    enrolment = Enrolment.objects.select_related("user", "container").get(pk=_pk(message))
    values = {"name": enrolment.user.full_name, "course": _course_title(enrolment)}
    return Content(
        subject=gettext("%(name)s joined through your link") % values,
        paragraphs=[gettext("%(name)s enrolled in “%(course)s” through your invitation link.") % values],
        action_label=gettext("Your multiplier page"),
        action_url=site_url(reverse("lms:multiplier")),
    )


def coordinator_digest(message):
    """Figures of one Action for the week before the sweep that recorded it (counted now)."""
    action = Action.objects.get(pk=_pk(message))
    since = message.created_at - datetime.timedelta(days=7)
    enrolments = Enrolment.objects.filter(action=action)
    values = {
        "action": action.name,
        "enrolled": enrolments.filter(enrolled_at__gte=since).count(),
        "completed": enrolments.filter(completed_at__gte=since).count(),
        "sessions": MultiplierSession.objects.filter(
            multiplier__enrolment__action=action, status__in=MultiplierSession.PENDING
        ).count(),
        "multipliers": Multiplier.objects.filter(
            enrolment__action=action, confirmed_at__isnull=True, revoked_at__isnull=True
        ).count(),
    }
    return Content(
        subject=gettext("This week in %(action)s") % values,
        paragraphs=[
            gettext("New enrolments: %(enrolled)s") % values,
            gettext("Completions: %(completed)s") % values,
            gettext("Sessions waiting for review: %(sessions)s") % values,
            gettext("Multipliers waiting for confirmation: %(multipliers)s") % values,
        ],
        action_label=gettext("Open the admin"),
        action_url=site_url(reverse("wagtailadmin_home")),
    )


BUILDERS = {
    Kind.ENROLMENT_CONFIRMED: enrolment_confirmed,
    Kind.CERTIFICATE_ISSUED: certificate_issued,
    Kind.NUDGE: nudge,
    Kind.COHORT_OPENING: cohort_opening,
    Kind.COHORT_CLOSING: cohort_closing,
    Kind.MULTIPLIER_CONFIRMED: multiplier_confirmed,
    Kind.MULTIPLIER_REVOKED: multiplier_revoked,
    Kind.SESSION_REVIEWED: session_reviewed,
    Kind.COLLEAGUE_JOINED: colleague_joined,
    Kind.COORDINATOR_DIGEST: coordinator_digest,
}


def content_of(message):
    return BUILDERS[message.kind](message)
