"""Wagtail's redirects, also for addresses that start with a language prefix.

Wagtail's RedirectMiddleware compares the whole request path with each redirect's old path, so a
redirect that an editor enters as "/old-page" never matches "/sq/old-page/" — and every public
address here has a language prefix. When Wagtail finds nothing, we look again without the
prefix, and send the reader to the page in the language of the address they asked for.
"""

from django import http
from django.conf import settings
from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect
from wagtail.contrib.redirects.models import Redirect

from core.localization import localized_page


def split_language_prefix(path):
    """("en", "/rest/") for "/en/rest/", or (None, path) when there is no language prefix."""
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return code, path[len(prefix) - 1 :]
    return None, path


class LanguageAwareRedirectMiddleware(RedirectMiddleware):
    def process_response(self, request, response):
        response = super().process_response(request, response)
        if response.status_code != 404:
            return response
        language, unprefixed = split_language_prefix(request.path)
        if language is None or unprefixed == "/":
            return response
        redirect = get_redirect(request, Redirect.normalise_path(unprefixed))
        if redirect is None:
            return response
        if redirect.redirect_page_id:
            page = localized_page(redirect.redirect_page.specific, language)
            target = page.get_url(request) if page else None
            if target and redirect.redirect_page_route_path:
                target = target.rstrip("/") + redirect.redirect_page_route_path
        else:
            target = redirect.link
        if not target:
            return response
        if redirect.is_permanent:
            return http.HttpResponsePermanentRedirect(target)
        return http.HttpResponseRedirect(target)
