from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from lms import urls as lms_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA:
    # Development and tests only: in production the front proxy serves MEDIA_ROOT.
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    )

# Every public page carries its language: /en/, /fr/, /es/, /ru/.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("learn/", include("lms.urls")),
    path("accounts/", include(lms_urls.account_urlpatterns)),
    path("certificates/verify/", include(lms_urls.certificate_urlpatterns)),
    path("actions/", include(lms_urls.action_urlpatterns)),
    path("how-we-count/", include(lms_urls.how_we_count_urlpatterns)),
    path("checkin/", include(lms_urls.checkin_urlpatterns)),
    path("", include(wagtail_urls)),
)
