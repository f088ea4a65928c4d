from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config.health import healthz
from stad.accounts.page_password import throttled_authenticate_with_password
from stad.api import views as api_views
from stad.api.urls import api_router
from stad.core.robots import robots_txt
from stad.core.sitemap import LocalizedSitemap
from stad.search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Outside the language prefixes: pages of every language, chosen with ?locale=.
    path("api/v2/", api_router.urls),
    re_path(r"^api/", api_views.not_found),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("healthz", healthz, name="healthz"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under /nl/ or /en/; "/" has no page of its own, so LocaleMiddleware
# redirects it to the visitor's language (Accept-Language), falling back to Dutch.
urlpatterns += i18n_patterns(
    # Before Wagtail's pages, which would otherwise take every path. Translated: /nl/zoeken/.
    path(_("search/"), search_views.search, name="search"),
    path(_("search/suggestions/"), search_views.suggestions, name="search_suggestions"),
    # Wagtail's page-password form at its own address, with a limit on wrong passwords
    # (stad.accounts.page_password); Wagtail's pattern below would otherwise answer it.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttled_authenticate_with_password,
        name="accounts_throttled_page_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
