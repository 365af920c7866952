from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .enrolment import Enrolment

LIKERT = [MinValueValidator(1), MaxValueValidator(5)]

# The items of the end-of-course survey, in order. `real_difference` is the one the programme
# reports to its funders ("it will make a real difference in how I do my work").
FEEDBACK_ITEMS = [
    ("objectives_clear", _("The objectives of the course were clear.")),
    ("relevant", _("The content was relevant to my work.")),
    ("real_difference", _("What I learned will make a real difference in how I do my work.")),
    ("would_recommend", _("I would recommend this course to a colleague.")),
]


class FeedbackResponse(models.Model):
    """One answer to the end-of-course survey per enrolment. Scale: 1 strongly disagree … 5 strongly agree."""

    enrolment = models.OneToOneField(Enrolment, on_delete=models.CASCADE, related_name="feedback")
    objectives_clear = models.PositiveSmallIntegerField(validators=LIKERT)
    relevant = models.PositiveSmallIntegerField(validators=LIKERT)
    real_difference = models.PositiveSmallIntegerField(validators=LIKERT)
    would_recommend = models.PositiveSmallIntegerField(validators=LIKERT)
    comment = models.TextField(blank=True, help_text="Sanitised (lms.sanitize) before it is stored.")
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("feedback response")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    **{f"{name}__gte": 1 for name, _label in FEEDBACK_ITEMS},
                    **{f"{name}__lte": 5 for name, _label in FEEDBACK_ITEMS},
                ),
                name="feedback_on_a_five_point_scale",
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} – feedback"
