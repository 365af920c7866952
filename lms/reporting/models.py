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
