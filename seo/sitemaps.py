"""One sitemap per language; every URL in it names its translations with hreflang links.

Django's i18n sitemaps assume one object served in every language; here each translation is a
Page of its own with its own slug, so the alternates come from the pages sharing a
translation key.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q
from wagtail.models import Page, Site

from core.languages import html_language_tag


def listable_pages(request):
    """The pages a search engine may list, in every language, on the site the request came to.

    Live, public (no view restriction on them or an ancestor) and not aliases, whose content
    lives at another address. Private sections are looked up here, once per request.
    """
    site = Site.find_for_request(request)
    roots = [root for root in Site.get_site_root_paths() if site and root.site_id == site.pk]
    if not roots:
        return Page.objects.none()
    in_site = Q()
    for root in roots:
        in_site |= Q(url_path__startswith=root.root_path, locale__language_code=root.language_code)
    return Page.objects.live().public().filter(in_site, alias_of__isnull=True)


def language_sitemaps(request):
    """The sitemap of each language, keyed by the language code its address carries."""
    pages = listable_pages(request)
    return {code: LanguageSitemap(request, code, pages) for code, _name in settings.LANGUAGES}


class LanguageSitemap(Sitemap):
    """The listable pages of one language, each with links to its listable translations."""

    # Every URL carries a link per language, so a file grows several times faster than its
    # item count; smaller files also keep the translation-key list of the alternates query short.
    limit = 10_000

    def __init__(self, request, language_code, pages):
        self.request = request
        self.language_code = language_code
        self.pages = pages

    def items(self):
        return self.pages.filter(locale__language_code=self.language_code).order_by("path")

    def location(self, page):
        return page.get_url(self.request)

    def lastmod(self, page):
        return page.last_published_at

    def get_latest_lastmod(self):
        # Django's default loads every item to find the newest; the database can tell directly.
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        alternates = self.alternates_by_translation_key(
            [url["item"].translation_key for url in urls]
        )
        for url in urls:
            url["alternates"] = alternates[url["item"].translation_key]
        return urls

    def alternates_by_translation_key(self, translation_keys):
        """hreflang links for each translation key, in the order of LANGUAGES, then x-default.

        One query for all the keys, however many there are.
        """
        versions = defaultdict(dict)
        for page in self.pages.filter(translation_key__in=translation_keys).select_related(
            "locale"
        ):
            versions[page.translation_key][page.locale.language_code] = page
        alternates = {}
        for key, pages in versions.items():
            links = [
                {"lang_code": html_language_tag(code), "location": self.absolute_url(pages[code])}
                for code, _name in settings.LANGUAGES
                if code in pages
            ]
            if settings.LANGUAGE_CODE in pages:
                links.append(
                    {
                        "lang_code": "x-default",
                        "location": self.absolute_url(pages[settings.LANGUAGE_CODE]),
                    }
                )
            alternates[key] = links
        return alternates

    def absolute_url(self, page):
        """The page's address on the host the request came to (the Site record may name another)."""
        return self.request.build_absolute_uri(page.get_url(self.request))
