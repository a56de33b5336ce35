"""Django's LocaleMiddleware, kept to the language trees.

With i18n_patterns, Django answers a 404 at an address without a language prefix by redirecting
to the same address under the reader's language, if that address could exist; and Wagtail's
pages make every address one that could exist. So a 404 in the admin, a document, a static or a
media file became a redirect to "/sq/admin/…", which the admin's scripts cannot use and which
hides the real answer. Those addresses are outside the language trees: their 404 stays a 404.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import reverse


class LanguageTreesLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        path = request.path_info
        if path.startswith(files()) or (
            response.status_code == 404 and path.startswith(outside_the_trees())
        ):
            return response
        return super().process_response(request, response)


def files():
    """Addresses of files, the same in every language: LocaleMiddleware's Vary: Accept-Language
    would make a CDN keep a copy of each picture per browser language setting."""
    # Wagtail's documents are served under /documents/ (network_site/urls.py).
    return ("/documents/", settings.STATIC_URL, settings.MEDIA_URL)


def outside_the_trees():
    return (reverse("wagtailadmin_home"), *files())
