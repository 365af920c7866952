"""Learner views: thin wrappers that call lms.services and turn its errors into messages."""

import uuid

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import exceptions, services
from .certificates import certificate_pdf
from .forms import DeleteAccountForm, EnrolmentKeyForm, FeedbackForm, ProfileForm, SessionForm, SignUpForm
from .models import AssessmentAttempt, Certificate, Cohort, Enrolment, Multiplier, MultiplierSession
from .pages import LearningContainerPage, LearningStepPage
from .personal_data import personal_data
from .ratelimit import allow

VERIFY_LIMIT_PER_MINUTE = 20


def _safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


def _in_language(url, user):
    """The same address in the learner's preferred language (the site follows the learner)."""
    return translate_url(url, user.preferred_language) if user.preferred_language else url


def _set_language_cookie(response, user):
    from django.conf import settings

    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, user.preferred_language, samesite="Lax")
    return response


# Accounts ------------------------------------------------------------------------------------------


class LoginView(auth_views.LoginView):
    template_name = "lms/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        user = form.get_user()
        response["Location"] = _in_language(response["Location"], user)
        return _set_language_cookie(response, user)

    def get_default_redirect_url(self):
        return reverse("lms:my_learning")


def signup(request):
    if request.user.is_authenticated:
        return redirect("lms:my_learning")
    form = SignUpForm(request.POST or None, initial={"preferred_language": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid() and (user := form.save()) is not None:
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Relais. Your account is ready."))
        response = redirect(_in_language(_safe_next(request, reverse("lms:my_learning")), user))
        return _set_language_cookie(response, user)
    return render(request, "lms/signup.html", {"form": form, "next": _safe_next(request, "")})


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        messages.success(request, _("Your profile has been saved."))
        return _set_language_cookie(redirect(_in_language(reverse("lms:profile"), user)), user)
    return render(request, "lms/profile.html", {"form": form})


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a sign-in refused by the lockout: the admin's look in the admin."""
    in_admin = request.path_info.startswith("/admin/")
    template = "lms/admin/locked_out.html" if in_admin else "lms/locked_out.html"
    return render(request, template, status=429)


@login_required
def my_data(request):
    """Everything Relais holds about the signed-in person, as a JSON file."""
    response = JsonResponse(
        personal_data(request.user, request), json_dumps_params={"indent": 2, "ensure_ascii": False}
    )
    response["Content-Disposition"] = 'attachment; filename="relais-my-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def delete_account(request):
    """Deletion on request, confirmed with the password: the person is forgotten at once (see
    services.forget_learner for what is kept, without a name, for the programme's figures)."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.forget_learner(request.user)
        logout(request)
        messages.success(request, _("Your account and personal data have been deleted."))
        return redirect("/")
    return render(request, "lms/delete_account.html", {"form": form})


# Enrolment -----------------------------------------------------------------------------------------


def _container(page_id):
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not isinstance(page, LearningContainerPage):
        raise Http404
    return page


def _first_step_url(container, request):
    first = container.steps[0] if container.steps else None
    return first.get_url(request) if first else container.get_url(request)


@require_POST
@login_required
def enrol(request, page_id):
    container = _container(page_id)
    key = request.POST.get("key")
    if key is not None and not EnrolmentKeyForm({"key": key}).is_valid():
        messages.error(request, exceptions.WrongEnrolmentKey.message)
        return redirect(container.get_url(request))
    try:
        enrolment, created = services.enrol(request.user, container, key=key)
    except exceptions.LearningError as error:
        messages.error(request, error.message)
        return redirect(container.get_url(request))
    if created:
        messages.success(request, _("You are enrolled in “%(title)s”.") % {"title": container.title})
    progress = services.progress_of(enrolment, container)
    target = progress.next_step or container
    return redirect(target.get_url(request))


@login_required
def join(request, token):
    """An invitation link: shows what the learner is invited to; joining is a POST."""
    cohort = Cohort.objects.filter(invitation_token=token).select_related("container").first()
    if cohort is None or not cohort.container.live:
        return render(request, "lms/join.html", {"error": exceptions.InvalidInvitation.message}, status=404)
    container = cohort.container.specific.localized
    if request.method == "POST":
        try:
            services.enrol(request.user, container, invitation=token)
        except exceptions.LearningError as error:
            return render(
                request, "lms/join.html", {"cohort": cohort, "container": container, "error": error.message}
            )
        messages.success(request, _("You are enrolled in “%(title)s”.") % {"title": container.title})
        return redirect(_first_step_url(container, request))
    return render(request, "lms/join.html", {"cohort": cohort, "container": container})


def _own_enrolment(request, enrolment_id):
    return get_object_or_404(
        Enrolment.objects.select_related("container"), pk=enrolment_id, user=request.user
    )


@require_POST
@login_required
def withdraw(request, enrolment_id):
    enrolment = _own_enrolment(request, enrolment_id)
    services.withdraw(enrolment)
    messages.success(
        request,
        _("You have left “%(title)s”. Your progress is kept if you come back.")
        % {"title": enrolment.container.title},
    )
    return redirect("lms:my_learning")


@login_required
def my_learning(request):
    rows = services.learning_overview(request.user, request.LANGUAGE_CODE)
    return render(request, "lms/my_learning.html", {"rows": rows})


# Progress and assessments --------------------------------------------------------------------------


def _step(page_id, cls=LearningStepPage):
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not isinstance(page, cls):
        raise Http404
    return page


@require_POST
@login_required
def complete(request, page_id):
    step = _step(page_id)
    enrolment = services.enrolment_for(request.user, step.container)
    try:
        services.complete_step(enrolment, step)
    except exceptions.LearningError as error:
        messages.error(request, error.message)
        return redirect(step.get_url(request))
    enrolment.refresh_from_db()
    if enrolment.completed_at:
        messages.success(
            request, _("Congratulations: you have completed “%(title)s”.") % {"title": step.container.title}
        )
        return redirect(step.container.get_url(request))
    next_step = services.progress_of(enrolment, step.container).next_step
    return redirect((next_step or step).get_url(request))


@require_POST
@login_required
def submit_assessment(request, page_id):
    assessment = _step(page_id)
    if not assessment.completed_by_passing:
        raise Http404
    enrolment = services.enrolment_for(request.user, assessment.container)
    answers = {key[len("q-") :]: request.POST.getlist(key) for key in request.POST if key.startswith("q-")}
    token = request.POST.get("submission_token") or uuid.uuid4().hex
    try:
        attempt = services.submit_assessment(enrolment, assessment, answers, submission_token=token[:64])
    except exceptions.LearningError as error:
        messages.error(request, error.message)
        return redirect(assessment.get_url(request))
    return redirect("lms:attempt", attempt_id=attempt.pk)


@login_required
def attempt(request, attempt_id):
    attempt = get_object_or_404(
        AssessmentAttempt.objects.select_related("enrolment", "assessment"),
        pk=attempt_id,
        enrolment__user=request.user,
    )
    assessment = attempt.assessment.specific
    left = services.attempts_left(attempt.enrolment, assessment)
    reveal = attempt.passed or left == 0
    questions = [
        {
            "block": block,
            "wrong": block.id in attempt.wrong_questions,
            "chosen": attempt.answers.get(block.id, []),
        }
        for block in assessment.questions
    ]
    return render(
        request,
        "lms/attempt.html",
        {
            "attempt": attempt,
            "assessment": assessment,
            "questions": questions,
            "attempts_left": left,
            "reveal": reveal,
        },
    )


# Certificates and feedback -------------------------------------------------------------------------


@login_required
def certificate_download(request, code):
    certificate = get_object_or_404(
        Certificate.objects.select_related("enrolment__user", "enrolment__container", "enrolment__action"),
        code=code,
        enrolment__user=request.user,
    )
    verify_url = request.build_absolute_uri(reverse("certificate_verify", kwargs={"code": certificate.code}))
    pdf = certificate_pdf(certificate, verify_url=verify_url)
    return FileResponse(pdf, as_attachment=True, filename=f"relais-certificate-{certificate.code[:8]}.pdf")


def verify(request, code=None):
    code = code or (request.GET.get("code") or "").strip()
    context = {"code": code}
    status = 200
    if code:
        if not allow(request, "certificate-verify", limit=VERIFY_LIMIT_PER_MINUTE, window_seconds=60):
            return render(request, "lms/verify.html", {"throttled": True}, status=429)
        certificate = (
            Certificate.objects.select_related("enrolment__user", "enrolment__container", "enrolment__action")
            .filter(code=code[:64])
            .first()
        )
        context["certificate"] = certificate
        if certificate is None:
            status = 404
    return render(request, "lms/verify.html", context, status=status)


@login_required
def feedback(request, enrolment_id):
    enrolment = _own_enrolment(request, enrolment_id)
    if hasattr(enrolment, "feedback"):
        messages.info(request, exceptions.FeedbackAlreadyGiven.message)
        return redirect("lms:my_learning")
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_feedback(enrolment, ratings=form.ratings(), comment=form.cleaned_data["comment"])
        except exceptions.LearningError as error:
            messages.error(request, error.message)
            return redirect("lms:my_learning")
        messages.success(request, _("Thank you for your feedback."))
        return redirect("lms:my_learning")
    if enrolment.completed_at is None:
        messages.info(request, exceptions.NotCompleted.message)
        return redirect("lms:my_learning")
    return render(request, "lms/feedback.html", {"form": form, "enrolment": enrolment})


# Multipliers ---------------------------------------------------------------------------------------


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
    enrolment = _own_enrolment(request, enrolment_id)
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


@login_required
def attendance_sheet(request, session_id):
    """Attendance sheets hold attendees' names: their multiplier and the Action's coordinators only."""
    session = get_object_or_404(
        MultiplierSession.objects.select_related("multiplier__enrolment"),
        pk=session_id,
        attendance_sheet__gt="",
    )
    enrolment = session.multiplier.enrolment
    allowed = enrolment.user_id == request.user.pk or (
        request.user.is_staff
        and (
            request.user.is_superuser
            or request.user.coordinated_actions.filter(pk=enrolment.action_id).exists()
        )
    )
    if not allowed:
        raise Http404
    return FileResponse(session.attendance_sheet.open("rb"), as_attachment=True)
