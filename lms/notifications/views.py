from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .calendar import calendar_of, reset_calendar
from .forms import PreferencesForm
from .models import CalendarFeed, Kind
from .services import read_unsubscribe_token, unsubscribe


@login_required
@require_POST
def preferences(request):
    """The email settings part of the profile page (lms.accounts.views.profile shows the form)."""
    form = PreferencesForm(request.POST, user=request.user)
    if form.is_valid():
        form.save()
        messages.success(request, _("Your email settings have been saved."))
    else:
        messages.error(request, _("Your email settings could not be saved."))
    return redirect("lms:profile")


# Mail clients post the one-click unsubscribe (RFC 8058) without a session or CSRF token: the
# signed link is the authority, and it can only switch a kind of message off.
@csrf_exempt
def unsubscribe_view(request, token):
    found = read_unsubscribe_token(token)
    user = get_user_model().objects.filter(pk=found[0]).first() if found else None
    if user is None:
        return render(request, "lms/unsubscribe.html", {"state": "invalid"}, status=404)
    kind_label = Kind(found[1]).label
    if request.method == "POST":
        unsubscribe(user, found[1])
        return render(request, "lms/unsubscribe.html", {"state": "done", "kind_label": kind_label})
    return render(request, "lms/unsubscribe.html", {"state": "confirm", "kind_label": kind_label})


def calendar(request, token):
    """The personal feed, read by calendar applications without a session."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token, user__is_active=True).first()
    if feed is None:
        raise Http404
    with translation.override(feed.user.preferred_language):
        body = calendar_of(feed.user)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="relais.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def reset_calendar_view(request):
    reset_calendar(request.user)
    messages.success(request, _("Your calendar has a new address; the old one no longer works."))
    return redirect("lms:profile")
