"""The learner's rights over their data: a copy of it, and deletion."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from lms.accounts.forms import DeleteAccountForm

from . import services
from .personal_data import personal_data


@login_required
def my_data(request):
    """Everything Relais holds about the signed-in person, as a JSON file."""
    response = JsonResponse(
        personal_data(request.user), json_dumps_params={"indent": 2, "ensure_ascii": False}
    )
    response["Content-Disposition"] = 'attachment; filename="relais-my-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def delete_account(request):
    """Deletion on request, confirmed with the password: the person is forgotten at once (see
    lms.privacy.services.forget_learner for what is kept, without a name, for the programme's figures)."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.forget_learner(request.user)
        logout(request)
        messages.success(request, _("Your account and personal data have been deleted."))
        return redirect("/")
    return render(request, "lms/delete_account.html", {"form": form})
