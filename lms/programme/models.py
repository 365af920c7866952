"""Actions: the programme's capacity-building projects, with their partners and activities."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

from lms.core.constraints import CheckConstraint
from lms.core.head_counts import HeadCounts


class Region(models.TextChoices):
    WESTERN_CENTRAL_AFRICA = "wca", _("Western & Central Africa")
    EASTERN_SOUTHERN_AFRICA = "esa", _("Eastern & Southern Africa")
    ASIA = "asia", _("Asia")
    EU_NEIGHBOURHOOD = "eun", _("EU Neighbourhood")
    LATIN_AMERICA_CARIBBEAN = "lac", _("Latin America & Caribbean")


class ThematicArea(models.TextChoices):
    IMT = "IMT", _("Irregular migration and trafficking in human beings")
    LM = "LM", _("Legal migration and mobility")
    IPA = "IPA", _("International protection and asylum policy")
    MD = "MD", _("Migration and development")
    HO = "HO", _("Horizontal interventions")


class ActionType(models.TextChoices):
    DEMAND_DRIVEN = "demand-driven", _("Demand-driven")
    HOLISTIC = "holistic", _("Holistic")
    REGIONAL = "regional", _("Regional")


class Phase(models.TextChoices):
    MIEUX_I = "mieux-1", "MIEUX I"
    MIEUX_II = "mieux-2", "MIEUX II"
    MIEUX_III = "mieux-3", "MIEUX III"
    MIEUX_PLUS = "mieux-plus", "MIEUX+"


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class Action(index.Indexed, RevisionMixin, ClusterableModel):
    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    countries = CountryField(_("countries"), multiple=True)
    region = models.CharField(_("region"), max_length=8, choices=Region.choices)
    thematic_area = models.CharField(_("thematic area"), max_length=4, choices=ThematicArea.choices)
    specific_areas = models.CharField(
        _("specific areas"), max_length=255, blank=True, help_text=_("For example: Migration and health.")
    )
    action_type = models.CharField(
        _("type"), max_length=16, choices=ActionType.choices, default=ActionType.DEMAND_DRIVEN
    )
    phase = models.CharField(_("phase"), max_length=12, choices=Phase.choices)
    status = models.CharField(_("status"), max_length=12, choices=ActionStatus.choices)
    start_month = models.DateField(_("start month"), help_text=_("The first day of the month."))
    end_month = models.DateField(_("end month"), null=True, blank=True)
    summary = models.TextField(_("summary"))
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        # Staff accounts only: the choices must not list the programme's learners by name.
        limit_choices_to={"is_staff": True},
        related_name="coordinated_actions",
        verbose_name=_("coordinators"),
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("summary"),
        index.SearchField("specific_areas"),
        index.FilterField("region"),
        index.FilterField("thematic_area"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("Action")
        ordering = ["name"]
        constraints = [
            CheckConstraint(
                condition=Q(end_month__isnull=True) | Q(end_month__gte=models.F("start_month")),
                name="action_ends_after_it_starts",
                violation_error_message=_("The end month cannot be before the start month."),
                field="end_month",
            ),
        ]

    def __str__(self):
        return self.name


class ActionPartner(Orderable):
    action = ParentalKey(Action, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("institution"), max_length=255)
    country = CountryField(_("country"), blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("partner institution")

    def __str__(self):
        return self.name


class ActivityType(models.TextChoices):
    ASSESSMENT_MISSION = "assessment-mission", _("Assessment mission")
    WORKSHOP = "workshop", _("Workshop")
    STUDY_VISIT = "study-visit", _("Study visit")
    ROUND_TABLE = "round-table", _("Round-table")
    NEEDS_ASSESSMENT = "needs-assessment", _("Training needs assessment")
    FOCUS_GROUP = "focus-group", _("Focus group")
    SIMULATION = "simulation", _("Simulation exercise")
    WEBINAR = "webinar", _("Webinar")
    ONLINE_COURSE = "online-course", _("Online course")
    TRAINING_OF_TRAINERS = "training-of-trainers", _("Training of trainers")


class ActionActivity(HeadCounts, Orderable):
    action = ParentalKey(Action, on_delete=models.CASCADE, related_name="activities")
    activity_type = models.CharField(_("type"), max_length=24, choices=ActivityType.choices)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200)
    participants_other = models.PositiveIntegerField(
        _("other or not stated"), default=0, help_text=_("Participants of another gender or who did not say.")
    )

    # In the Action editor: what, when and where, then how many (see HeadCounts).
    panels = [
        FieldPanel(name)
        for name in (
            "activity_type",
            "date",
            "place",
            "participants_female",
            "participants_male",
            "participants_other",
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return f"{self.get_activity_type_display()}, {self.place}"

    def clean(self):
        """An activity happens while its Action runs: from its start month to the end of its end
        month (an ongoing Action has no end)."""
        super().clean()
        try:
            action = self.action  # in the Action's edit form: the Action as being edited
        except Action.DoesNotExist:
            return
        start = getattr(action, "start_month", None)
        end = getattr(action, "end_month", None)
        if self.date is None or start is None:
            return
        if end is not None and end < start:
            return  # the Action's months are wrong, and its end month says so: not each activity
        month = (self.date.year, self.date.month)
        if month < (start.year, start.month) or (end is not None and month > (end.year, end.month)):
            message = _("This date is outside the Action's months (%(start)s to %(end)s).")
            params = {
                "start": date_format(start, "YEAR_MONTH_FORMAT"),
                "end": date_format(end, "YEAR_MONTH_FORMAT") if end else _("ongoing"),
            }
            raise ValidationError({"date": ValidationError(message, code="outside_action", params=params)})
