"""Figures safe to share outside the programme: small head counts masked so that no one can be
identified, and spreadsheet cells that cannot run as formulas."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

SMALL_CELL = 5
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
    """A head count safe to share: 1 to 4 people are shown as "<5"."""
    return "<5" if 0 < count < SMALL_CELL else count


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
