"""Programme-wide public figures (home page, "Where we work"): how many learners, in how many
countries, how many valid certificates, and how many people multipliers trained. Aggregates only:
nothing here names a person.

Computed in four small queries over the reach summaries and kept in the shared cache until an
Enrolment, Certificate, MultiplierSession, Action or User is saved or deleted, or a verb says
reach changed (see connect()). The cache entry is deleted
once the change is committed: deleting it earlier would let a concurrent request cache the figures
as they were before the change, for an hour.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save

from lms.accounts.models import User
from lms.cascade.models import MultiplierSession
from lms.core.signals import reach_changed
from lms.learning.models import Certificate, Enrolment
from lms.programme.models import Action

from .models import ReachMeasure, ReachSummary

CACHE_KEY = "relais:public-figures:v1"
CACHE_SECONDS = 60 * 60


def country_codes(stored):
    """The country codes of a multiple CountryField, as stored ("AR,BO,PY") or as a list."""
    if isinstance(stored, str):
        stored = stored.split(",")
    return {str(code) for code in stored or () if code}


def compute_public_figures():
    """The figures, from the reach summaries (four small queries)."""
    programme = ReachSummary.objects.filter(measure=ReachMeasure.PROGRAMME)
    people = programme.aggregate(
        learners=Coalesce(Sum("change"), 0), cascade=Coalesce(Sum("change", filter=Q(generation__gte=2)), 0)
    )
    learner_countries = {
        row["country"]
        for row in programme.exclude(country="").values("country").annotate(people=Sum("change"))
        if row["people"] > 0
    }
    action_countries = set()
    for stored in Action.objects.order_by().values_list("countries", flat=True):
        action_countries |= country_codes(stored)
    offline = ReachSummary.objects.filter(measure=ReachMeasure.OFFLINE).aggregate(
        people=Coalesce(Sum("change"), 0)
    )
    return {
        "learners": people["learners"],
        "countries": len(learner_countries | action_countries),
        "certificates": Certificate.objects.valid().count(),
        "multiplier_reach": people["cascade"] + offline["people"],
    }


def public_figures():
    """{"learners", "countries", "certificates", "multiplier_reach"}: ints, from the cache when
    they are there.

    - learners: people counted as reach ("How we count"), each once
    - countries: the countries of those people (when they gave one) and of all Actions
    - certificates: certificates not revoked
    - multiplier_reach: those people first reached by a multiplier (generation 2 and beyond),
      plus the people who attended multipliers' offline sessions, once confirmed
    """
    figures = cache.get(CACHE_KEY)
    if figures is None:
        figures = compute_public_figures()
        cache.set(CACHE_KEY, figures, CACHE_SECONDS)
    return figures


def forget_public_figures(sender=None, **kwargs):
    """Drop the cached figures once the current transaction commits (at once outside one)."""
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return  # signing in saves the user and changes no figure
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


def connect():
    reach_changed.connect(forget_public_figures, dispatch_uid="relais-public-figures-reach-changed")
    for model in (Enrolment, Certificate, MultiplierSession, Action, User):
        for signal in (post_save, post_delete):
            signal.connect(
                forget_public_figures,
                sender=model,
                dispatch_uid=f"relais-public-figures-{signal is post_save}-{model._meta.label_lower}",
            )
