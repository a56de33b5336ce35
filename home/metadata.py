"""What a page tells search engines and social networks: description, canonical address,
Open Graph and Twitter cards, and schema.org JSON-LD."""

import json

from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from home.images import SHARE_SPEC
from home.languages import html_language_tag
from home.trail import live_ancestors

# Open Graph wants language_TERRITORY; Kosovo has no ISO 3166 code of its own that
# Facebook accepts, so the languages' home territories stand in.
OPEN_GRAPH_LOCALES = {"sq": "sq_AL", "sr-latn": "sr_RS", "en": "en_GB"}

KOSOVO = "XK"


def absolute(request, url):
    return request.build_absolute_uri(url)


def page_url(page, request):
    return absolute(request, page.get_url(request))


def description_of(page):
    """The page's own summary, in at most 160 characters."""
    for field in ("search_description", "intro", "summary", "hero_intro"):
        text = getattr(page, field, "")
        if text:
            return Truncator(strip_tags(text)).chars(160)
    return ""


def share_image_of(page):
    """(image, alternative text) that represents the page when shared, or (None, "")."""
    if getattr(page, "hero_image", None):
        return page.hero_image, page.hero_image_alt_text
    if getattr(page, "listing_image", None):
        return page.listing_image, page.listing_image_alt_text
    if getattr(page, "logo", None):
        return page.logo, page.title
    photo = page.first_photo if hasattr(page, "first_photo") else None
    if photo:
        return photo.image, photo.alt_text
    return None, ""


def site_name():
    return _("Network for Inclusive Education")


def organization(name, url, logo=None):
    data = {"@type": "Organization", "name": name, "url": url}
    if logo:
        data["logo"] = logo
    return data


def breadcrumb_list(page, request):
    trail = [*live_ancestors(page, request), page]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": _("Home") if crumb.depth == 2 else crumb.title,
                "item": page_url(crumb, request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def home_organization(page, request, context):
    members = context.get("member_partners") or []
    return {
        "@context": "https://schema.org",
        **organization(
            site_name(), page_url(page, request), absolute(request, static("img/logo.svg"))
        ),
        "description": description_of(page),
        "member": [organization(member.title, page_url(member, request)) for member in members],
    }


def news_article(page, request, context, image_url):
    publisher = organization(
        site_name(), absolute(request, "/"), absolute(request, static("img/logo.svg"))
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": Truncator(page.title).chars(110),
        "description": description_of(page),
        "datePublished": page.date.isoformat(),
        "inLanguage": html_language_tag(page.locale.language_code),
        "mainEntityOfPage": page_url(page, request),
        "author": publisher,
        "publisher": publisher,
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if image_url:
        data["image"] = [image_url]
    return data


def event_dates(page):
    from django.utils import timezone

    if page.all_day:
        return timezone.localdate(page.start).isoformat(), timezone.localdate(page.end).isoformat()
    return timezone.localtime(page.start).isoformat(), timezone.localtime(page.end).isoformat()


def event(page, request, context, image_url):
    start, end = event_dates(page)
    places = []
    if page.venue or page.city:
        places.append(
            {
                "@type": "Place",
                "name": page.venue or page.city,
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": page.city,
                    "addressCountry": KOSOVO,
                },
            }
        )
    if page.online_link:
        places.append({"@type": "VirtualLocation", "url": page.online_link})
    attendance = {
        (True, False): "OfflineEventAttendanceMode",
        (False, True): "OnlineEventAttendanceMode",
        (True, True): "MixedEventAttendanceMode",
    }.get((bool(page.venue or page.city), bool(page.online_link)), "OfflineEventAttendanceMode")
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": description_of(page),
        "startDate": start,
        "endDate": end,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": f"https://schema.org/{attendance}",
        "location": places[0] if len(places) == 1 else places,
        "organizer": [
            organization(partner.title, page_url(partner, request))
            for partner in context.get("organisers") or []
        ]
        or organization(site_name(), absolute(request, "/")),
        "url": page_url(page, request),
        "inLanguage": html_language_tag(page.locale.language_code),
    }
    supporters = context.get("supporters") or []
    if supporters:
        data["sponsor"] = [
            organization(partner.title, page_url(partner, request)) for partner in supporters
        ]
    if image_url:
        data["image"] = [image_url]
    return data


def json_ld(data):
    """JSON for a <script type="application/ld+json">, safe to put inside HTML."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_metadata(page, request, context):
    """Everything the <head> says about `page`, as a dict for includes/metadata.html."""
    from events.models import EventPage
    from home.models import HomePage
    from news.models import NewsPage

    image, image_alt = share_image_of(page)
    rendition = image.get_rendition(SHARE_SPEC) if image else None
    image_url = absolute(request, rendition.url) if rendition else ""
    language = translation.get_language()
    structured = [breadcrumb_list(page, request)]
    if isinstance(page, HomePage):
        structured.insert(0, home_organization(page, request, context))
    elif isinstance(page, NewsPage):
        structured.insert(0, news_article(page, request, context, image_url))
    elif isinstance(page, EventPage):
        structured.insert(0, event(page, request, context, image_url))
    return {
        "title": page.seo_title or page.title,
        "description": description_of(page),
        "canonical": page_url(page, request),
        "og_type": "article" if isinstance(page, NewsPage) else "website",
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
