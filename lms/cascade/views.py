"""The multiplier's page: invitation links, the people trained through them, offline sessions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.core import exceptions
from lms.core.links import site_url
from lms.core.masking import masked
from lms.learning.models import Enrolment
from lms.programme.scoping import scope

from . import services
from .forms import SessionForm
from .models import Multiplier, MultiplierSession


def _multiplier_page(request, *, bound=None, status=200):
    """The multiplier's page: invitation links, the people who enrolled through them, sessions
    and their review. `bound` is (multiplier id, form) for a session form sent with errors: it is
    shown again with what was typed."""
    enrolments = Enrolment.objects.filter(user=request.user, completed_at__isnull=False).select_related(
        "container"
    )
    multipliers = list(
        Multiplier.objects.filter(enrolment__user=request.user)
        .select_related("enrolment__container", "enrolment__action", "invitation_cohort")
        .prefetch_related("enrolment__action__coordinators")
    )
    taken = {m.enrolment_id for m in multipliers}
    eligible = [e for e in enrolments if e.pk not in taken and services.can_become_multiplier(e)]
    trainees = Enrolment.objects.filter(trained_by__in=[m.enrolment for m in multipliers]).select_related(
        "user"
    )
    sessions = MultiplierSession.objects.filter(multiplier__in=multipliers).order_by("-date", "-pk")
    rows = []
    for item in multipliers:
        own = [t for t in trainees if t.trained_by_id == item.enrolment_id]
        form = bound[1] if bound and bound[0] == item.pk else SessionForm(prefix=f"m{item.pk}")
        rows.append(
            {
                "multiplier": item,
                "invitation_url": site_url(
                    reverse("lms:join", args=[item.invitation_cohort.invitation_token])
                ),
                "confirmers": services.who_confirms(item),
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
    context = {"rows": rows, "eligible": eligible}
    return render(request, "lms/multiplier.html", context, status=status)


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
