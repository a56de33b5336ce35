"""The site's languages: the BCP 47 tags that HTML lang and hreflang attributes want, and the
addresses of each language's pages."""

from urllib.parse import quote

from django.urls import reverse
from django.utils import translation

# Django's codes are lowercase ("sr-latn"); BCP 47 capitalises a script subtag ("sr-Latn").
HTML_LANGUAGE_TAGS = {"sr-latn": "sr-Latn"}


def html_language_tag(language_code):
    """The value for an HTML lang or hreflang attribute."""
    return HTML_LANGUAGE_TAGS.get(language_code, language_code)


def language_home_url(language_code):
    """The address of a language's home page: its prefix, such as "/en/"."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


# The characters reverse() leaves unquoted in a path (django.urls.resolvers).
URL_PATH_SAFE = "/~:@!$&'()*+,;="


def page_path(home_url, home_url_path, url_path):
    """The address of the page at `url_path` below a language's home page, as Wagtail's
    reverse() of it gives, from the home page's address and url_path: without a reverse() per
    page, which costs seconds over a sitemap's thousands."""
    return home_url + quote(url_path[len(home_url_path) :], safe=URL_PATH_SAFE)
