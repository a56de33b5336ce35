"""What a page tells search engines and social networks: description, canonical address,
Open Graph and Twitter cards, and schema.org JSON-LD.

Each page type says what it is about (its summary, share image and structured data: see
core.mixins.PageDescriptionMixin); this module turns that into the tags of the <head>.
"""

import json

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from core.images import SHARE_FILTER
from core.page_cache import cached_for_language
from core.structured_data import (
    absolute,
    network_organization,
    page_url,
    partner_organizations,
    site_name,
)
from core.trail import is_language_home, live_ancestors
from partners.members import network_members

# Open Graph wants language_TERRITORY; Kosovo has no ISO 3166 code of its own that
# Facebook accepts, so the languages' home territories stand in.
OPEN_GRAPH_LOCALES = {"sq": "sq_AL", "sr-latn": "sr_RS", "en": "en_GB"}


def breadcrumb_list(page, request):
    trail = [*live_ancestors(page, request), page]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": _("Home") if is_language_home(crumb) else crumb.title,
                "item": page_url(crumb, request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def network_with_members(home, request):
    """The network and its member organisations, said on each language's home page."""
    return {
        "@context": "https://schema.org",
        **network_organization(request, url=page_url(home, request)),
        "description": home.meta_description,
        # Kept like the home page's member cards (partners.templatetags.partner_tags).
        "member": cached_for_language(
            f"member-organizations:{request.get_host()}",
            lambda: partner_organizations(network_members(request), request),
        ),
    }


def json_ld(data):
    """JSON for a <script type="application/ld+json">, safe to put inside HTML."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_metadata(page, request):
    """Everything the <head> says about `page`, as a dict for includes/metadata.html."""
    image, image_alt = page.share_image or (None, "")
    rendition = image.get_rendition(SHARE_FILTER) if image else None
    image_url = absolute(request, rendition.url) if rendition else ""
    structured = page.structured_data(request)
    if image_url:
        for item in structured:
            item["image"] = [image_url]
    if is_language_home(page):
        structured.insert(0, network_with_members(page, request))
    structured.append(breadcrumb_list(page, request))
    language = translation.get_language()
    return {
        "title": page.seo_title or page.title,
        "description": page.meta_description,
        "canonical": page_url(page, request),
        "og_type": page.open_graph_type,
        "og_locale": OPEN_GRAPH_LOCALES.get(language, language),
        "og_locale_alternates": [
            OPEN_GRAPH_LOCALES[code] for code, _name in settings.LANGUAGES if code != language
        ],
        "site_name": site_name(),
        "image": rendition,
        "image_url": image_url,
        "image_alt": image_alt,
        "json_ld": [json_ld(data) for data in structured],
    }
