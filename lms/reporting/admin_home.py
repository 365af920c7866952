"""The "Your Actions" panel of the admin's home page, for coordinators and programme managers:
their Actions in figures and what waits for them, so the first screen after signing in is useful."""

from django.db.models import Count, Q
from wagtail.admin.ui.components import Component

from lms.cascade.models import Multiplier
from lms.learning.models import Enrolment
from lms.programme.scoping import scope

SHOWN = 10


class YourActionsPanel(Component):
    name = "your_actions"
    template_name = "lms/admin/home_your_actions.html"
    order = 50  # before Wagtail's own panels (workflow, recent edits)

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        active = ~Q(enrolments__status=Enrolment.Status.WITHDRAWN)
        actions = scope.actions(self.user)
        listed = list(
            actions.annotate(
                enrolled=Count("enrolments", filter=active),
                completed=Count("enrolments", filter=active & Q(enrolments__completed_at__isnull=False)),
            )
            .order_by("-enrolled", "name")
            .only("pk", "name")[: SHOWN + 1]
        )
        waiting = Multiplier.objects.filter(
            confirmed_at__isnull=True, enrolment__in=scope.enrolments(self.user)
        ).count()
        return {
            "actions": listed[:SHOWN],
            "more": actions.count() if len(listed) > SHOWN else 0,
            "multipliers_waiting": waiting,
        }
