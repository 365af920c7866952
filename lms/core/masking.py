"""Figures safe to share outside the programme: small head counts hidden so that no one can be
identified, also by arithmetic, and spreadsheet cells that cannot run as formulas.

A table of head counts (rows × columns, e.g. generations × genders) is published with its row
totals, column totals and grand total. `hidden_entries` chooses what to hide: every cell of 1 to 4
people (primary suppression), then as many other cells, and totals where needed, so that no hidden
figure can be worked out from the published ones (complementary suppression): each hidden figure
must keep at least five possible values (a range of width 4 or more) given everything shown.
Every surface that shows such a table (public Action pages, reports, exports, the dashboard, the
multiplier's page) asks this one function and shows every hidden figure with the same mark, so
that a hidden cell does not say whether it is small.

The check is exact: a table with its totals is a flow (source → row totals → cells → column totals
→ sink → grand total → source), so the values a hidden figure may take given the published ones
form an interval of integers that max-flow feasibility tests find (network matrices are totally
unimodular: the linear bounds are the integer bounds).

Across dates, `hidden_entries_over_time` keeps one pattern for the tables of one figure at several
dates (and for what changed between consecutive dates): a cell hidden on one date stays hidden on
the others, so subtracting one date's table from another's does not reveal it.
"""

from collections import deque
from dataclasses import dataclass

from django.db import models
from django.db.models import Case, CharField, F, Q, Value, When
from django.db.models.functions import Concat, Left, LTrim
from django.db.models.lookups import In
from wagtail.admin.views.mixins import SpreadsheetExportMixin

SMALL_CELL = 5
# Hidden figures are protected when they keep this many possible values (a range width of 4).
PROTECTED_VALUES = 5
HIDDEN = "x"
# What a spreadsheet program reads as the start of a formula (OWASP "CSV injection"); tab and
# carriage return because some programs strip them and read what follows.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Cells that a spreadsheet would run as a formula start with an apostrophe instead, also when
    the formula hides behind leading whitespace (" =1+1"). Numbers, dates and empty cells pass."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS):
        return "'" + value
    return value


def masked(count):
    """A lone head count safe to share (no total beside it): 1 to 4 people are hidden."""
    return HIDDEN if 0 < count < SMALL_CELL else count


def is_hidden(value):
    return value == HIDDEN


# Entries of a table: ("cell", i, j), ("row", i), ("column", j), ("grand",).
GRAND = ("grand",)


@dataclass(frozen=True)
class Suppression:
    """Which entries of a table to hide; `shown` turns the table into what may be published."""

    hidden: frozenset

    def cell(self, i, j):
        return ("cell", i, j) in self.hidden

    def row_total(self, i):
        return ("row", i) in self.hidden

    def column_total(self, j):
        return ("column", j) in self.hidden

    @property
    def grand_total(self):
        return GRAND in self.hidden

    def shown(self, table):
        """{"cells", "row_totals", "column_totals", "grand_total"} with hidden figures as HIDDEN."""
        table = as_table(table)

        def show(entry, value):
            return HIDDEN if entry in self.hidden else value

        return {
            "cells": [
                [show(("cell", i, j), value) for j, value in enumerate(row)] for i, row in enumerate(table)
            ],
            "row_totals": [show(("row", i), sum(row)) for i, row in enumerate(table)],
            "column_totals": [show(("column", j), total) for j, total in enumerate(_column_totals(table))],
            "grand_total": show(GRAND, sum(map(sum, table))),
        }


def as_table(cells):
    return [[int(value) for value in row] for row in cells]


def _column_totals(table):
    width = len(table[0]) if table else 0
    return [sum(row[j] for row in table) for j in range(width)]


def entries_of(table):
    """{entry: value} for every cell and total of a table (totals are the sums of its cells)."""
    values = {("cell", i, j): value for i, row in enumerate(table) for j, value in enumerate(row)}
    values.update({("row", i): sum(row) for i, row in enumerate(table)})
    values.update({("column", j): total for j, total in enumerate(_column_totals(table))})
    values[GRAND] = sum(values[("row", i)] for i in range(len(table)))
    return values


def _edge(entry):
    """The nodes an entry joins in the table's flow network."""
    kind = entry[0]
    if kind == "cell":
        return ("r", entry[1]), ("c", entry[2])
    if kind == "row":
        return "source", ("r", entry[1])
    if kind == "column":
        return ("c", entry[1]), "sink"
    return "sink", "source"


def _max_flow(capacity, source, sink):
    """Edmonds–Karp on a dict-of-dicts of capacities (changed in place into residuals)."""
    flow = 0
    while True:
        parents = {source: None}
        queue = deque([source])
        while queue and sink not in parents:
            node = queue.popleft()
            for nxt, room in capacity[node].items():
                if room > 0 and nxt not in parents:
                    parents[nxt] = node
                    queue.append(nxt)
        if sink not in parents:
            return flow
        path, node = [], sink
        while parents[node] is not None:
            path.append((parents[node], node))
            node = parents[node]
        pushed = min(capacity[u][v] for u, v in path)
        for u, v in path:
            capacity[u][v] -= pushed
            capacity[v].setdefault(u, 0)
            capacity[v][u] += pushed
        flow += pushed


def _feasible(values, hidden, bounds):
    """Whether some table agrees with every published figure, and with `bounds` ({entry: value})
    for hidden ones (other hidden figures are any count of 0 or more)."""
    unbounded = 10 * (values[GRAND] + 10)
    capacity, excess = {}, {}
    for entry, value in values.items():
        u, v = _edge(entry)
        low, high = (
            (value, value) if entry not in hidden else (bounds.get(entry, 0), bounds.get(entry, unbounded))
        )
        for node in (u, v):
            capacity.setdefault(node, {})
        capacity[u][v] = capacity[u].get(v, 0) + high - low
        excess[v] = excess.get(v, 0) + low
        excess[u] = excess.get(u, 0) - low
    capacity["s*"], capacity["t*"] = {}, {}
    needed = 0
    for node, amount in excess.items():
        if amount > 0:
            capacity["s*"][node] = amount
            needed += amount
        elif amount < 0:
            capacity[node]["t*"] = -amount
    return _max_flow(capacity, "s*", "t*") == needed


def possible_range(values, hidden, entry):
    """(lowest, highest) value `entry` may have given the published figures, each looked for at
    most PROTECTED_VALUES - 1 away from its true value (enough to tell whether it is protected)."""
    value, reach = values[entry], PROTECTED_VALUES - 1
    if entry not in hidden:
        return value, value
    up = next((d for d in range(reach, 0, -1) if _feasible(values, hidden, {entry: value + d})), 0)
    down = next(
        (d for d in range(min(value, reach), 0, -1) if _feasible(values, hidden, {entry: value - d})), 0
    )
    return value - down, value + up


def _protected(values, hidden, entry):
    low, high = possible_range(values, hidden, entry)
    return high - low >= PROTECTED_VALUES - 1


def _neighbours(entry, values):
    nodes = set(_edge(entry))
    return [other for other in values if other != entry and nodes & set(_edge(other))]


def _complete(values, hidden):
    """Add complementary entries to `hidden` until every hidden entry is protected: each time the
    figure next to an unprotected one that leaves the most hidden figures protected, preferring
    cells to totals and small figures to large ones (zeros last: hiding a zero gives no room)."""
    hidden = set(hidden)
    order = list(values)  # cells first, then totals
    while True:
        weak = [entry for entry in order if entry in hidden and not _protected(values, hidden, entry)]
        if not weak:
            return hidden
        candidates = {other for entry in weak for other in _neighbours(entry, values) if other not in hidden}
        if not candidates:
            candidates = {other for other in order if other not in hidden}

        def merit(other, first=weak[0]):
            trial = hidden | {other}
            safe = sum(1 for entry in trial if _protected(values, trial, entry))
            return (
                -int(_protected(values, trial, first)),
                -safe,
                values[other] == 0,
                other[0] != "cell",
                values[other],
                order.index(other),
            )

        hidden.add(min(candidates, key=merit))


def hidden_entries(cells, *, keep=frozenset()):
    """What to hide in a table of head counts (a list of rows of counts) published with its row,
    column and grand totals: every cell of 1 to 4 people, and the complementary figures that stop
    subtraction from revealing them. `keep` holds entries to hide in any case (a pattern chosen
    for another date). Deterministic: the same table gives the same pattern on every surface."""
    table = as_table(cells)
    if not table or not table[0]:
        return Suppression(frozenset())
    values = entries_of(table)
    primary = {entry for entry, value in values.items() if entry[0] == "cell" and 0 < value < SMALL_CELL}
    hidden = primary | (set(keep) & set(values))
    if not hidden:
        return Suppression(frozenset())
    return Suppression(frozenset(_complete(values, hidden)))


def hidden_entries_over_time(tables):
    """One pattern for the tables of one figure at several dates (in date order, same shape):
    each table, and what changed between consecutive ones, is protected with the same entries
    hidden, so comparing dates reveals no hidden cell. Reach "as of a date" asks this with the
    dates it publishes."""
    tables = [as_table(table) for table in tables]
    changes = [
        [
            [max(b - a, 0) for a, b in zip(row_a, row_b, strict=True)]
            for row_a, row_b in zip(ta, tb, strict=True)
        ]
        for ta, tb in zip(tables, tables[1:], strict=False)
    ]
    hidden = frozenset()
    while True:
        grown = hidden
        for table in tables + changes:
            grown = grown | hidden_entries(table, keep=grown).hidden
        if grown == hidden:
            return Suppression(hidden)
        hidden = grown


class KeptPattern(models.Model):
    """The entries hidden so far on one published table, by label (a generation, a gender, an
    activity), so that a figure hidden once stays hidden on that table for good: comparing the
    table on two days, or "as of" two dates, shows no hidden figure on one and not the other."""

    key = models.CharField(max_length=200, unique=True)
    hidden = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "lms"
        verbose_name = "kept suppression pattern"

    def __str__(self):
        return self.key


def _labelled(entry, rows, columns):
    kind = entry[0]
    if kind == "cell":
        return ["cell", str(rows[entry[1]]), str(columns[entry[2]])]
    if kind == "row":
        return ["row", str(rows[entry[1]])]
    if kind == "column":
        return ["column", str(columns[entry[1]])]
    return ["grand"]


def _positioned(labelled, rows, columns):
    row_at = {str(label): i for i, label in enumerate(rows)}
    column_at = {str(label): j for j, label in enumerate(columns)}
    kind = labelled[0]
    if kind == "cell" and labelled[1] in row_at and labelled[2] in column_at:
        return ("cell", row_at[labelled[1]], column_at[labelled[2]])
    if kind == "row" and labelled[1] in row_at:
        return ("row", row_at[labelled[1]])
    if kind == "column" and labelled[1] in column_at:
        return ("column", column_at[labelled[1]])
    return GRAND if kind == "grand" else None


def kept_hidden_entries(key, cells, *, rows, columns):
    """hidden_entries for the published table `key` (rows and columns named by `rows` and
    `columns`), hiding again whatever was hidden on it before, and remembering what it hides now:
    the pattern of a table only grows, whatever day or "as of" date it is shown for."""
    stored = KeptPattern.objects.filter(key=key).first()
    before = [tuple(entry) for entry in stored.hidden] if stored else []
    keep = {entry for entry in (_positioned(list(e), rows, columns) for e in before) if entry is not None}
    pattern = hidden_entries(cells, keep=keep)
    after = set(before) | {tuple(_labelled(entry, rows, columns)) for entry in pattern.hidden}
    if after != set(before):
        KeptPattern.objects.update_or_create(key=key, defaults={"hidden": sorted(map(list, after))})
    return pattern


_wagtail_preprocess_field_value = SpreadsheetExportMixin.preprocess_field_value


def _safe_preprocess_field_value(view, field, value, export_format):
    return spreadsheet_safe(_wagtail_preprocess_field_value(view, field, value, export_format))


def neutralise_formulas_in_every_export():
    """Make every CSV and Excel download of the admin spreadsheet-safe, Wagtail's own included.

    Every export in Wagtail (ReportView, the `list_export` of a ModelViewSet or SnippetViewSet,
    site history, aging and locked pages, redirects) and every report of ours writes each cell
    through SpreadsheetExportMixin.preprocess_field_value, after the cell has been turned into
    text (a learner, a cohort, an Action become their names): that is the one place a cell can
    be checked whatever it was, so the check is put there, once, when the app is ready, rather
    than in each view someone might forget. Called from LmsConfig.ready()."""
    SpreadsheetExportMixin.preprocess_field_value = _safe_preprocess_field_value


def spreadsheet_safe_sql(expression):
    """spreadsheet_safe() as an SQL expression, for exports the database writes itself (COPY):
    a text that starts like a formula, also behind spaces, gets an apostrophe in front."""
    expression = F(expression) if isinstance(expression, str) else expression
    starts = list(FORMULA_STARTS)
    formula = Q(In(Left(expression, 1), starts)) | Q(In(Left(LTrim(expression), 1), starts))
    return Case(
        When(formula, then=Concat(Value("'"), expression)),
        default=expression,
        output_field=CharField(),
    )
