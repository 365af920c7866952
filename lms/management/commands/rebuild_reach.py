"""Rebuild every reach summary from the source rows: enrolments (when each started counting, when
it was withdrawn), people's gender and country, confirmed sessions. The summaries are kept up to
date as things change; this is for a database restored or loaded without them, and for checking
(`--check` says whether the kept summaries equal a rebuild, and changes nothing)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from lms.reporting import summaries


class Command(BaseCommand):
    help = "Rebuild the reach summaries from the source rows (--check: only compare)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Compare kept and rebuilt summaries; change nothing."
        )

    def handle(self, *args, check=False, **options):
        if not check:
            summaries.rebuild()
            self.stdout.write(f"Reach summaries rebuilt: {len(summaries.summary_rows())} rows.")
            return
        with transaction.atomic():
            kept = summaries.summary_rows()
            summaries.rebuild()
            rebuilt = summaries.summary_rows()
            transaction.set_rollback(True)
        differing = set(kept.items()) ^ set(rebuilt.items())
        if differing:
            raise CommandError(f"Kept and rebuilt reach summaries differ in {len(differing)} rows.")
        self.stdout.write(f"Reach summaries equal a rebuild ({len(kept)} rows).")
