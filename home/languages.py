"""The site's languages, as Django codes and as the BCP 47 tags HTML wants."""

from django.conf import settings
from django.utils import translation

# Django's codes are lowercase ("sr-latn"); BCP 47 capitalises a script subtag ("sr-Latn").
HTML_LANGUAGE_TAGS = {"sr-latn": "sr-Latn"}


def html_language_tag(language_code):
    """The value for an HTML lang or hreflang attribute."""
    return HTML_LANGUAGE_TAGS.get(language_code, language_code)


def site_languages():
    """(code, name) pairs, in the order of settings.LANGUAGES."""
    return list(settings.LANGUAGES)


def active_language():
    return translation.get_language() or settings.LANGUAGE_CODE
