"""Deleting a learner in the admin forgets them instead (lms.privacy.services.forget_learner)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.learning.models import Enrolment

from . import services


@hooks.register("before_delete_user")
def forget_learners_instead_of_deleting(request, user):
    """People who learned here are forgotten, not deleted: see services.forget_learner."""
    if request.method == "POST" and Enrolment.objects.filter(user=user).exists():
        services.forget_learner(user)
        messages.success(
            request, _("The learner's personal data has been removed; their anonymous records remain.")
        )
        return redirect("wagtailusers_users:index")
    return None


@hooks.register("before_bulk_action")
def forget_learners_in_bulk_deletes(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects or not isinstance(objects[0], get_user_model()):
        return None
    with transaction.atomic():
        for user in objects:
            services.forget_learner(user)
    messages.success(request, _("The selected accounts have been removed or, for learners, anonymised."))
    return redirect("wagtailusers_users:index")
