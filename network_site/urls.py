from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("health/", core_views.health, name="health"),
    path("", include("seo.urls")),
    path("", core_views.root_redirect, name="root_redirect"),
]

if settings.DEBUG:
    from django.views.static import serve

    # Pictures only: documents are served by Wagtail's view at /documents/, which keeps a
    # partner's unpublished uploads private (editorial.wagtail_hooks).
    urlpatterns.append(
        re_path(
            r"^media/(?P<path>(?:original_images|images)/.+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

# Wagtail's own addresses, with its page view in core.views.serve: the same view, routing in
# two queries.
page_patterns = [
    pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"
] + [re_path(wagtail_urls.serve_pattern, core_views.serve, name="wagtail_serve")]

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("calendar/", include("events.urls")),
    path("feeds/", include("news.urls")),
    path("", include(page_patterns)),
)
