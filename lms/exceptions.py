"""Errors raised by the verb functions in lms.services; their messages are shown to learners."""

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
    message = _("You are not enrolled in this course.")


class NoAttemptsLeft(LearningError):
    message = _("You have used all the attempts allowed for this assessment.")


class IncompleteAnswers(LearningError):
    message = _("Answer every question before you submit.")


class FeedbackAlreadyGiven(LearningError):
    message = _("You have already answered the survey for this course. Thank you!")


class NotCompleted(LearningError):
    message = _("The survey opens once you have completed the course.")


class AlreadyPassed(LearningError):
    message = _("You have already passed this assessment.")


class RevocationNeedsReason(LearningError):
    message = _("Give the reason for revoking this certificate.")
