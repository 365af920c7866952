"""Public reporting pages: "How we count", the one definition of the programme's figures, linked
from every figure shown (templates/components/how_we_count_link.html)."""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_safe

from lms.core.masking import SMALL_CELL


@require_safe
def how_we_count(request):
    """A page of code, not a Wagtail page: editors cannot delete or reword the definition."""
    return render(
        request,
        "lms/how_we_count.html",
        {"small_cell": SMALL_CELL, "verification_days": settings.RELAIS_EMAIL_VERIFICATION_DAYS},
    )
