from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .enrolment import Enrolment


class AssessmentAttempt(models.Model):
    """One submitted attempt, with the answers as given and the score computed on the server."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    assessment = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+")
    assessment_key = models.UUIDField(help_text="Translation key: attempts count across languages.")
    number = models.PositiveSmallIntegerField()
    answers = models.JSONField(default=dict, help_text="Question block id → chosen option positions.")
    points = models.PositiveIntegerField()
    max_points = models.PositiveIntegerField()
    score = models.DecimalField(max_digits=5, decimal_places=2, help_text="Percentage.")
    passed = models.BooleanField()
    wrong_questions = models.JSONField(default=list)
    submission_token = models.CharField(max_length=64, unique=True)
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("assessment attempt")
        ordering = ["enrolment", "assessment_key", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "assessment_key", "number"], name="attempt_numbers_are_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(points__lte=models.F("max_points")), name="points_within_max"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} – attempt {self.number}"
