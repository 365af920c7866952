"""Admin of reporting: the reports and impact dashboard (under Reports), Excel exports, and the
coordinator's "Your Actions" panel on the admin home."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from lms.programme.scoping import scope

from . import dashboard, reports
from .admin_home import YourActionsPanel
from .reports import REPORTS, URL_NAMESPACE


@hooks.register("construct_homepage_panels")
def your_actions_panel(request, panels):
    if scope.sees_learner_data(request.user):
        panels.append(YourActionsPanel(request.user))


def _report_urls():
    urls = [
        path("impact/", dashboard.impact_dashboard, name="impact"),
        path("exports/", reports.report_exports, name="exports"),
        path("exports/<int:pk>/", reports.download_export, name="export_download"),
    ]
    for view in REPORTS.values():
        urls += view.urlpatterns()
    return urls


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/", include((_report_urls(), URL_NAMESPACE), namespace=URL_NAMESPACE))]


class ProgrammeReportMenuItem(MenuItem):
    def is_shown(self, request):
        return scope.sees_learner_data(request.user)


@hooks.register("register_reports_menu_item")
def impact_menu_item():
    return ProgrammeReportMenuItem(_("Impact"), reverse("lms_reports:impact"), icon_name="doc-full", order=10)


for _order, (_url_name, _label) in enumerate(
    [
        *((view.index_url_name, view.page_title) for view in REPORTS.values()),
        ("lms_reports:exports", _("Your Excel exports")),
    ],
    start=11,
):

    def _menu_item(url_name=_url_name, label=_label, order=_order):
        return ProgrammeReportMenuItem(label, reverse(url_name), icon_name="table", order=order)

    hooks.register("register_reports_menu_item", _menu_item)
