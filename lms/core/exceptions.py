"""Errors raised by the verb functions in lms.*.services; their messages are shown to learners."""

from django.utils.translation import gettext_lazy as _


class LearningError(Exception):
    message = _("This action is not possible.")

    def __init__(self, message=None):
        super().__init__(message or self.message)
        if message:
            self.message = message


class NotOpenForSelfEnrolment(LearningError):
    message = _("This course is not open to self-enrolment: you need an enrolment key or an invitation.")


class WrongEnrolmentKey(LearningError):
    message = _("This enrolment key is not valid for this course. Check it with your coordinator.")


class CohortClosed(LearningError):
    message = _("Enrolment for this group is closed.")


class CohortFull(LearningError):
    message = _("This group is full. Ask your coordinator for a place in another group.")


class InvalidInvitation(LearningError):
    message = _("This invitation link is not valid.")


class NotEnrolled(LearningError):
    message = _("You are not enrolled here yet.")


class NoAttemptsLeft(LearningError):
    message = _("You have used all the attempts allowed for this assessment.")


class IncompleteAnswers(LearningError):
    message = _("Answer every question before you submit.")


class FeedbackAlreadyGiven(LearningError):
    message = _("You have already answered this survey. Thank you!")


class NotCompleted(LearningError):
    message = _("The survey opens once you have finished.")


class AlreadyPassed(LearningError):
    message = _("You have already passed this assessment.")


class CertificateRevoked(LearningError):
    message = _("This certificate has been revoked: it cannot be re-issued.")


class RevocationNeedsReason(LearningError):
    field = "revoked_note"  # the revocation form field it is about
    message = _("Give the reason for revoking this certificate in the internal note.")


class OwnInvitation(LearningError):
    message = _("This is your own invitation link: share it with your colleagues.")


class NotAMultiplierCourse(LearningError):
    message = _("Only learners who completed a course that trains multipliers can become multipliers.")


class SessionNeedsParticipants(LearningError):
    field = "female"  # the session form field it is about
    message = _("Give the number of participants (at least one).")


class SessionInTheFuture(LearningError):
    field = "date"  # the session form field it is about
    message = _("A session can only be recorded once it has taken place.")


class AttendanceSheetRefused(LearningError):
    field = "sheet"  # the session form field it is about
    message = _("The attendance sheet must be a PDF, PNG or JPEG file of at most 5 MB.")


class InvitationNotImportable(LearningError):
    message = _(
        "This cohort is a multiplier's personal invitation: colleagues join it through the "
        "multiplier's link, so that the cascade counts only people who accepted. Import them into "
        "a cohort of the Action instead."
    )


class InvitationFollowsMultiplier(LearningError):
    message = _(
        "This cohort is a multiplier's personal invitation: it counts for its multiplier's Action. "
        "Move the cohort the multiplier came from instead."
    )


class InvitationForAnotherAccount(LearningError):
    message = _(
        "This invitation was sent to another email address. Sign in with the account of that "
        "address to answer it."
    )


class InvitationExpired(LearningError):
    message = _("This invitation has expired. Ask your coordinator to invite you again.")


class InvitationDeclined(LearningError):
    message = _("You declined this invitation. Ask your coordinator to invite you again.")


class EnrolledMeanwhile(LearningError):
    message = _("Some of these people enrolled themselves meanwhile. Upload the file again.")


class MultiplierNotConfirmed(LearningError):
    message = _(
        "Your coordinator has not confirmed you as a multiplier yet: sessions and invitations "
        "open once they do."
    )


class InvitationNotActive(LearningError):
    message = _(
        "This invitation is not active: the colleague who sent it has not been confirmed as a "
        "multiplier. Ask them, or their coordinator."
    )


class SessionNotPending(LearningError):
    message = _("This session has already been reviewed or withdrawn: it can no longer be changed.")


class OwnClaim(LearningError):
    message = _("No one confirms their own training: another coordinator or a programme manager must.")


class NotInScope(LearningError):
    message = _(
        "This is not one of the Actions you coordinate: a coordinator of its Action or a programme "
        "manager decides."
    )


class MultiplierRevocationNeedsReason(LearningError):
    field = "reason"  # the revocation form field it is about
    message = _("Give a reason: the multiplier will see it.")


class NothingToRevoke(LearningError):
    message = _("This multiplier is not confirmed at the moment: there is nothing to revoke.")


class ReviewNeedsReason(LearningError):
    field = "reason"  # the review form field it is about
    message = _("Give a reason: the multiplier will see it.")


class _Limited(LearningError):
    """An error whose message names the limit or date it refers to."""

    def __init__(self, **params):
        self.message = self.template % params
        super().__init__(self.message)


class TooManyAttendees(_Limited):
    field = "female"  # the session form field it is about
    template = _(
        "A session can have at most %(limit)s participants. Record a larger training as several sessions."
    )


class TooManySessionsThatDay(_Limited):
    field = "date"  # the session form field it is about
    template = _("You can record at most %(limit)s sessions on the same day.")


class AttendanceSheetNeeded(_Limited):
    field = "sheet"  # the session form field it is about
    template = _("A session of more than %(limit)s participants needs its attendance sheet.")


class SessionBeforeOwnTraining(_Limited):
    field = "date"  # the session form field it is about
    template = _("The date is before you completed your own training (%(date)s).")


class SessionOutsideAction(_Limited):
    field = "date"  # the session form field it is about
    template = _("The date is outside the months of the Action “%(action)s”: from %(start)s to %(end)s.")


class TooManyAttempts(LearningError):
    message = _("Too many attempts in a short time. Wait a few minutes, then try again.")


class PeriodClosed(_Limited):
    field = "date"  # the session form field it is about
    template = _(
        "The reporting period “%(period)s” is closed: its figures can no longer change. A programme "
        "manager can grant an exception."
    )


class ExceptionNeedsReason(LearningError):
    field = "reason"
    message = _("Say why the exception is granted: it is kept with the period's history.")


class ExceptionInThePast(LearningError):
    field = "until"
    message = _("An exception must last until a moment in the future.")


class InvalidVerificationLink(LearningError):
    message = _(
        "This link to confirm an email address is not valid. Check that it was copied whole, or ask "
        "for a new one."
    )


class ExpiredVerificationLink(InvalidVerificationLink):
    """The link was ours and once valid; `user` is its account, so a new one can be sent."""

    message = _("This link to confirm your email address has expired. Ask for a new one below.")

    def __init__(self, user, message=None):
        super().__init__(message)
        self.user = user


class TooManyVerificationEmails(LearningError):
    message = _(
        "We have already sent you several links in the last hour. Look for them in your inbox "
        "(and your spam folder), or ask again later."
    )


class WrongCheckInCode(LearningError):
    field = "code"  # the check-in form field it is about
    message = _("No session has this code. Check that it was typed exactly as printed on the sheet.")


class SessionTakesNoCheckIns(LearningError):
    message = _("This session is no longer open for check-in.")


class AlreadyCheckedIn(LearningError):
    message = _("You have already checked in to this session from this phone or computer. Thank you!")


class CheckInNotOpenYet(_Limited):
    template = _("Check-in for this session opens on %(date)s.")


class CheckInClosed(_Limited):
    template = _("Check-in for this session closed on %(date)s.")


class SessionFull(_Limited):
    template = _("This session already has %(limit)s check-ins, the most a session can have.")


class NotRevoked(LearningError):
    message = _("This certificate is not revoked: there is nothing to undo.")


class OnlyProgrammeManagers(LearningError):
    message = _("Only a programme manager may do this.")


class AlreadyWithdrawn(LearningError):
    message = _("This learner has already withdrawn.")


class NotWithdrawn(LearningError):
    message = _("This learner has not withdrawn: there is no one to re-admit.")


class NotSameCourse(LearningError):
    field = "cohort"
    message = _("Choose a cohort of the same course or module: a learner moves between its cohorts only.")


class SameCohort(LearningError):
    field = "cohort"
    message = _("The learner is already in this cohort.")


class NothingToResend(LearningError):
    message = _("This invitation was answered already: there is nothing to send again.")
