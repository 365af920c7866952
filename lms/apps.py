from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LmsConfig(AppConfig):
    default = True  # this module also holds the Wagtail users config below
    name = "lms"
    verbose_name = _("Learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .permissions import register_policies
        from .receivers import connect

        connect()
        register_policies()


class RelaisUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for our user model (full name and profile fields)."""

    user_viewset = "lms.admin_users.UserViewSet"
