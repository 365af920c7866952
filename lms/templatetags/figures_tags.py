from django import template

from lms.reporting.figures import public_figures as programme_figures

register = template.Library()


@register.simple_tag
def public_figures():
    """The programme-wide public figures (see lms.reporting.figures): `{% public_figures as figures %}`."""
    return programme_figures()
