"""Reporting periods: once a programme manager closes one, the figures reported for it stay what
they were. A claim dated in a closed period can no longer be confirmed, corrected or withdrawn,
unless the person acting holds an exception that names who granted it, why, and until when.

Here, below every domain, because the verbs that must ask (lms.cascade's claims) sit in different
layers; who may close a period or grant an exception is the admin's question (programme managers
only, by model permission)."""

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import exceptions
from .audit import log_change
from .constraints import CheckConstraint
from .sanitize import clean_text


class ReportingPeriod(models.Model):
    name = models.CharField(_("name"), max_length=100, help_text=_("For example “2024, first half”."))
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("reporting period")
        ordering = ["-starts_on"]
        constraints = [
            CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="period_ends_after_it_starts",
                violation_error_message=_("The last day cannot be before the first day."),
                field="ends_on",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def is_closed(self):
        return self.closed_at is not None


class PeriodException(models.Model):
    """Leave for one person to change claims dated in a closed period, for a while, for a reason."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="exceptions")
    granted_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("granted to"),
        limit_choices_to={"is_staff": True},
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    reason = models.TextField(_("reason"))
    until = models.DateTimeField(_("until"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reporting period exception")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.period} – {self.granted_to}"


def closed_period_of(day):
    """The closed reporting period that `day` falls in, if any."""
    return ReportingPeriod.objects.filter(
        closed_at__isnull=False, starts_on__lte=day, ends_on__gte=day
    ).first()


def require_open(day, *, by):
    """Refuse a change to a claim dated `day` in a closed period, unless `by` holds a current
    exception for it. Returns the exception used (to name it in the change's audit entry)."""
    period = closed_period_of(day)
    if period is None:
        return None
    if by is not None:
        granted = period.exceptions.filter(granted_to=by, until__gt=timezone.now()).first()
        if granted is not None:
            return granted
    raise exceptions.PeriodClosed(period=period.name)


def require_open_from(day, *, by):
    """Refuse a change that rewrites figures from `day` on (a cohort moved to another Action)
    when a closed period ends on or after that day, unless `by` holds a current exception for
    each such period."""
    closed = ReportingPeriod.objects.filter(closed_at__isnull=False, ends_on__gte=day)
    if by is not None:
        closed = closed.exclude(exceptions__granted_to=by, exceptions__until__gt=timezone.now())
    locked = closed.first()
    if locked is not None:
        raise exceptions.PeriodClosed(period=locked.name)


@transaction.atomic
def close_period(period, *, by):
    """Close a reporting period: from now on its claims are locked."""
    if period.closed_at is None:
        period.closed_at, period.closed_by = timezone.now(), by
        period.save(update_fields=["closed_at", "closed_by"])
        log_change(
            period,
            "lms.period.close",
            action=None,
            user=by,
            starts_on=str(period.starts_on),
            ends_on=str(period.ends_on),
        )
    return period


@transaction.atomic
def grant_exception(period, *, to, by, reason, until):
    """Let `to` change the closed period's claims until `until`, for `reason` (both required)."""
    reason = clean_text(reason, max_length=1000)
    if not reason:
        raise exceptions.ExceptionNeedsReason()
    if until <= timezone.now():
        raise exceptions.ExceptionInThePast()
    granted = PeriodException.objects.create(
        period=period, granted_to=to, granted_by=by, reason=reason, until=until
    )
    log_change(
        period,
        "lms.period.exception",
        action=None,
        user=by,
        granted_to=to.pk,
        reason=reason,
        until=until.isoformat(),
    )
    return granted
