"""The site's languages as the BCP 47 tags that HTML lang and hreflang attributes want."""

# Django's codes are lowercase ("sr-latn"); BCP 47 capitalises a script subtag ("sr-Latn").
HTML_LANGUAGE_TAGS = {"sr-latn": "sr-Latn"}


def html_language_tag(language_code):
    """The value for an HTML lang or hreflang attribute."""
    return HTML_LANGUAGE_TAGS.get(language_code, language_code)
