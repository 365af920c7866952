"""The multiplier's page: invitation links, the people trained through them, offline sessions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.core import exceptions
from lms.learning.models import Enrolment
from lms.programme.scoping import scope

from . import services
from .forms import SessionForm
from .models import Multiplier, MultiplierSession


@login_required
def multiplier(request):
    """The multiplier's page: invitation links, the people who enrolled through them, sessions."""
    enrolments = Enrolment.objects.filter(user=request.user, completed_at__isnull=False).select_related(
        "container"
    )
    multipliers = list(
        Multiplier.objects.filter(enrolment__user=request.user).select_related(
            "enrolment__container", "invitation_cohort"
        )
    )
    taken = {m.enrolment_id for m in multipliers}
    eligible = [e for e in enrolments if e.pk not in taken and services.can_become_multiplier(e)]
    trainees = Enrolment.objects.filter(trained_by__in=[m.enrolment for m in multipliers]).select_related(
        "user"
    )
    sessions = MultiplierSession.objects.filter(multiplier__in=multipliers).order_by("-date")
    rows = []
    for item in multipliers:
        own = [t for t in trainees if t.trained_by_id == item.enrolment_id]
        rows.append(
            {
                "multiplier": item,
                "invitation_url": request.build_absolute_uri(
                    reverse("lms:join", args=[item.invitation_cohort.invitation_token])
                ),
                "trainees": own,
                "completed": sum(1 for t in own if t.completed_at),
                "further": services.people_trained_below(own),
                "sessions": [s for s in sessions if s.multiplier_id == item.pk],
                "form": SessionForm(prefix=f"m{item.pk}"),
            }
        )
    return render(request, "lms/multiplier.html", {"rows": rows, "eligible": eligible})


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
            messages.error(request, error.message)
        else:
            messages.success(request, _("The session has been recorded."))
            return redirect("lms:multiplier")
    else:
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label}: {' '.join(errors)}")
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
