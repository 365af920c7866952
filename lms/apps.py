from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LmsConfig(AppConfig):
    default = True  # this module also holds the Wagtail users config below
    name = "lms"
    verbose_name = _("Learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: they use models, which are not loaded yet at import time.
        from .accounts import receivers as account_receivers
        from .core.masking import neutralise_formulas_in_every_export
        from .learning import editorial
        from .learning import receivers as learning_receivers
        from .learning.pages import check_learning_page_contract
        from .notifications import receivers as notification_receivers
        from .programme.scoping import register_policies
        from .reporting import figures, summaries
        from .reporting.spreadsheets import write_every_export_in_words

        account_receivers.connect()
        learning_receivers.connect()
        notification_receivers.connect()
        editorial.connect()
        checks.register(check_learning_page_contract)
        figures.connect()
        summaries.connect(self)
        register_policies()
        neutralise_formulas_in_every_export()
        write_every_export_in_words()


class RelaisUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for our user model (full name and profile fields)."""

    user_viewset = "lms.accounts.admin.UserViewSet"
