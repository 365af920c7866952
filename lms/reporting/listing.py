"""Long listings that never count or skip every row: keyset pages and cheap counts.

A page is read from an index in its order, from the key of the row before it (the "cursor"
carried by the next and previous links), so the millionth row costs what the first does; an
OFFSET would read and drop every row before it. The cursor is signed: a changed one is refused
rather than trusted. The total is exact while it is small, and the planner's estimate beyond
(labelled as such): counting a million rows exactly takes longer than the page itself.
"""

import datetime
import json
from dataclasses import dataclass

from django.core import signing
from django.core.exceptions import BadRequest
from django.db import connection
from django.db.models import Q

CURSOR_SALT = "lms.reporting.listing.cursor"
EXACT_COUNT_UP_TO = 10_000  # counted exactly below this; estimated above (PostgreSQL)


@dataclass
class Total:
    """How many rows a listing has: exact, or the planner's estimate."""

    value: int
    exact: bool

    @property
    def rounded(self):
        """An estimate to two significant figures (1,034,567 -> 1,000,000): no false precision."""
        if self.exact or self.value < 100:
            return self.value
        digits = len(str(self.value)) - 2
        return round(self.value, -digits)


@dataclass
class KeysetPage:
    rows: list
    next_cursor: str | None
    previous_cursor: str | None


class Keyset:
    """Pages of a queryset ordered newest first on (a datetime field, pk), which an index covers
    (Enrolment's `enrolment_latest` on (enrolled_at, id))."""

    def __init__(self, field, *, salt=CURSOR_SALT):
        self.field = field
        self.salt = f"{salt}.{field}"

    def cursor(self, row, direction):
        value = getattr(row, self.field)
        return signing.dumps([direction, value.isoformat(), row.pk], salt=self.salt)

    def read_cursor(self, token):
        """(direction, value, pk) from a cursor made by cursor(); BadRequest for anything else."""
        try:
            direction, value, pk = signing.loads(token, salt=self.salt)
            value = datetime.datetime.fromisoformat(value)
        except (signing.BadSignature, ValueError, TypeError, json.JSONDecodeError) as error:
            raise BadRequest("This page link is not valid.") from error
        if direction not in ("next", "previous") or not isinstance(pk, int):
            raise BadRequest("This page link is not valid.")
        return direction, value, pk

    def page(self, queryset, token, size):
        """`size` rows of `queryset` after (next) or before (previous) the cursor, or the first
        page without one; the cursors of the pages either side, None at either end."""
        field = self.field
        if not token:
            rows = list(queryset.order_by(f"-{field}", "-pk")[: size + 1])
            return KeysetPage(rows[:size], self._cursor_after(rows, size), None)
        direction, value, pk = self.read_cursor(token)
        if direction == "next":
            # The redundant `<=` bounds the index scan where it starts; the OR settles ties.
            older = queryset.filter(
                Q(**{f"{field}__lte": value}) & (Q(**{f"{field}__lt": value}) | Q(pk__lt=pk))
            )
            rows = list(older.order_by(f"-{field}", "-pk")[: size + 1])
            previous = self.cursor(rows[0], "previous") if rows else None
            return KeysetPage(rows[:size], self._cursor_after(rows, size), previous)
        newer = queryset.filter(Q(**{f"{field}__gte": value}) & (Q(**{f"{field}__gt": value}) | Q(pk__gt=pk)))
        rows = list(newer.order_by(field, "pk")[: size + 1])
        more_before = len(rows) > size
        rows = rows[:size][::-1]
        following = self.cursor(rows[-1], "next") if rows else None
        return KeysetPage(rows, following, self.cursor(rows[0], "previous") if more_before else None)

    def _cursor_after(self, rows, size):
        return self.cursor(rows[size - 1], "next") if len(rows) > size else None


def total(queryset, *, exact_up_to=EXACT_COUNT_UP_TO):
    """The number of rows of `queryset`: counted while at most `exact_up_to` (a count that stops
    there), else PostgreSQL's estimate for the same query; SQLite, which has none, counts."""
    rows = queryset.order_by().values("pk")
    counted = rows[: exact_up_to + 1].count()
    if counted <= exact_up_to:
        return Total(counted, exact=True)
    if connection.vendor != "postgresql":
        return Total(rows.count(), exact=True)
    return Total(planner_estimate(rows), exact=False)


def planner_estimate(queryset):
    """PostgreSQL's estimate of the rows `queryset` returns (EXPLAIN: reads statistics, no rows)."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])
