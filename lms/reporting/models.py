"""Report spreadsheets built in the background and kept for their author."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.core.storage import private_storage


def report_file_stem(report_name):
    """How a report's downloads are named (before a date and the extension): "relais-reach"."""
    return f"relais-{report_name}"


def export_path(instance, filename):
    return f"exports/{timezone.now():%Y/%m}/{instance.user_id}-{instance.pk}-{filename}"


class ReportExport(models.Model):
    """A spreadsheet of a report, built by a background task (a large one takes longer than a
    request should) and kept for its author only, in private storage, for a few days."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exports")
    report = models.SlugField(_("report"), max_length=40)
    query = models.TextField(blank=True)
    filters = models.CharField(_("filters"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(upload_to=export_path, storage=private_storage, blank=True)
    # Written so far while being prepared (the task records its progress), then all of them.
    rows = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    rows_expected = models.PositiveIntegerField(_("rows expected"), null=True, blank=True)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("report export")

    def __str__(self):
        return f"{self.report} ({self.get_status_display()})"

    @property
    def percent_done(self):
        """How far the building has come, from the rows written and those expected (an estimate,
        hence never 100 before it is ready); None when there is nothing to go by."""
        if self.status != self.Status.PENDING or not self.rows_expected or self.rows is None:
            return None
        return min(99, 100 * self.rows // self.rows_expected)

    @property
    def download_name(self):
        """What the file is called on its author's computer: the report and when it was asked for."""
        return f"{report_file_stem(self.report)}-{timezone.localtime(self.created_at):%Y%m%d-%H%M}.xlsx"


class ReachMeasure(models.TextChoices):
    """What a reach summary row counts (lms.reporting.summaries)."""

    ENROLMENTS = "enrolments", _("Learners of a course")  # one per counted enrolment
    PEOPLE = "people", _("People of an Action")  # one per person in each Action
    ACTIONS = "actions", _("People of any Action")  # one per person, in the programme's Actions
    PROGRAMME = "programme", _("People of the programme")  # one per person, Action or not
    OFFLINE = "offline", _("Attendees of confirmed sessions")


class ReachDimensions(models.Model):
    """The dimensions reach is filtered and grouped by. Zero and "" stand for "none", not NULL,
    so that a unique constraint over them holds on every database."""

    day = models.DateField()
    measure = models.CharField(max_length=12, choices=ReachMeasure.choices)
    action_id = models.PositiveIntegerField(default=0)
    course_key = models.CharField(max_length=36, blank=True)
    cohort_id = models.PositiveIntegerField(default=0)
    generation = models.PositiveSmallIntegerField()
    gender = models.CharField(max_length=8)
    country = models.CharField(max_length=2, blank=True)
    change = models.IntegerField()

    KEY = ("day", "measure", "action_id", "course_key", "cohort_id", "generation", "gender", "country")

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.measure} {self.day} {self.change:+d}"


class ReachSummary(ReachDimensions):
    """How each reach measure changed on a day, by Action, course, cohort, generation, gender and
    country: any figure, filtered any way and "as of" any date, is the sum of a few of these rows.
    Kept in the same transaction as the change it sums (lms.reporting.summaries)."""

    class Meta:
        verbose_name = _("reach summary")
        constraints = [
            models.UniqueConstraint(
                fields=ReachDimensions.KEY,
                name="one_reach_summary_per_key",
                violation_error_message=_("A summary of these figures already exists."),
            )
        ]
        indexes = [models.Index(fields=["measure", "action_id", "day"], name="reach_summary_lookup")]


class ReachContribution(ReachDimensions):
    """What one person or one session adds to the summaries, day by day. Kept so that a change is
    applied as the difference between what they added and what they add now, and so that a total
    across some Actions can count each person once."""

    class Source(models.TextChoices):
        PERSON = "person", _("Person")
        SESSION = "session", _("Offline session")

    source = models.CharField(max_length=8, choices=Source.choices)
    source_id = models.BigIntegerField()

    class Meta:
        verbose_name = _("reach contribution")
        indexes = [
            models.Index(fields=["source", "source_id"], name="reach_contribution_source"),
            models.Index(fields=["measure", "action_id", "day"], name="reach_contribution_lookup"),
        ]
