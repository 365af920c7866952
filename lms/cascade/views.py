"""The multiplier's page: invitation links, the people trained through them, offline sessions and
their printable attendance sheets; and the attendees' public check-in page."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.core import exceptions
from lms.core.links import site_url
from lms.core.masking import masked
from lms.core.ratelimit import address_over_limit, allow, count_address_attempt
from lms.learning.models import Enrolment
from lms.programme.scoping import scope

from . import checkin as checkins
from . import services
from .forms import CheckInForm, SessionForm
from .models import Multiplier, MultiplierSession

SHEET_MIN_ROWS = 20
# Wrong check-in codes per address in 10 minutes: plenty for typing mistakes in a workshop on one
# connection, far too few to find a code by guessing. Check-ins themselves are bounded per address
# too, above the largest session.
CHECKIN_WINDOW_SECONDS = 10 * 60
WRONG_CHECKIN_CODES = 30
CHECKINS_PER_ADDRESS = 300
CHECKIN_COOKIE = "relais_checkin"
CHECKIN_COOKIE_SALT = "lms.cascade.checkin"
CHECKIN_COOKIE_MAX_AGE = 365 * 24 * 3600


def _multiplier_page(request, *, bound=None, status=200):
    """The multiplier's page: invitation links, the people who enrolled through them, sessions
    and their review. `bound` is (multiplier id, form) for a session form sent with errors: it is
    shown again with what was typed."""
    enrolments = Enrolment.objects.filter(user=request.user, completed_at__isnull=False).select_related(
        "container"
    )
    multipliers = list(
        Multiplier.objects.filter(enrolment__user=request.user)
        .select_related("enrolment__container", "enrolment__action", "enrolment__cohort", "invitation_cohort")
        .prefetch_related("enrolment__action__coordinators")
    )
    taken = {m.enrolment_id for m in multipliers}
    # Each course under its title in the reader's language (Wagtail's `localized`: the live
    # translation in the active language, else the page itself).
    eligible = [
        {"enrolment": e, "course": e.container.specific.localized}
        for e in enrolments
        if e.pk not in taken and services.can_become_multiplier(e)
    ]
    trainees = Enrolment.objects.filter(trained_by__in=[m.enrolment for m in multipliers]).select_related(
        "user"
    )
    sessions = (
        MultiplierSession.objects.filter(multiplier__in=multipliers)
        .with_checked_in()
        .order_by("-date", "-pk")
    )
    rows = []
    for item in multipliers:
        own = [t for t in trainees if t.trained_by_id == item.enrolment_id]
        form = bound[1] if bound and bound[0] == item.pk else SessionForm(prefix=f"m{item.pk}")
        rows.append(
            {
                "multiplier": item,
                "course": item.enrolment.container.specific.localized,
                "invitation_url": site_url(
                    reverse("lms:join", args=[item.invitation_cohort.invitation_token])
                ),
                "confirmers": services.who_confirms(item),
                "revoked_by_role": _revoker_role(item),
                "trainees": own,
                "completed": sum(1 for t in own if t.completed_at),
                # People the multiplier's trainees trained in turn: not the multiplier's to know
                # one by one, so a count of 1 to 4 is hidden (lms.core.masking).
                "further": masked(services.people_trained_below(own)),
                "sessions": [s for s in sessions if s.multiplier_id == item.pk],
                "form": form,
                "form_open": form.is_bound,
            }
        )
    context = {"rows": rows, "eligible": eligible, "window_days": settings.RELAIS_CHECKIN_WINDOW_DAYS}
    return render(request, "lms/multiplier.html", context, status=status)


def _revoker_role(multiplier):
    """Who revoked the multiplier, as they are told: by role (a coordinator of their Action, or a
    programme manager), not by name."""
    if not multiplier.is_revoked:
        return ""
    action = multiplier.enrolment.action
    if action is not None and any(u.pk == multiplier.revoked_by_id for u in action.coordinators.all()):
        return _("a coordinator of the Action “%(action)s”") % {"action": action.name}
    return _("a programme manager")


@login_required
def multiplier(request):
    return _multiplier_page(request)


@require_POST
@login_required
def become_multiplier(request, enrolment_id):
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id, user=request.user)
    try:
        services.become_multiplier(enrolment)
    except exceptions.LearningError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("You are now a multiplier: share your invitation link with your colleagues.")
        )
    return redirect("lms:multiplier")


@require_POST
@login_required
def record_session(request, multiplier_id):
    item = get_object_or_404(Multiplier, pk=multiplier_id, enrolment__user=request.user)
    form = SessionForm(request.POST, request.FILES, prefix=f"m{item.pk}")
    if form.is_valid():
        try:
            services.record_session(item, **form.cleaned_data)
        except exceptions.LearningError as error:
            form.add_error(getattr(error, "field", None), error.message)
        else:
            messages.success(
                request, _("The session has been recorded. It counts once your coordinator confirms it.")
            )
            return redirect("lms:multiplier")
    # Shown again with what was typed (a file must be chosen again: browsers do not keep it).
    return _multiplier_page(request, bound=(item.pk, form), status=400)


@require_POST
@login_required
def withdraw_session(request, session_id):
    session = get_object_or_404(MultiplierSession, pk=session_id, multiplier__enrolment__user=request.user)
    try:
        services.withdraw_session(session)
    except exceptions.LearningError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The session has been withdrawn."))
    return redirect("lms:multiplier")


@require_GET
@login_required
def attendance_sheet(request, session_id):
    """Attendance sheets hold attendees' names: lms.programme.scoping decides who may download one."""
    session = get_object_or_404(
        MultiplierSession.objects.select_related("multiplier__enrolment"),
        pk=session_id,
        attendance_sheet__gt="",
    )
    if not scope.may_download_attendance_sheet(request.user, session):
        raise Http404
    return FileResponse(session.attendance_sheet.open("rb"), as_attachment=True)


@require_GET
@login_required
def session_sheet(request, session_id):
    """The session's attendance sheet to print, with its check-in code and QR code: only for the
    multiplier who recorded it, and only while the session can still take check-ins."""
    session = get_object_or_404(
        MultiplierSession.objects.select_related(
            "multiplier__enrolment__user", "multiplier__enrolment__action", "multiplier__enrolment__container"
        ),
        pk=session_id,
        multiplier__enrolment__user=request.user,
    )
    if not session.takes_checkins:
        raise Http404
    url = checkins.checkin_url(session)
    first, last = checkins.checkin_window(session)
    rows = range(1, max(session.participants + 5, SHEET_MIN_ROWS) + 1)
    context = {
        "session": session,
        "checkin_url": url,
        "checkin_home": site_url(reverse("checkin")),
        "qr": mark_safe(checkins.qr_svg(url)),  # noqa: S308 -- segno's own SVG of our own URL
        "first_day": first,
        "last_day": last,
        "rows": rows,
    }
    return render(request, "lms/session_sheet.html", context)


def _browser_token(request):
    """This browser's check-in token from its signed cookie; None when it has none (or a forged one)."""
    return request.get_signed_cookie(CHECKIN_COOKIE, default=None, salt=CHECKIN_COOKIE_SALT)


def _checkin_page(request, *, form, session=None, error=None, status=200):
    context = {"form": form, "session": session, "error": error}
    if session is not None:
        context["already"] = checkins.has_checked_in(session, _browser_token(request))
        try:
            checkins.check_open(session)
        except exceptions.LearningError as closed:
            context["closed"] = closed.message
    return render(request, "lms/checkin.html", context, status=status)


@require_http_methods(["GET", "POST"])
def checkin(request, code=None):
    """The attendees' check-in page, for anyone with a session's code (no account): a plain form,
    no script. Wrong codes count against the address, so codes cannot be found by guessing."""
    posted = request.method == "POST"
    form = CheckInForm(request.POST if posted else None, initial={"code": code or ""})
    if address_over_limit(request, "checkin-code", limit=WRONG_CHECKIN_CODES):
        return _checkin_page(request, form=form, error=exceptions.TooManyAttempts.message, status=429)
    typed = request.POST.get("code", "") if posted else code
    if not typed:
        return _checkin_page(request, form=form, status=400 if posted else 200)
    session = checkins.session_for_code(typed)
    if session is None:
        count_address_attempt(request, "checkin-code", window_seconds=CHECKIN_WINDOW_SECONDS)
        return _checkin_page(request, form=form, error=exceptions.WrongCheckInCode.message, status=404)
    if not posted:
        return _checkin_page(request, form=form, session=session)
    if not form.is_valid():
        return _checkin_page(request, form=form, session=session, status=400)
    if not allow(request, "checkin", limit=CHECKINS_PER_ADDRESS, window_seconds=CHECKIN_WINDOW_SECONDS):
        return _checkin_page(
            request, form=form, session=session, error=exceptions.TooManyAttempts.message, status=429
        )
    token = _browser_token(request) or checkins.new_browser_token()
    try:
        checkins.check_in(
            session,
            browser_token=token,
            institution=form.cleaned_data["institution"],
            gender=form.cleaned_data["gender"],
        )
    except exceptions.LearningError as error:
        return _checkin_page(request, form=form, session=session, error=error.message, status=409)
    messages.success(request, _("You are checked in. Thank you for confirming your attendance."))
    response = redirect("checkin_code", code=session.checkin_code)
    response.set_signed_cookie(
        CHECKIN_COOKIE,
        token,
        salt=CHECKIN_COOKIE_SALT,
        max_age=CHECKIN_COOKIE_MAX_AGE,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )
    return response
