"""The notifications sweep (lms.notifications.sweep): nudges to learners without activity for
RELAIS_NUDGE_AFTER_DAYS, the weekly digests (coordinators' per Action, and each person's held
messages), and the retry of messages that failed or were never queued. Idempotent: run it as
often as you like (cron, bin/prod); each message goes out once."""

from django.core.management.base import BaseCommand

from lms.notifications.sweep import sweep


class Command(BaseCommand):
    help = "Send due reminders and digests, and retry failed messages (each message once)."

    def handle(self, *args, **options):
        counts = sweep()
        self.stdout.write(", ".join(f"{name}: {count}" for name, count in counts.items()))
