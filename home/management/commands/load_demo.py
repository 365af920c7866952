from django.core.management.base import BaseCommand

from home.demo.builder import DemoBuilder
from lms.reporting import summaries


class Command(BaseCommand):
    help = "Load the demo site (toolkit, courses, translations, demo accounts). Safe to run again."

    def handle(self, *args, **options):
        builder = DemoBuilder()
        accounts, cohorts, learners = builder.run()
        summaries.rebuild()  # the demo's history was backdated by queryset updates
        if builder.created:
            for what, count in sorted(builder.created.items()):
                self.stdout.write(f"  created {count} {what}")
        else:
            self.stdout.write("Demo content already loaded: nothing to create.")
        self.stdout.write(self.style.SUCCESS("\nDemo accounts (sign in at http://127.0.0.1:8000/admin/):"))
        for email, password, existed in accounts:
            note = " (already existed; password unchanged if you changed it)" if existed else ""
            self.stdout.write(f"  {email}  /  {password}{note}")
        self.stdout.write(
            self.style.SUCCESS("\nDemo learners (sign in at http://127.0.0.1:8000/en/accounts/login/):")
        )
        for email, password in learners:
            self.stdout.write(f"  {email}  /  {password}")
        self.stdout.write(self.style.SUCCESS("\nEnrolment keys:"))
        for cohort in cohorts.values():
            self.stdout.write(f"  {cohort.container.title}: {cohort.enrolment_key}")
