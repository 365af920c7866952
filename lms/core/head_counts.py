"""Head counts by gender, for events where people are counted rather than enrolled: an Action's
activities and a multiplier's offline sessions."""

from django.db import models
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _


class HeadCounts(models.Model):
    """Women, men, and other or not stated. Django orders a model's form fields by when they were
    declared, so these come before the model's own: a model whose editor generates its form from
    the model states its `panels`."""

    participants_female = models.PositiveIntegerField(_("women"), default=0)
    participants_male = models.PositiveIntegerField(_("men"), default=0)
    participants_other = models.PositiveIntegerField(_("other or not stated"), default=0)

    class Meta:
        abstract = True

    @property
    def participants(self):
        return self.participants_female + self.participants_male + self.participants_other

    @staticmethod
    def sums():
        """Keyword arguments for aggregate() or annotate(): the female, male and other totals
        (0, not None, where there is nothing to add up)."""
        return {
            "female": Sum("participants_female", default=0),
            "male": Sum("participants_male", default=0),
            "other": Sum("participants_other", default=0),
        }
