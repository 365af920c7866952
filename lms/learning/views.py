"""Learner views: thin wrappers that call lms.learning.services and turn its errors into messages."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from lms.core import exceptions
from lms.core.links import site_url
from lms.core.ratelimit import allow, count_attempt, over_limit, too_many_requests

from . import pending, services
from .certificate_pdf import certificate_pdf
from .forms import EnrolmentKeyForm, FeedbackForm
from .grading import right_answers_shown, unanswered_questions
from .models import AssessmentAttempt, Certificate, CohortInvitation, Enrolment
from .pages import TYPED_KEY_SESSION, LearningContainerPage, LearningStepPage
from .progress import progress_of

VERIFY_LIMIT_PER_MINUTE = 20
# Wrong enrolment keys and invitation joins in 10 minutes, per account and per address: enough for
# typing mistakes and for a workshop joining from one office, too few to guess a key or to pour
# throwaway accounts into someone's cascade. Only wrong keys count, so no one locks colleagues out.
ATTEMPTS_WINDOW_SECONDS = 10 * 60
KEY_FAILURES = {"per_account": 10, "per_address": 100}
JOINS = {"per_account": 10, "per_address": 60}


def _keep_typed_key(request, container, key):
    """The page the learner is sent back to shows the key they typed, to correct it."""
    if key:
        request.session[TYPED_KEY_SESSION] = {"page": container.pk, "key": key[:32]}


def _wrong_key(request, container, message, key):
    count_attempt(request, "enrolment-key", window_seconds=ATTEMPTS_WINDOW_SECONDS)
    messages.error(request, message)
    _keep_typed_key(request, container, key)
    return redirect(container.get_url(request))


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
    if key is not None and over_limit(request, "enrolment-key", **KEY_FAILURES):
        return too_many_requests(request, exceptions.TooManyAttempts.message)
    if key is not None and not EnrolmentKeyForm({"key": key}).is_valid():
        return _wrong_key(request, container, exceptions.WrongEnrolmentKey.message, key)
    try:
        enrolment, created = services.enrol(request.user, container, key=key)
    except exceptions.WrongEnrolmentKey as error:
        return _wrong_key(request, container, error.message, key)
    except exceptions.LearningError as error:
        messages.error(request, error.message)
        _keep_typed_key(request, container, key)
        return redirect(container.get_url(request))
    if created:
        messages.success(request, _("You are enrolled in “%(title)s”.") % {"title": container.title})
    progress = progress_of(enrolment, container)
    target = progress.next_step or container
    return redirect(target.get_url(request))


def _join_context(cohort, container, **extra):
    """What the invitation page says: who invites (the multiplier whose link it is), to which
    course, for which Action."""
    owner = cohort.owner
    inviter = owner.enrolment.user.full_name if owner is not None else ""
    action = owner.enrolment.action if owner is not None else cohort.action
    return {"cohort": cohort, "container": container, "inviter": inviter, "action": action, **extra}


def join(request, token):
    """An invitation link: shows who invites, to what and for which Action, to anyone with the
    link; joining is a POST, once signed in. A visitor without an account keeps the invitation in
    their session whichever way they create one (lms.learning.pending)."""
    cohort = pending.invitation_cohort(token)
    if cohort is None:
        return render(request, "lms/join.html", {"error": exceptions.InvalidInvitation.message}, status=404)
    container = cohort.container.specific.localized
    if not request.user.is_authenticated:
        pending.remember(request, url=request.path, token=token)
        if request.method == "POST":
            return redirect_to_login(request.path)
        return render(request, "lms/join.html", _join_context(cohort, container, next=request.path))
    if request.method == "POST":
        if over_limit(request, "invitation-join", **JOINS):
            context = _join_context(cohort, container, error=exceptions.TooManyAttempts.message)
            return render(request, "lms/join.html", context, status=429)
        count_attempt(request, "invitation-join", window_seconds=ATTEMPTS_WINDOW_SECONDS)
        try:
            services.enrol(request.user, container, invitation=token)
        except exceptions.LearningError as error:
            return render(request, "lms/join.html", _join_context(cohort, container, error=error.message))
        pending.forget(request)
        messages.success(request, _("You are enrolled in “%(title)s”.") % {"title": container.title})
        return redirect(_first_step_url(container, request))
    return render(request, "lms/join.html", _join_context(cohort, container))


def _invitation_page(request, context, status=200):
    return render(request, "lms/cohort_invitation.html", context, status=status)


def cohort_invitation(request, invitation_id, token):
    """A coordinator's invitation to a cohort (bulk import): who invites, to which course, group
    and Action, Accept or Decline (POST). Only the account of the invited address may answer; anyone
    else learns nothing about the invitation. Someone not signed in (the link holds the token
    emailed to the address) sees what it is and signs in, or chooses their password, to answer:
    the invitation is kept in their session meanwhile (lms.learning.pending)."""
    invitation = (
        CohortInvitation.objects.select_related("cohort__container", "cohort__action", "invited_by")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None or not invitation.matches(token) or not invitation.cohort.container.live:
        return _invitation_page(request, {"error": exceptions.InvalidInvitation.message}, status=404)
    if not request.user.is_authenticated:
        pending.remember(request, url=request.path)
        answered = invitation.accepted_at or invitation.declined_at or invitation.is_expired()
        if request.method == "POST" or answered:
            return redirect_to_login(request.path)
        container = invitation.cohort.container.specific.localized
        context = {"invitation": invitation, "cohort": invitation.cohort, "container": container}
        return _invitation_page(request, {**context, "anonymous": True, "next": request.path})
    try:
        services.check_may_answer(invitation, request.user)
    except exceptions.InvitationForAnotherAccount as error:
        # Not found, as any other person's record is (the message helps someone signed in as their
        # other account); nothing of the invitation is shown.
        return _invitation_page(request, {"error": error.message}, status=404)
    except exceptions.LearningError as error:  # expired or declined
        return _invitation_page(request, {"error": error.message}, status=410)
    container = invitation.cohort.container.specific.localized
    if invitation.accepted_at is not None:
        return redirect(container.get_url(request))
    context = {"invitation": invitation, "cohort": invitation.cohort, "container": container}
    if request.method != "POST":
        return _invitation_page(request, context)
    accepting = request.POST.get("answer") == "accept"
    try:
        if accepting:
            services.accept_invitation(invitation, request.user)
        else:
            services.decline_invitation(invitation, request.user)
    except exceptions.LearningError as error:
        return _invitation_page(request, {**context, "error": error.message}, status=409)
    title = {"title": container.title}
    if accepting:
        messages.success(request, _("You are enrolled in “%(title)s”.") % title)
        return redirect(_first_step_url(container, request))
    messages.success(request, _("You declined the invitation to “%(title)s”.") % title)
    return redirect("lms:my_learning")


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
    next_step = progress_of(enrolment, step.container).next_step
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
    except exceptions.IncompleteAnswers:
        return _assessment_again(request, assessment, answers)
    except exceptions.LearningError as error:
        messages.error(request, error.message)
        return redirect(assessment.get_url(request))
    return redirect("lms:attempt", attempt_id=attempt.pk)


def _assessment_again(request, assessment, answers):
    """The assessment as the learner sent it: the answers given stay chosen, the questions left
    unanswered are named (nothing typed is lost; no attempt was stored)."""
    missing = unanswered_questions(assessment.questions, answers)
    context = assessment.get_context(request, given=answers, unanswered=missing)
    return TemplateResponse(request, assessment.get_template(request), context, status=400)


@login_required
def attempt(request, attempt_id):
    attempt = get_object_or_404(
        AssessmentAttempt.objects.select_related("enrolment__cohort", "assessment"),
        pk=attempt_id,
        enrolment__user=request.user,
    )
    assessment = attempt.assessment.specific
    left = services.attempts_left(attempt.enrolment, assessment)
    questions = []
    for block in assessment.questions:
        chosen = set(attempt.answers.get(block.id, []))
        questions.append(
            {
                "block": block,
                "wrong": block.id in attempt.wrong_questions,
                "your_answers": [
                    option["text"] for index, option in enumerate(block.value["options"]) if index in chosen
                ],
            }
        )
    reveal = right_answers_shown(attempt)
    certificate, certificate_coming, next_step = None, False, None
    if attempt.passed:
        enrolment = attempt.enrolment
        container = enrolment.container.specific
        certificate = Certificate.objects.valid().filter(enrolment=enrolment).first()
        if certificate is None and enrolment.completed_at is not None:
            # Issued in the background just after completion (lms.learning.receivers).
            certificate_coming = container.issues_certificate
        elif enrolment.completed_at is None:
            next_step = progress_of(enrolment, container).next_step
    return render(
        request,
        "lms/attempt.html",
        {
            "attempt": attempt,
            "assessment": assessment,
            "questions": questions,
            "attempts_left": left,
            "reveal": reveal,
            "certificate": certificate,
            "certificate_coming": certificate_coming,
            "next_step": next_step,
            "lessons_to_revisit": [] if attempt.passed else assessment.lessons_to_revisit(),
        },
    )


@login_required
def certificate_download(request, code):
    certificate = get_object_or_404(
        Certificate.objects.select_related("enrolment__user", "enrolment__container", "enrolment__action"),
        code=code,
        enrolment__user=request.user,
    )
    verify_url = site_url(reverse("certificate_verify", kwargs={"code": certificate.code}))
    pdf = certificate_pdf(certificate, verify_url=verify_url)
    return FileResponse(pdf, as_attachment=True, filename=f"relais-certificate-{certificate.code[:8]}.pdf")


def verify(request, code=None):
    code = (code or request.GET.get("code") or "").strip()[:80]
    context = {"code": code}
    status = 200
    if code:
        if not allow(request, "certificate-verify", limit=VERIFY_LIMIT_PER_MINUTE, window_seconds=60):
            return render(request, "lms/verify.html", {"throttled": True}, status=429)
        certificate = Certificate.objects.select_related(
            "enrolment__user", "enrolment__container", "enrolment__action"
        ).typed(code)
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
