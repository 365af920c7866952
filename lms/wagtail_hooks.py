"""The admin of the lms app. Each domain package's admin module registers its own viewsets and
hooks when imported here (the module Wagtail looks for); the learning records share one menu."""

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.viewsets.model import ModelViewSetGroup

from lms.accounts import admin as accounts_admin  # noqa: F401 (registers its log actions)
from lms.cascade.admin import MultiplierViewSet, SessionViewSet
from lms.learning.admin import CertificateViewSet, EnrolmentViewSet
from lms.privacy import admin as privacy_admin  # noqa: F401 (registers its hooks)
from lms.programme import admin as programme_admin  # noqa: F401 (registers Actions)
from lms.programme import admin_bulk  # noqa: F401 (registers bulk enrolment)
from lms.reporting import admin as reporting_admin  # noqa: F401 (registers reports)
from lms.reporting import admin_periods  # noqa: F401 (registers reporting periods)


class LearningGroup(ModelViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "openquote"
    menu_order = 170
    items = [
        EnrolmentViewSet("enrolments"),
        MultiplierViewSet("multipliers"),
        SessionViewSet("sessions"),
        CertificateViewSet("certificates"),
    ]


@hooks.register("insert_global_admin_js")
def script_free_initialisers():
    """Runs Wagtail's inline initialisers, which relais/middleware.py turns into data so that the
    admin's Content-Security-Policy needs no inline script; loaded before the page's content."""
    return format_html('<script src="{}"></script>', versioned_static("js/admin-init.js"))


@hooks.register("register_admin_viewset")
def register_learning_viewsets():
    return LearningGroup()
