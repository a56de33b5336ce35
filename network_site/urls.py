from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import page_passwords
from accounts import views as accounts_views
from core import documents, media
from core import views as core_views

# Wagtail's document addresses, with its download view in core.documents.serve_document: the
# same view, with a correct Content-Encoding; and its password form, which never fails on a
# return address that is no path (core.views) and locks out after wrong passwords (accounts).
document_patterns = [
    pattern
    for pattern in wagtaildocs_urls.urlpatterns
    if pattern.name not in ("wagtaildocs_serve", "wagtaildocs_authenticate_with_password")
] + [
    re_path(r"^(\d+)/(.*)$", documents.serve_document, name="wagtaildocs_serve"),
    path(
        "authenticate_with_password/<int:restriction_id>/",
        page_passwords.document_password_form,
        name="wagtaildocs_authenticate_with_password",
    ),
]

# A 503 page in the reader's language while the database is away; Django's 500 page otherwise.
handler500 = "operations.outages.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(document_patterns)),
    # Pictures' renditions from MEDIA_ROOT, in every environment (core/media.py); a front server
    # may serve the folder itself. Nothing else under /media/: originals and documents stay out.
    re_path(r"^media/images/(?P<name>[^/]+)$", media.serve_rendition, name="rendition"),
    path("", include("seo.urls")),
    path("", core_views.root_redirect, name="root_redirect"),
]

# Wagtail's own addresses, with its page view in core.views.serve: the same view, routing in
# two queries; its sign-in for private pages in accounts.views, which leads to the home page
# of its language rather than to Django's /accounts/profile/; and its password form for private
# pages, as the documents' one.
page_patterns = [
    pattern
    for pattern in wagtail_urls.urlpatterns
    if pattern.name
    not in ("wagtail_serve", "wagtailcore_login", "wagtailcore_authenticate_with_password")
] + [
    path("_util/login/", accounts_views.PublicLoginView.as_view(), name="wagtailcore_login"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        page_passwords.page_password_form,
        name="wagtailcore_authenticate_with_password",
    ),
    re_path(wagtail_urls.serve_pattern, core_views.serve, name="wagtail_serve"),
]

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("calendar/", include("events.urls")),
    path("feeds/", include("news.urls")),
    path("feeds/", include("publications.urls")),
    path("", include(page_patterns)),
)
