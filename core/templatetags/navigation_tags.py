"""Site-wide navigation: main menu, footer, breadcrumbs, language switcher and hreflang links."""

import re

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext
from wagtail.models import Page

from core.languages import html_language_tag, language_home_url
from core.localization import for_active_language, localized_page, localized_pages
from core.models import Footer, NavigationMenu
from core.page_cache import cached_for_language
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


def main_menu_links():
    menu = for_active_language(NavigationMenu)
    return menu_links(menu.items) if menu else []


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The main menu of the active language."""
    current = context.get("page")
    return {
        "links": cached_for_language("main-menu", main_menu_links),
        "current_url": current.url if isinstance(current, Page) else context["request"].path,
    }


def footer_content():
    """The footer's words and links as plain data, which the fragment cache can keep."""
    footer = for_active_language(Footer)
    if footer is None:
        return {"footer": None, "links": []}
    return {
        "footer": {
            "about": footer.about,
            "address": footer.address,
            "email": footer.email,
            "phone": footer.phone,
        },
        "links": menu_links(footer.links),
    }


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer of the active language."""
    return {**cached_for_language("footer", footer_content), "request": context["request"]}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from this language's home page to the current page."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= LANGUAGE_HOME_DEPTH:
        return {"ancestors": [], "page": page}
    request = context["request"]
    return {"ancestors": live_ancestors(page, request), "page": page, "request": request}


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


# The switcher sends a reader from a page with no translation in a language to that language's
# home page with this parameter, naming the page by its id; the home page reads nothing else
# from it, so any other value shows nothing, and the address stays one that caches can keep.
UNTRANSLATED_PARAMETER = "untranslated"
# Addresses other than pages that exist in every language, and the parameters that mean the
# same in each of them: the search words, but not a page of results.
VIEWS_IN_EVERY_LANGUAGE = {"search": ("q",)}
# Page ids are 32-bit integers: a longer number names no page, and PostgreSQL refuses it.
LARGEST_PAGE_ID = 2**31 - 1


def untranslated_url(page, language_code):
    """The home page of a language, told that `page` has no translation there."""
    query = urlencode({UNTRANSLATED_PARAMETER: page.pk})
    return f"{language_home_url(language_code)}?{query}"


def same_view_url(request, language_code):
    """The address of the current view in a language, with the parameters kept across languages,
    if the view is one that exists in every language; else None."""
    match = request.resolver_match
    if match is None or match.url_name not in VIEWS_IN_EVERY_LANGUAGE:
        return None
    with translation.override(language_code):
        path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    kept = [
        (name, value)
        for name in VIEWS_IN_EVERY_LANGUAGE[match.url_name]
        for value in request.GET.getlist(name)
    ]
    return f"{path}?{urlencode(kept)}" if kept else path


def switcher_targets(page, request):
    """{language code: (address, whether it is the home page because this page has no live
    translation there)}."""
    if isinstance(page, Page):
        translations = page_translations_by_language(page, request)
        return {
            code: (translations[code].get_url(request), False)
            if code in translations
            else (untranslated_url(page, code), True)
            for code, _name in settings.LANGUAGES
        }
    return {
        code: (same_view_url(request, code) or language_home_url(code), False)
        for code, _name in settings.LANGUAGES
    }


def untranslated_note(language_code):
    """What the switcher adds to a language that this page lacks, in that language: the readers
    looking for it read it."""
    with translation.override(language_code):
        return gettext("no translation of this page")


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages, or to their home pages where there is none."""
    request = context["request"]
    targets = switcher_targets(context.get("page"), request)
    current = translation.get_language()
    languages = []
    for code, name in settings.LANGUAGES:
        url, untranslated = targets[code]
        languages.append(
            {
                "code": code,
                "tag": html_language_tag(code),
                "name": name,
                "url": url,
                "is_current": code == current,
                "untranslated_note": untranslated_note(code) if untranslated else "",
            }
        )
    return {"languages": languages}


def page_missing_here(value):
    """The live, public page that the switcher named in `value`, if it still has no live
    translation in the active language; else None."""
    if not re.fullmatch(r"[1-9][0-9]{0,9}", value) or int(value) > LARGEST_PAGE_ID:
        return None
    page = Page.objects.live().public().filter(pk=value).select_related("locale").first()
    current = translation.get_language()
    if page is None or page.locale.language_code == current:
        return None
    if page.get_translations().live().filter(locale__language_code=current).exists():
        return None
    return page


@register.inclusion_tag("includes/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """On a home page: why the reader is here, if the language switcher sent them from a page
    that has no translation in this language."""
    request = context["request"]
    page = page_missing_here(request.GET.get(UNTRANSLATED_PARAMETER, ""))
    if page is None:
        return {"link": ""}
    language = page.locale.language_code
    link = format_html(
        '<a href="{}" hreflang="{}" lang="{}">{}</a>',
        page.get_url(request),
        html_language_tag(language),
        html_language_tag(language),
        page.title,
    )
    return {"link": link}


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
