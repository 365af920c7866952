"""Figures safe to share outside the programme: small head counts masked so that no one can be
identified, and spreadsheet cells that cannot run as formulas."""

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
