"""Account views: sign-in (the site follows the learner's language), sign-up, email verification,
profile."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lms.core import exceptions
from lms.core.links import address_in_language, untranslated_notice
from lms.learning import pending
from lms.notifications.calendar import calendar_url
from lms.notifications.forms import PreferencesForm

from . import verification
from .forms import ProfileForm, SignUpForm


def _safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


def _in_language(request, url, user):
    """The address in the learner's preferred language (the site follows the learner), or in the
    language they were reading when they have none: a page not translated into it is given in the
    language it exists in, with a notice, never as "Page not found"."""
    language = user.preferred_language or get_language()
    url, choice = address_in_language(url, language, request)
    if choice is not None and not choice.translated:
        messages.info(request, untranslated_notice(choice))
    return url


def _set_language_cookie(response, user):
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, user.preferred_language, samesite="Lax")
    return response


class LoginView(auth_views.LoginView):
    template_name = "lms/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        user = form.get_user()
        response["Location"] = _in_language(self.request, response["Location"], user)
        return _set_language_cookie(response, user)

    def get_default_redirect_url(self):
        # An invitation opened before signing in (lms.learning.pending) is where the learner was
        # going, whichever link brought them here.
        kept = pending.pending(self.request)
        return kept["url"] if kept else reverse("lms:my_learning")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "invitation": _invitation_note(self.request)}


def _invitation_note(request):
    """The invitation kept in the session, for the sign-in and sign-up pages to name."""
    kept = pending.pending(request)
    if kept is None or not kept["token"]:
        return None
    cohort = pending.invitation_cohort(kept["token"])
    if cohort is None:
        return None
    owner = cohort.owner
    return {
        "url": kept["url"],
        "title": cohort.container.specific.localized.title,
        "inviter": owner.enrolment.user.full_name if owner is not None else "",
    }


def signup(request):
    if request.user.is_authenticated:
        return redirect("lms:my_learning")
    form = SignUpForm(request.POST or None, initial={"preferred_language": request.LANGUAGE_CODE})
    invitation = _invitation_note(request)
    if request.method == "POST" and form.is_valid() and (user := form.save()) is not None:
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        verification.request_verification_email(user)
        messages.success(
            request,
            _(
                "Welcome to Relais. Your account is ready. To confirm your email address, follow "
                "the link we have sent to %(email)s."
            )
            % {"email": user.email},
        )
        target = _safe_next(request, reverse("lms:my_learning"))
        # Created from an invitation (whichever link led here): the account joins it now.
        enrolment, error, invitation_url = pending.join_pending(request, user)
        if enrolment is not None:
            container = enrolment.container.specific.localized
            messages.success(request, _("You are enrolled in “%(title)s”.") % {"title": container.title})
            steps = container.steps
            target = (steps[0] if steps else container).get_url(request)
        elif invitation_url:
            if error:
                messages.error(request, error)
            target = invitation_url
        response = redirect(_in_language(request, target, user))
        return _set_language_cookie(response, user)
    context = {"form": form, "next": _safe_next(request, ""), "invitation": invitation}
    return render(request, "lms/signup.html", context)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Choosing a password through a link sent to the address (the bulk-import invitation, a
    password reset) proves the address too: it is verified then."""

    def form_valid(self, form):
        response = super().form_valid(form)
        verification.verify_email(form.user, by=form.user, how="password link")
        return response


VERIFY_TEMPLATE = "lms/verify_email.html"


@require_http_methods(["GET", "POST"])
def verify_email(request, token):
    """The link in the verification email: a page with a button (mail scanners that open links
    confirm nothing), then the address is verified. Expired links offer a new one."""
    try:
        user = verification.user_for_token(token)
    except exceptions.ExpiredVerificationLink as error:
        return render(
            request, VERIFY_TEMPLATE, {"state": "expired", "token": token, "error": error}, status=410
        )
    except exceptions.InvalidVerificationLink as error:
        return render(request, VERIFY_TEMPLATE, {"state": "invalid", "error": error}, status=404)
    if user.is_email_verified:
        return render(request, VERIFY_TEMPLATE, {"state": "already"})
    if request.method == "POST":
        verification.verify_email(user, by=user)
        return render(request, VERIFY_TEMPLATE, {"state": "verified"})
    return render(request, VERIFY_TEMPLATE, {"state": "confirm", "token": token})


@require_POST
def resend_verification(request):
    """A new link: for the signed-in account, or for the account of an expired link (genuine, so
    it goes to that account's own address). Limited per account (verification.RESENDS_PER_HOUR)."""
    token = request.POST.get("token")
    if token:
        try:
            user = verification.user_for_token(token)
        except exceptions.ExpiredVerificationLink as expired:
            user = expired.user
        except exceptions.InvalidVerificationLink as error:
            return render(request, VERIFY_TEMPLATE, {"state": "invalid", "error": error}, status=404)
    elif request.user.is_authenticated:
        user = request.user
    else:
        return redirect(f"{reverse('login')}?next={reverse('lms:my_learning')}")
    try:
        sent = verification.resend_verification_email(user)
    except exceptions.TooManyVerificationEmails as error:
        return render(request, VERIFY_TEMPLATE, {"state": "throttled", "error": error}, status=429)
    if not sent:
        return render(request, VERIFY_TEMPLATE, {"state": "already"})
    if request.user == user:
        messages.success(
            request,
            _("A new link to confirm your address is on its way to %(email)s.") % {"email": user.email},
        )
        return redirect("lms:my_learning")
    return render(request, VERIFY_TEMPLATE, {"state": "sent"})


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        messages.success(request, _("Your profile has been saved."))
        return _set_language_cookie(redirect(_in_language(request, reverse("lms:profile"), user)), user)
    return render(
        request,
        "lms/profile.html",
        {
            "form": form,
            "notifications_form": PreferencesForm(user=request.user),
            "calendar_url": calendar_url(request.user),
        },
    )


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a sign-in refused by the lockout: the admin's look in the admin."""
    in_admin = request.path_info.startswith("/admin/")
    template = "lms/admin/locked_out.html" if in_admin else "lms/locked_out.html"
    return render(request, template, status=429)
