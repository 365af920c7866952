"""Figures safe to share outside the programme: small head counts masked so that no one can be
identified, and spreadsheet cells that cannot run as formulas."""

from django.db.models import Case, CharField, F, Value, When
from django.db.models.functions import Concat, Left
from django.db.models.lookups import In

SMALL_CELL = 5
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def masked(count):
    """A head count safe to share: 1 to 4 people are shown as "<5"."""
    return "<5" if 0 < count < SMALL_CELL else count


def spreadsheet_safe(value):
    """Cells that a spreadsheet would run as a formula start with an apostrophe instead."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_safe_sql(expression):
    """spreadsheet_safe() as an SQL expression, for exports the database writes itself (COPY):
    a text that starts like a formula gets an apostrophe in front."""
    expression = F(expression) if isinstance(expression, str) else expression
    return Case(
        When(In(Left(expression, 1), list(FORMULA_STARTS)), then=Concat(Value("'"), expression)),
        default=expression,
        output_field=CharField(),
    )
