"""Do again the background work that did not get done: django-tasks does not retry a failed task,
and a worker killed mid-task leaves its task "running" for ever. Issues the certificates of
completed enrolments that have none, and rebuilds the report exports stalled for 15 minutes. Run
it every few minutes (the production profile, bin/prod, does; cron or a systemd timer in a
deployment)."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from lms.learning.services import issue_missing_certificates
from lms.models import ReportExport
from lms.reporting.exports import rebuild_stalled_exports


class Command(BaseCommand):
    help = (
        "Issue the certificates of completed enrolments that have none, and rebuild report exports "
        "stalled for 15 minutes (a retry of failed or lost tasks)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=float,
            default=60,
            metavar="SECONDS",
            help="Only enrolments completed at least this long ago, so the queued task runs first "
            "(default 60; 0 for every one).",
        )

    def handle(self, *, older_than, verbosity, **options):
        issued = issue_missing_certificates(
            completed_before=timezone.now() - datetime.timedelta(seconds=older_than)
        )
        rebuilt = rebuild_stalled_exports()
        if verbosity:
            self.stdout.write(f"{issued} missing certificate(s) issued.")
            failed = sum(export.status == ReportExport.Status.FAILED for export in rebuilt)
            self.stdout.write(f"{len(rebuilt)} stalled export(s) rebuilt, {failed} failed again.")
