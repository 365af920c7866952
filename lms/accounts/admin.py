"""User administration in Wagtail: our profile fields instead of first and last name, and the
audit log's words for changes to whether a person's address is verified."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.auth import PasswordResetForm
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import EditView as WagtailUserEditView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from lms.accounts import verification
from lms.notifications.models import SentMessage

from .forms import ConfiguredSiteLinks

PROFILE_FIELDS = {"full_name", "institution", "country", "preferred_language", "gender", "role"}


class RelaisUserCreationForm(UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = (UserCreationForm.Meta.fields - {"first_name", "last_name"}) | PROFILE_FIELDS


class RelaisUserEditForm(UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = (UserEditForm.Meta.fields - {"first_name", "last_name"}) | PROFILE_FIELDS


class UserEditView(WagtailUserEditView):
    """The person's page also lists what Relais sent them (kind, date, state), latest first."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sent_messages"] = SentMessage.objects.filter(recipient=self.object)[:50]
        return context


class UserViewSet(WagtailUserViewSet):
    edit_view_class = UserEditView

    def get_form_class(self, for_update=False):
        return RelaisUserEditForm if for_update else RelaisUserCreationForm


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    """Who counts depends on a verified address (lms.accounts.verification)."""
    for action, label, message in [
        (verification.VERIFY_ACTION, _("Verified email address"), _("Verified email address")),
        (
            verification.ADDRESS_CHANGE_ACTION,
            _("Changed email address"),
            _("Changed email address: to be verified again"),
        ),
    ]:
        actions.register_action(action, label, message)


class AdminPasswordResetForm(ConfiguredSiteLinks, PasswordResetForm):
    """The admin's password-reset form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM): its email links to
    the configured site too."""
