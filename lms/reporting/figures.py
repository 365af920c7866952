"""Programme-wide public figures (home page, "Where we work"): how many learners, in how many
countries, how many valid certificates, and how many people multipliers trained. Aggregates only:
nothing here names a person.

Computed in five aggregate queries and kept in the shared cache until an Enrolment, Certificate,
MultiplierSession, Action or User is saved or deleted (see connect()). The cache entry is deleted
once the change is committed: deleting it earlier would let a concurrent request cache the figures
as they were before the change, for an hour.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.signals import post_delete, post_save

from lms.accounts.models import User
from lms.cascade.models import MultiplierSession
from lms.learning.models import Certificate, Enrolment
from lms.programme.models import Action

CACHE_KEY = "relais:public-figures:v1"
CACHE_SECONDS = 60 * 60


def country_codes(stored):
    """The country codes of a multiple CountryField, as stored ("AR,BO,PY") or as a list."""
    if isinstance(stored, str):
        stored = stored.split(",")
    return {str(code) for code in stored or () if code}


def compute_public_figures():
    """The figures, straight from the database (five queries)."""
    enrolments = Enrolment.objects.active()
    online = enrolments.aggregate(
        learners=Count("user", distinct=True),
        cascade=Count("pk", filter=Q(generation__gte=2)),
    )
    learner_countries = set(
        enrolments.exclude(user__country="")
        .order_by()  # Enrolment's default ordering would widen the DISTINCT
        .values_list("user__country", flat=True)
        .distinct()
    )
    action_countries = set()
    for stored in Action.objects.order_by().values_list("countries", flat=True):
        action_countries |= country_codes(stored)
    offline = MultiplierSession.objects.confirmed().aggregate(**MultiplierSession.sums())
    return {
        "learners": online["learners"],
        "countries": len({str(code) for code in learner_countries if code} | action_countries),
        "certificates": Certificate.objects.valid().count(),
        "multiplier_reach": online["cascade"] + offline["female"] + offline["male"] + offline["other"],
    }


def public_figures():
    """{"learners", "countries", "certificates", "multiplier_reach"}: ints, from the cache when
    they are there.

    - learners: distinct people with an enrolment that is not withdrawn
    - countries: distinct countries of those people (when they gave one) and of all Actions
    - certificates: certificates not revoked
    - multiplier_reach: enrolments (not withdrawn) of the online cascade, generation 2 and
      beyond, plus the people who attended multipliers' offline sessions, once confirmed
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
    for model in (Enrolment, Certificate, MultiplierSession, Action, User):
        for signal in (post_save, post_delete):
            signal.connect(
                forget_public_figures,
                sender=model,
                dispatch_uid=f"relais-public-figures-{signal is post_save}-{model._meta.label_lower}",
            )
