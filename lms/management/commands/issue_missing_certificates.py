"""Issue the certificates that the background task did not: django-tasks does not retry a failed
task, and a worker killed mid-task leaves its task "running" forever. Run it every few minutes
(the production profile, bin/prod, does; cron or a systemd timer in a deployment)."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from lms.services import issue_missing_certificates


class Command(BaseCommand):
    help = "Issue the certificates of completed enrolments that have none (a retry of failed tasks)."

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
        if verbosity:
            self.stdout.write(f"{issued} missing certificate(s) issued.")
