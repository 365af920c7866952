"""Small cells stay hidden under arithmetic: an integer program, given everything a table
publishes (cells, row and column totals, the grand total; on two dates, both tables and the fact
that counts only grow), tries to narrow each hidden figure. None may keep fewer than five possible
values. Then every surface shows the same pattern for the same figures."""

import random
from pathlib import Path

import highspy
import numpy as np
import pytest
from django.urls import reverse

from lms.core.masking import (
    GRAND,
    HIDDEN,
    as_table,
    entries_of,
    hidden_entries,
    hidden_entries_over_time,
    kept_hidden_entries,
)
from lms.reporting.reach import GENDERS
from tests import factories

BIG = 10**6


class Attack:
    """The figures of one or more tables as integer unknowns, fixed where published."""

    def __init__(self):
        self.highs = highspy.Highs()
        self.highs.setOptionValue("output_flag", False)
        self.count = 0

    def unknown(self, value=None):
        lower, upper = (value, value) if value is not None else (0, BIG)
        self.highs.addVar(lower, upper)
        self.highs.changeColIntegrality(self.count, highspy.HighsVarType.kInteger)
        self.count += 1
        return self.count - 1

    def equal(self, terms, rhs=0.0):
        """sum(coefficient × unknown) == rhs"""
        index = np.array([i for i, _c in terms], dtype=np.int32)
        value = np.array([c for _i, c in terms], dtype=np.float64)
        self.highs.addRow(rhs, rhs, len(terms), index, value)

    def at_most(self, terms):
        index = np.array([i for i, _c in terms], dtype=np.int32)
        value = np.array([c for _i, c in terms], dtype=np.float64)
        self.highs.addRow(-highspy.kHighsInf, 0.0, len(terms), index, value)

    def table(self, cells, suppression):
        """Unknowns for every figure of the table, bound by the table's sums, fixed where shown."""
        table = as_table(cells)
        figures = {
            entry: self.unknown(None if entry in suppression.hidden else value)
            for entry, value in entries_of(table).items()
        }
        rows, columns = len(table), len(table[0])
        for i in range(rows):
            self.equal([(figures[("cell", i, j)], 1) for j in range(columns)] + [(figures[("row", i)], -1)])
        for j in range(columns):
            self.equal([(figures[("cell", i, j)], 1) for i in range(rows)] + [(figures[("column", j)], -1)])
        self.equal([(figures[("row", i)], 1) for i in range(rows)] + [(figures[GRAND], -1)])
        return figures

    def bound(self, unknown, sense):
        cost = np.zeros(self.count)
        cost[unknown] = 1.0
        self.highs.changeColsCost(self.count, np.arange(self.count, dtype=np.int32), cost)
        self.highs.changeObjectiveSense(sense)
        self.highs.run()
        assert self.highs.getModelStatus() == highspy.HighsModelStatus.kOptimal
        return round(self.highs.getInfo().objective_function_value)

    def width(self, unknown):
        return self.bound(unknown, highspy.ObjSense.kMaximize) - self.bound(
            unknown, highspy.ObjSense.kMinimize
        )


def random_table(rng):
    rows, columns = rng.randint(1, 4), rng.randint(2, 4)
    figures = [0, 0, 1, 2, 3, 4, 5, 6, 9, 14, 30, 120]
    return [[rng.choice(figures) for _j in range(columns)] for _i in range(rows)]


TABLES = [random_table(random.Random(seed)) for seed in range(60)] + [
    [[3, 100, 0]],
    [[1, 1], [1, 1]],
    [[2, 0, 0]],
    [[4, 5, 6], [7, 8, 9]],
    [[3, 40, 2], [20, 1, 30], [6, 7, 8]],
]


@pytest.mark.parametrize("cells", TABLES, ids=str)
def test_no_hidden_figure_is_narrowed_below_five_values(cells):
    """Every cell of 1 to 4 is hidden, and no hidden figure (cell or total) can be narrowed from
    what is published to fewer than five possible values."""
    suppression = hidden_entries(cells)
    for i, row in enumerate(cells):
        for j, value in enumerate(row):
            if 0 < value < 5:
                assert suppression.cell(i, j)
    attack = Attack()
    figures = attack.table(cells, suppression)
    for entry in suppression.hidden:
        assert attack.width(figures[entry]) >= 4, (entry, suppression.shown(cells))


def test_a_lone_small_cell_beside_its_totals_was_recoverable_cell_by_cell():
    """The old cell-by-cell mask left "<5" recoverable by subtraction; the pattern does not."""
    cells = [[3, 10, 7]]
    attack = Attack()
    cell_by_cell = type(hidden_entries(cells))(frozenset({("cell", 0, 0)}))
    figures = attack.table(cells, cell_by_cell)
    assert attack.width(figures[("cell", 0, 0)]) == 0  # 20 - 10 - 7
    shown = hidden_entries(cells).shown(cells)
    assert shown["cells"][0].count(HIDDEN) >= 2


def grown(cells, rng):
    """The same table a while later: a few more people in some cells."""
    return [[value + rng.choice([0, 0, 0, 1, 2, 6]) for value in row] for row in cells]


@pytest.mark.parametrize("seed", range(25))
def test_two_dates_do_not_reveal_a_hidden_cell(seed):
    """Tables of one figure at two dates (one more person or a few, counts only grow), published
    with the pattern kept across dates: an attacker who combines both tables, and knows that
    nothing went down, still cannot narrow any hidden figure of either date below five values."""
    rng = random.Random(1000 + seed)
    before = random_table(rng)
    after = grown(before, rng)
    suppression = hidden_entries_over_time([before, after])
    attack = Attack()
    first = attack.table(before, suppression)
    second = attack.table(after, suppression)
    for entry in first:
        attack.at_most([(first[entry], 1), (second[entry], -1)])
    for entry in suppression.hidden:
        assert attack.width(first[entry]) >= 4, (entry, before, after)
        assert attack.width(second[entry]) >= 4, (entry, before, after)


def test_one_more_person_does_not_unmask_a_cell():
    """A cell of 4 that becomes 5 when one more woman joins stays hidden in the kept pattern,
    else the pair of tables would tell that it was 4."""
    before, after = [[4, 30, 9]], [[5, 30, 9]]
    assert not hidden_entries(after).cell(0, 0)  # alone, 5 would be shown
    assert hidden_entries_over_time([before, after]).cell(0, 0)


def test_same_table_same_pattern():
    """Deterministic, so that two surfaces showing the same figures hide the same cells."""
    cells = [[3, 40, 2], [20, 1, 30], [6, 7, 8]]
    assert hidden_entries(cells) == hidden_entries([row[:] for row in cells])
    assert hidden_entries([[0, 0], [5, 9]]).hidden == frozenset()


def test_every_surface_calls_the_one_pattern():
    """The public Action page, the reach report, the dashboard and the multiplier's page hide
    through lms.core.masking (the tests of those pages pin the figures they show)."""
    root = Path(__file__).resolve().parents[2]
    for source in (
        "lms/reporting/reach.py",
        "lms/reporting/reports.py",
        "lms/reporting/dashboard.py",
        "lms/cascade/views.py",
    ):
        assert "lms.core.masking import" in (root / source).read_text(), source
    assert "|masked" not in (root / "templates/lms/action_detail.html").read_text()


# A published table keeps its pattern across days and "as of" dates


def test_a_figure_hidden_once_on_a_published_table_stays_hidden(db):
    first = kept_hidden_entries("action:1:generations", [[4, 6, 5]], rows=[1], columns=GENDERS)
    assert first.cell(0, 0)
    # One more woman: 5 would be shown by a fresh pattern, and comparing the two days would give
    # away that there were 4. The kept pattern hides her cell still.
    assert not hidden_entries([[5, 6, 5]]).cell(0, 0)
    later = kept_hidden_entries("action:1:generations", [[5, 6, 5]], rows=[1], columns=GENDERS)
    assert later.cell(0, 0)
    # A generation added above keeps each entry on its own label, not its position.
    grown = kept_hidden_entries("action:1:generations", [[9, 9, 9], [5, 6, 5]], rows=[0, 1], columns=GENDERS)
    assert grown.cell(1, 0) and not grown.cell(0, 0)
    # Another table keeps its own pattern.
    assert not kept_hidden_entries("action:2:generations", [[5, 6, 5]], rows=[1], columns=GENDERS).cell(0, 0)


def test_the_reach_report_and_dashboard_keep_their_patterns_across_days(admin_client, db):
    """A cell of 4 women hidden in the reach report stays hidden once a fifth woman counts, and
    the dashboard of the Action hides what the Action's public page hides."""
    action = factories.ActionFactory(name="Kept")
    cohort = factories.CohortFactory(action=action)
    for gender in ["female"] * 4 + ["male"] * 6:
        factories.EnrolmentFactory(cohort=cohort, user=factories.UserFactory(gender=gender), started=True)

    def reach_row():
        table = admin_client.get(reverse("lms_reports:reach"), {"action": action.pk}).context["object_list"]
        return next(row for row in table if row.action == "Kept")

    assert reach_row().women == HIDDEN
    assert admin_client.get(f"/en/actions/{action.slug}/").context["generations"][0]["female"] == HIDDEN
    factories.EnrolmentFactory(cohort=cohort, user=factories.UserFactory(gender="female"), started=True)
    assert not hidden_entries([[5, 6, 0]]).cell(0, 0)  # a fresh pattern would show the 5
    assert reach_row().women == HIDDEN
    public = admin_client.get(f"/en/actions/{action.slug}/").context["generations"]
    dashboard = admin_client.get(reverse("lms_reports:impact"), {"action": action.pk}).context["figures"]
    assert public[0]["female"] == HIDDEN
    assert dict(dashboard["gender"])["Women"] == HIDDEN
