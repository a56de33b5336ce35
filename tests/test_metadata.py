"""Every page describes itself to search engines and social networks, in its own language."""

import json
import re

import pytest

from events.models import EventHighlightPage, EventPage
from home.models import HomePage
from news.models import NewsPage

from .conftest import LANGUAGES, PAGE_TYPES

pytestmark = pytest.mark.django_db

HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}


def head_of(client, page):
    html = client.get(page.url).content.decode()
    return html.split("</head>", 1)[0]


def structured_data(head):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    ]


def meta(head, attribute, name):
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', head)
    return found.group(1) if found else None


def of_type(data, schema_type):
    return [item for item in data if item["@type"] == schema_type]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_has_canonical_open_graph_twitter_and_breadcrumbs(client, page_type, language):
    page = page_type.objects.live().filter(locale__language_code=language).first()
    head = head_of(client, page)
    canonical = f"http://testserver{page.url}"
    assert f'<link rel="canonical" href="{canonical}">' in head
    assert meta(head, "property", "og:url") == canonical
    assert meta(head, "property", "og:title")
    assert meta(head, "name", "twitter:card") in ("summary", "summary_large_image")
    assert (
        meta(head, "property", "og:locale")
        == {"sq": "sq_AL", "sr-latn": "sr_RS", "en": "en_GB"}[language]
    )
    breadcrumbs = of_type(structured_data(head), "BreadcrumbList")[0]["itemListElement"]
    assert breadcrumbs[-1]["item"] == canonical
    assert [crumb["position"] for crumb in breadcrumbs] == list(range(1, len(breadcrumbs) + 1))
    assert breadcrumbs[0]["item"] == f"http://testserver/{language}/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_shared_pages_carry_an_image_with_its_alternative_text(client, language):
    article = (
        NewsPage.objects.live()
        .filter(locale__language_code=language, listing_image__isnull=False)
        .first()
    )
    head = head_of(client, article)
    assert meta(head, "property", "og:image").startswith("http://testserver/")
    assert meta(head, "property", "og:image:width") == "1200"
    assert meta(head, "property", "og:image:alt") == article.listing_image_alt
    assert meta(head, "name", "twitter:card") == "summary_large_image"
    description = meta(head, "name", "description")
    assert len(description) <= 160
    assert article.intro.startswith(description.rstrip(".…"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_describes_the_organization_and_its_members(client, language):
    home = HomePage.objects.live().get(locale__language_code=language)
    organization = of_type(structured_data(head_of(client, home)), "Organization")[0]
    assert organization["url"] == f"http://testserver/{language}/"
    assert organization["name"] and organization["logo"].startswith("http://testserver/")
    member_names = {member["name"] for member in organization["member"]}
    assert len(member_names) == 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_articles_are_news_articles(client, language):
    article = NewsPage.objects.live().filter(locale__language_code=language).first()
    data = of_type(structured_data(head_of(client, article)), "NewsArticle")[0]
    assert data["headline"] == article.title
    assert data["datePublished"] == article.date.isoformat()
    assert data["inLanguage"] == HTML_LANG[language]
    assert data["publisher"]["@type"] == "Organization"
    assert meta(head_of(client, article), "property", "og:type") == "article"


@pytest.mark.parametrize("language", LANGUAGES)
def test_events_have_location_organizer_status_and_attendance_mode(client, language):
    event = EventPage.objects.live().get(locale__language_code=language, start__date="2024-11-27")
    data = of_type(structured_data(head_of(client, event)), "Event")[0]
    assert data["name"] == event.title
    assert data["startDate"] == "2024-11-27T10:00:00+01:00"
    assert data["endDate"] == "2024-11-27T13:00:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["addressLocality"] == event.city
    organizer_urls = [organizer["url"] for organizer in data["organizer"]]
    assert all(url.startswith(f"http://testserver/{language}/") for url in organizer_urls)


def test_all_day_events_give_dates_and_online_events_a_virtual_location(client, home_pages):
    from events.models import EventIndexPage

    from . import factories

    index = EventIndexPage.objects.child_of(home_pages["en"]).get()
    online = factories.EventPageFactory(
        parent=index,
        title="Online seminar",
        venue="",
        city="",
        online_link="https://meet.example.org/x",
    )
    data = of_type(structured_data(head_of(client, online)), "Event")[0]
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/x"}

    week = EventPage.objects.live().get(locale__language_code="en", all_day=True, start__year=2024)
    data = of_type(structured_data(head_of(client, week)), "Event")[0]
    assert data["startDate"] == "2024-11-25" and data["endDate"] == "2024-11-29"


def test_structured_data_cannot_be_broken_out_of(client, home_pages):
    from events.models import EventIndexPage

    from . import factories

    index = EventIndexPage.objects.child_of(home_pages["en"]).get()
    hostile = factories.EventPageFactory(parent=index, title="</script><script>alert(1)</script>")
    head = head_of(client, hostile)
    assert "<script>alert(1)" not in head
    assert of_type(structured_data(head), "Event")[0]["name"] == hostile.title


def test_highlights_share_their_first_photo(client):
    highlight = EventHighlightPage.objects.live().filter(locale__language_code="sr-latn").first()
    head = head_of(client, highlight)
    assert meta(head, "property", "og:image:alt") == highlight.first_photo.alt_text


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_announce_the_news_feeds_of_their_language(client, language):
    head = head_of(client, HomePage.objects.live().get(locale__language_code=language))
    assert 'type="application/rss+xml" title="' in head
    assert f'href="/{language}/feeds/news.rss"' in head
    assert f'href="/{language}/feeds/news.atom"' in head
