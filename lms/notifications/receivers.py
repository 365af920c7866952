"""The verbs' signals, turned into messages (wired in LmsConfig.ready()). Each notify() runs in
the verb's transaction; the email leaves after the commit (lms.notifications.services)."""

from lms.cascade.models import Multiplier, MultiplierSession
from lms.cascade.signals import multiplier_confirmed, multiplier_revoked, session_reviewed
from lms.learning.models import Certificate, Enrolment
from lms.learning.signals import certificate_issued, enrolled

from .models import Kind
from .services import notify


def on_enrolled(sender, enrolment, **kwargs):
    notify(enrolment.user, Kind.ENROLMENT_CONFIRMED, enrolment)
    if enrolment.trained_by_id is not None:
        notify(enrolment.trained_by.user, Kind.COLLEAGUE_JOINED, enrolment)


def on_certificate_issued(sender, certificate, **kwargs):
    notify(certificate.enrolment.user, Kind.CERTIFICATE_ISSUED, certificate)


def on_multiplier_confirmed(sender, multiplier, **kwargs):
    # Once per confirmation: a multiplier reinstated after a revocation hears it again.
    notify(
        multiplier.enrolment.user,
        Kind.MULTIPLIER_CONFIRMED,
        multiplier,
        period=multiplier.confirmed_at.isoformat(timespec="seconds"),
    )


def on_multiplier_revoked(sender, multiplier, **kwargs):
    notify(
        multiplier.enrolment.user,
        Kind.MULTIPLIER_REVOKED,
        multiplier,
        period=multiplier.revoked_at.isoformat(timespec="seconds"),
    )


def on_session_reviewed(sender, session, **kwargs):
    # One message per decision (on hold, then confirmed, are two).
    notify(session.multiplier.enrolment.user, Kind.SESSION_REVIEWED, session, period=session.status)


def connect():
    enrolled.connect(on_enrolled, sender=Enrolment, dispatch_uid="lms-notify-enrolled")
    certificate_issued.connect(
        on_certificate_issued, sender=Certificate, dispatch_uid="lms-notify-certificate"
    )
    multiplier_confirmed.connect(
        on_multiplier_confirmed, sender=Multiplier, dispatch_uid="lms-notify-multiplier-confirmed"
    )
    multiplier_revoked.connect(
        on_multiplier_revoked, sender=Multiplier, dispatch_uid="lms-notify-multiplier-revoked"
    )
    session_reviewed.connect(on_session_reviewed, sender=MultiplierSession, dispatch_uid="lms-notify-session")
