"""Forgetting a person: what deletion means when their learning counts in an Action's reach."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import transaction

from lms.accounts.models import forgotten_address
from lms.cascade.models import MultiplierSession
from lms.learning.models import Certificate, CohortInvitation, Enrolment, FeedbackResponse


@transaction.atomic
def forget_learner(user):
    """What "delete" means for someone who learned here: their identity goes, their enrolments stay.

    An Action's reach counts enrolments (and multipliers' sessions) by generation and gender; a
    cascade-delete would silently shrink it and break the `trained_by` chain of the people they
    trained. So enrolments, attempts, sessions and certificates are kept, attached to an account
    with no name, no email, no institution and no password; gender and country stay because
    reports count them, and are never shown with a name. Feedback comments are emptied, and so is
    the name a certificate was issued to (its public page then names no one).
    People with no enrolment are deleted outright. Either way the rest goes: their report exports
    and attendance sheets (files included) and the sign-in records kept under their email. Other
    sessions end by themselves: the password they were signed in with is gone.
    """
    for export in user.exports.all():
        export.file.delete(save=False)
    user.exports.all().delete()
    for session in MultiplierSession.objects.filter(multiplier__enrolment__user=user).exclude(
        attendance_sheet=""
    ):
        session.attendance_sheet.delete(save=False)  # the file; the field is emptied below
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username__iexact=user.email).delete()
    # Invitations name the address: a coordinator's list must not keep showing it.
    CohortInvitation.objects.filter(email__iexact=user.email).delete()
    if not Enrolment.objects.filter(user=user).exists():
        user.delete()
        return None
    # The verified state stays with the account (lms.accounts.receivers): whoever counted before
    # being forgotten still counts, and nobody who did not starts to.
    user.email = forgotten_address(user.pk)
    user.full_name = "—"
    user.institution = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    FeedbackResponse.objects.filter(enrolment__user=user).update(comment="")
    Certificate.objects.filter(enrolment__user=user).update(learner_name=user.full_name)
    # Sessions exist only under enrolments, so only here (never for someone deleted above).
    MultiplierSession.objects.filter(multiplier__enrolment__user=user).update(notes="", attendance_sheet="")
    return user
