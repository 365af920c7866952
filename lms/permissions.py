"""Who sees what in the admin: programme managers (and superusers) see the whole programme;
coordinators only the Actions they coordinate, those Actions' cohorts, and the learners in them."""

from wagtail.permission_policies import ModelPermissionPolicy

PROGRAMME_MANAGERS = "Programme managers"
COORDINATORS = "Coordinators"


def sees_whole_programme(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_relais_whole_programme"):
        user._relais_whole_programme = user.groups.filter(name=PROGRAMME_MANAGERS).exists()
    return user._relais_whole_programme


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, narrowed to the objects in `scope(user)`: a coordinator who
    guesses the id of another Action's object is refused (403) as well as not shown it."""

    def __init__(self, model, scope, *, no_add=False, read_only=False):
        super().__init__(model)
        self.scope = scope
        self.refused = {"add", "change", "delete"} if read_only else ({"add"} if no_add else set())

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


def register_policies():
    """Called from LmsConfig.ready(): Wagtail wants policies registered before its viewsets load."""
    from wagtail.permissions import register_permission_policy

    from .models import Action, Certificate, Cohort, Enrolment, Multiplier

    def multipliers_for(user):
        return Multiplier.objects.filter(enrolment__in=Enrolment.objects.coordinated_by(user))

    def certificates_for(user):
        return Certificate.objects.filter(enrolment__in=Enrolment.objects.coordinated_by(user))

    register_permission_policy(Action, ScopedPermissionPolicy(Action, Action.objects.coordinated_by))
    register_permission_policy(Cohort, ScopedPermissionPolicy(Cohort, Cohort.objects.coordinated_by))
    # Enrolments change only through lms.services (the learner's actions, bulk import).
    register_permission_policy(
        Enrolment, ScopedPermissionPolicy(Enrolment, Enrolment.objects.coordinated_by, read_only=True)
    )
    register_permission_policy(Multiplier, ScopedPermissionPolicy(Multiplier, multipliers_for, no_add=True))
    # Certificates are issued by completion only; staff may list and revoke them.
    register_permission_policy(
        Certificate, ScopedPermissionPolicy(Certificate, certificates_for, no_add=True)
    )
