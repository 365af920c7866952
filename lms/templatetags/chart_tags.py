"""Server-side charts: no JavaScript, no external files, every figure also given as a table.

    {% load chart_tags %}
    {% bar_chart _("Learners by region") rows unit="" %}

`rows` is a list of (label, value) pairs (a dict works too). Values are ints, floats or Decimals;
a hidden figure (lms.core.masking.HIDDEN: a small cell, or one that would give it away) or a
string starting with "<" is drawn as a short hatched bar and shown as written.
None is shown as a dash, without a bar.
"""

import itertools
import numbers

from django import template
from django.utils.formats import number_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from lms.core.masking import is_hidden

register = template.Library()

WIDTH = 640  # the SVG's width in user units: labels, then bars, then the printed values
LABEL_WIDTH = 200
VALUE_WIDTH = 80
BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH
GAP = 6  # between a label or a bar and its text
ROW_HEIGHT = 28
BAR_HEIGHT = 18
PADDING = 4
MASKED_WIDTH = 12  # a masked cell's bar: short, whatever the scale
LABEL_CHARACTERS = 30  # longer labels are cut in the drawing (the table has them whole)

_chart_ids = itertools.count(1)


def _number(value):
    """The value as a number to draw, or None when it has no bar (masked or missing)."""
    if value is None or isinstance(value, str):
        return None
    if isinstance(value, numbers.Real) or hasattr(value, "is_finite"):  # Decimal is not numbers.Real
        return value
    return None


def _format(value, unit):
    """The value as printed, with its unit: "1,234", "12.5", "3 h", "40%"; a string (a masked
    cell) as written, None as a dash."""
    if isinstance(value, str):
        return value
    if _number(value) is None:
        return "—"
    if isinstance(value, numbers.Integral) or float(value).is_integer():
        text = number_format(int(value), use_l10n=True)
    else:
        text = number_format(round(float(value), 1 if abs(value) >= 1 else 2), use_l10n=True)
    if not unit:
        return text
    return f"{text}{unit}" if not str(unit)[:1].isalnum() else f"{text}\N{NO-BREAK SPACE}{unit}"


def _units(number):
    """A length in SVG user units, short: 185.0 → "185", 61.66666 → "61.67"."""
    return f"{round(number, 2):g}"


def bar_chart_context(title, rows, unit="", label_heading=None, value_heading=None, chart_id=""):
    """The template context of components/bar_chart.html (bar geometry computed here)."""
    if hasattr(rows, "items"):
        rows = rows.items()
    pairs = [(str(label), value) for label, value in (rows or ())]
    numbers_ = [_number(value) for _label, value in pairs]
    largest = max((float(n) for n in numbers_ if n is not None), default=0)
    masked = [
        is_hidden(value) or (isinstance(value, str) and value.startswith("<")) for _label, value in pairs
    ]
    chart_id = chart_id or f"bar-chart-{next(_chart_ids)}"
    context = {
        "title": title,
        "chart_id": chart_id,
        "empty": not pairs or (largest <= 0 and not any(masked)),
        "label_heading": label_heading or _("Category"),
        "value_heading": value_heading or _("Value"),
        "width": WIDTH,
        "height": 2 * PADDING + ROW_HEIGHT * len(pairs),
        "label_x": LABEL_WIDTH - GAP,
        "bar_x": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
        "rows": [],
    }
    if context["empty"]:
        return context
    for index, ((label, value), number, is_masked) in enumerate(zip(pairs, numbers_, masked, strict=True)):
        if is_masked:
            width = MASKED_WIDTH
        elif number is None or largest <= 0:
            width = 0
        else:
            width = max(float(number), 0) / largest * BAR_AREA
        top = PADDING + index * ROW_HEIGHT
        context["rows"].append(
            {
                "label": label,
                "short_label": Truncator(label).chars(LABEL_CHARACTERS),
                "display": _format(value, unit),
                "masked": is_masked,
                "width": _units(width),
                "bar_y": _units(top + (ROW_HEIGHT - BAR_HEIGHT) / 2),
                "text_y": _units(top + ROW_HEIGHT / 2),
                "value_x": _units(LABEL_WIDTH + width + GAP),
            }
        )
    return context


@register.inclusion_tag("components/bar_chart.html")
def bar_chart(title, rows, unit="", label_heading=None, value_heading=None, chart_id=""):
    """A horizontal bar chart (inline SVG) with the same figures in a table beside it."""
    return bar_chart_context(title, rows, unit, label_heading, value_heading, chart_id)
