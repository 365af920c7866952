"""The one scoping policy: who sees which of the programme's learner data.

Programme managers (members of the group, or superusers) see the whole programme. A coordinator
sees the Actions they coordinate, those Actions' cohorts and the cohorts they were named
coordinator of, and the learners, multipliers, sessions and certificates in them. A person a
coordinator listed (bulk import) is in none of these until they accept the invitation. Admin
listings, choosers and object views (through the Wagtail permission policies registered below),
reports, exports, dashboard figures and file downloads all ask `scope`; nothing else decides.
"""

from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from lms.cascade.models import Multiplier, MultiplierSession
from lms.learning.models import Certificate, Cohort, CohortInvitation, Enrolment

from .models import Action

PROGRAMME_MANAGERS = "Programme managers"
COORDINATORS = "Coordinators"


class ProgrammeScope:
    def sees_whole_programme(self, user):
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser:
            return True
        if not hasattr(user, "_relais_whole_programme"):
            user._relais_whole_programme = user.groups.filter(name=PROGRAMME_MANAGERS).exists()
        return user._relais_whole_programme

    def may_appoint_coordinators(self, user):
        """May change who coordinates an Action or a cohort: being named coordinator opens that
        Action's learner data, so only those who see the whole programme already (programme
        managers, superusers) choose; an editor of an Action's content or a coordinator cannot
        add themselves or a colleague."""
        return user is not None and self.sees_whole_programme(user)

    def sees_learner_data(self, user):
        """May open reports, the impact dashboard, exports and learners' files at all (what they
        then see is narrowed by the querysets below)."""
        return user.is_authenticated and user.is_active and user.has_perm("lms.view_enrolment")

    def actions(self, user):
        """Actions whose learner data `user` may see."""
        if self.sees_whole_programme(user):
            return Action.objects.all()
        if not user.is_authenticated:
            return Action.objects.none()
        return Action.objects.filter(coordinators=user)

    def editable_actions(self, user):
        """Actions `user` may open in the admin: theirs, or all for those who maintain Actions'
        content (editors with the model permission)."""
        if user.is_authenticated and user.has_perm("lms.change_action"):
            return Action.objects.all()
        return self.actions(user)

    def cohorts(self, user):
        if self.sees_whole_programme(user):
            return Cohort.objects.all()
        if not user.is_authenticated:
            return Cohort.objects.none()
        mine = Cohort.objects.filter(Q(action__coordinators=user) | Q(coordinators=user))
        return Cohort.objects.filter(pk__in=mine.values("pk"))

    def enrolments(self, user):
        if self.sees_whole_programme(user):
            return Enrolment.objects.all()
        if not user.is_authenticated:
            return Enrolment.objects.none()
        mine = Enrolment.objects.filter(Q(cohort__in=self.cohorts(user)) | Q(action__coordinators=user))
        return Enrolment.objects.filter(pk__in=mine.values("pk"))

    def invitations(self, user):
        """Invitations to the cohorts `user` runs. Callers show the address as listed and the
        state only: the invited account is not in `enrolments` until the person accepts."""
        return CohortInvitation.objects.filter(cohort__in=self.cohorts(user))

    def multipliers(self, user):
        return Multiplier.objects.filter(enrolment__in=self.enrolments(user))

    def certificates(self, user):
        return Certificate.objects.filter(enrolment__in=self.enrolments(user))

    def sessions(self, user):
        return MultiplierSession.objects.filter(multiplier__enrolment__in=self.enrolments(user))

    def may_download_attendance_sheet(self, user, session):
        """Attendance sheets hold attendees' names: their multiplier, and staff who see the session."""
        if not user.is_authenticated:
            return False
        if session.multiplier.enrolment.user_id == user.pk:
            return True
        return self.sees_learner_data(user) and self.sessions(user).filter(pk=session.pk).exists()


scope = ProgrammeScope()


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, narrowed to the objects in `scope(user)`: a coordinator who
    guesses the id of another Action's object is refused (403) as well as not shown it."""

    def __init__(self, model, scope, *, no_add=False, no_delete=False, read_only=False):
        super().__init__(model)
        self.scope = scope
        self.refused = {"add", "change", "delete"} if read_only else ({"add"} if no_add else set())
        if no_delete:
            self.refused.add("delete")

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, set(actions) - self.refused)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            super().user_has_permission_for_instance(user, action, instance)
            and self.scope(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_permission_for(self, user, action):
        return (
            super()
            .instances_user_has_permission_for(user, action)
            .filter(pk__in=self.scope(user).values("pk"))
        )


class CertificatePermissionPolicy(ScopedPermissionPolicy):
    """Certificates: issued by completion only (no "add"); staff in scope list and revoke them;
    undoing a revocation ("restore") is a programme manager's decision."""

    def user_has_permission(self, user, action):
        if action == "restore":
            return scope.sees_whole_programme(user)
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "restore":
            return scope.sees_whole_programme(user)
        return super().user_has_permission_for_instance(user, action, instance)


def register_policies():
    """Called from LmsConfig.ready(): Wagtail wants policies registered before its viewsets load."""
    register_permission_policy(Action, ScopedPermissionPolicy(Action, scope.editable_actions))
    register_permission_policy(Cohort, ScopedPermissionPolicy(Cohort, scope.cohorts))
    # Enrolments change only through the verbs of lms.learning.services (withdraw, re-admit, move
    # to another cohort), which ask this policy for "change"; none is created or deleted here.
    register_permission_policy(
        Enrolment, ScopedPermissionPolicy(Enrolment, scope.enrolments, no_add=True, no_delete=True)
    )
    register_permission_policy(Multiplier, ScopedPermissionPolicy(Multiplier, scope.multipliers, no_add=True))
    # Sessions are claimed by multipliers on the site; staff review them.
    register_permission_policy(
        MultiplierSession, ScopedPermissionPolicy(MultiplierSession, scope.sessions, no_add=True)
    )
    register_permission_policy(
        Certificate, CertificatePermissionPolicy(Certificate, scope.certificates, no_add=True)
    )
