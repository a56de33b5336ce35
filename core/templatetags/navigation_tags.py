"""Site-wide navigation: main menu, footer, breadcrumbs, language switcher and hreflang links."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from core.languages import html_language_tag
from core.localization import for_active_language, localized_page, localized_pages
from core.models import Footer, NavigationMenu
from core.trail import LANGUAGE_HOME_DEPTH, live_ancestors

register = template.Library()


@register.filter
def html_lang(language_code):
    """The BCP 47 tag for an HTML lang or hreflang attribute ("sr-latn" → "sr-Latn")."""
    return html_language_tag(language_code)


def menu_links(stream_value):
    """(url, label) pairs for a stream of menu items, in the reader's language."""
    items = [block.value for block in stream_value if block.value["page"] is not None]
    pages = localized_pages([item["page"] for item in items])
    return [
        (page.url, item["label"] or page.title)
        for page, item in zip(pages, items, strict=True)
        if page.live
    ]


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The main menu of the active language."""
    menu = for_active_language(NavigationMenu)
    current = context.get("page")
    return {
        "links": menu_links(menu.items) if menu else [],
        "current_url": current.url if isinstance(current, Page) else context["request"].path,
    }


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer of the active language."""
    footer = for_active_language(Footer)
    return {
        "footer": footer,
        "links": menu_links(footer.links) if footer else [],
        "request": context["request"],
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from this language's home page to the current page."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= LANGUAGE_HOME_DEPTH:
        return {"ancestors": [], "page": page}
    request = context["request"]
    return {"ancestors": live_ancestors(page, request), "page": page, "request": request}


def language_home_url(language_code):
    """The address of a language's home page: its prefix, such as "/en/"."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def page_translations_by_language(page, request):
    """The live versions of `page` in every language, keyed by language code.

    Both the language switcher and the hreflang links need them: one query per request.
    """
    if not isinstance(page, Page) or not page.live:
        return {}
    if not hasattr(request, "page_translations_cache"):
        request.page_translations_cache = {}
    cache = request.page_translations_cache
    if page.pk not in cache:
        cache[page.pk] = {
            translation_.locale.language_code: translation_
            for translation_ in page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
        }
    return cache[page.pk]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages, or to their home pages where there is none."""
    request = context["request"]
    translations = page_translations_by_language(context.get("page"), request)
    current = translation.get_language()
    languages = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        languages.append(
            {
                "code": code,
                "tag": html_language_tag(code),
                "name": name,
                "url": target.get_url(request) if target else language_home_url(code),
                "is_current": code == current,
                "is_translation": code in translations,
            }
        )
    return {"languages": languages}


def absolute_url(page, request):
    """The page's full address on the host the reader used (Site records may name another)."""
    return request.build_absolute_uri(page.get_url(request))


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for every live translation of this page, and x-default."""
    request = context["request"]
    translations = page_translations_by_language(context.get("page"), request)
    alternates = [
        (html_language_tag(code), absolute_url(translations[code], request))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    return {
        "alternates": alternates,
        "x_default": absolute_url(default, request) if default else None,
    }


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """The address of `page` in the reader's language, or of the page itself if untranslated."""
    page = localized_page(page.specific_deferred if isinstance(page, Page) else page)
    return page.get_url(context.get("request")) if page else ""
