"""Every page describes itself to search engines and social networks, in its own language."""

import datetime
import html
import json
import re
import zoneinfo

import pytest

from events.models import EventOrganiser
from news.models import NewsPage

from . import factories
from .conftest import LANGUAGES, PAGE_TYPES
from .site_tree import TREE_PAGE_OF_TYPE

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"
KOSOVO = zoneinfo.ZoneInfo("Europe/Belgrade")
HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}
OPEN_GRAPH_LOCALES = {"sq": "sq_AL", "sr-latn": "sr_RS", "en": "en_GB"}
# The interface's own words, from the message catalogues.
SITE_NAMES = {
    "sq": "Rrjeti për Arsim Gjithëpërfshirës",
    "sr-latn": "Mreža za inkluzivno obrazovanje",
    "en": "Network for Inclusive Education",
}
HOME = {"sq": "Ballina", "sr-latn": "Početna", "en": "Home"}


# Tree pages that are shared with a picture: {name: (its alternative text, width, height)}.
# Photos (1200 by 700) are cropped to 1200 by 630; logos keep sizes of their own.
SHARE_IMAGES = {
    "home": (lambda page: page.hero_image_alt, 1200, 630),
    "about": (lambda page: page.listing_image_alt, 1200, 630),
    "article": (lambda page: page.listing_image_alt, 1200, 630),
    "upcoming_event": (lambda page: page.listing_image_alt, 1200, 630),
    "kec": (lambda page: page.title, None, None),  # the logo stands beside the partner's name
    "highlight": (lambda page: page.photos.first().alt_text, 1200, 630),
}
NOT_SHARED_WITH_A_PICTURE = [
    "contact",
    "news_index",
    "older_article",
    "partner_index",
    "sbashk",
    "project",
    "event_index",
    "past_event",
    "publication_index",
    # The tree's publication is a text file: no first page to show.
    "publication",
]


def head_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode().split("</head>", 1)[0]


def structured_data(head):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    ]


def metas(head, attribute, name):
    return [
        html.unescape(content)
        for content in re.findall(
            rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', head
        )
    ]


def meta(head, attribute, name):
    found = metas(head, attribute, name)
    assert len(found) <= 1, name
    return found[0] if found else None


def of_type(data, schema_type):
    return [item for item in data if item["@type"] == schema_type]


def absolute(page):
    return ORIGIN + page.url


def organization(page):
    return {"@type": "Organization", "name": page.title, "url": absolute(page)}


def test_every_page_type_is_checked(tree):
    for page_type in PAGE_TYPES:
        assert type(tree(TREE_PAGE_OF_TYPE[page_type])) is page_type
    assert set(SHARE_IMAGES) | set(NOT_SHARED_WITH_A_PICTURE) >= set(TREE_PAGE_OF_TYPE.values())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda page_type: page_type.__name__)
def test_every_page_has_canonical_open_graph_twitter_and_breadcrumbs(
    client, tree, page_type, language
):
    page = tree(TREE_PAGE_OF_TYPE[page_type], language)

    head = head_of(client, page)

    canonical = absolute(page)
    assert f'<link rel="canonical" href="{canonical}">' in head
    assert meta(head, "property", "og:url") == canonical
    assert meta(head, "property", "og:title") == page.title
    assert meta(head, "name", "twitter:title") == page.title
    assert meta(head, "property", "og:site_name") == SITE_NAMES[language]
    assert meta(head, "property", "og:type") == ("article" if page_type is NewsPage else "website")
    assert meta(head, "property", "og:locale") == OPEN_GRAPH_LOCALES[language]
    assert sorted(metas(head, "property", "og:locale:alternate")) == sorted(
        OPEN_GRAPH_LOCALES[other] for other in LANGUAGES if other != language
    )
    # The page's own summary, in its own language.
    description = meta(head, "name", "description")
    assert description == page.summary_text and len(description) <= 160
    assert meta(head, "property", "og:description") == description
    assert meta(head, "name", "twitter:description") == description
    if language != "sq":
        assert description.endswith(f"({language})")

    (breadcrumbs,) = of_type(structured_data(head), "BreadcrumbList")
    trail = [*page.get_ancestors().filter(depth__gte=2).specific(), page]
    assert breadcrumbs["itemListElement"] == [
        {
            "@type": "ListItem",
            "position": position,
            "name": HOME[language] if position == 1 else crumb.title,
            "item": absolute(crumb),
        }
        for position, crumb in enumerate(trail, start=1)
    ]
    assert breadcrumbs["itemListElement"][0]["item"] == f"{ORIGIN}/{language}/"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(SHARE_IMAGES))
def test_shared_pages_carry_an_image_with_its_alternative_text(client, tree, name, language):
    page = tree(name, language)
    alt_text, width, height = SHARE_IMAGES[name]
    alt_text = alt_text(page)
    assert alt_text

    head = head_of(client, page)

    image = meta(head, "property", "og:image")
    assert re.fullmatch(rf"{ORIGIN}/media/images/[^\"]+\.fill-1200x630\.format-jpeg\.jpg", image)
    for dimension, expected in [("width", width), ("height", height)]:
        found = meta(head, "property", f"og:image:{dimension}")
        assert found.isdigit() and found == str(expected or found), dimension
    assert meta(head, "property", "og:image:alt") == alt_text
    assert meta(head, "name", "twitter:card") == "summary_large_image"
    assert meta(head, "name", "twitter:image") == image
    assert meta(head, "name", "twitter:image:alt") == alt_text
    if language != "sq":
        assert alt_text.endswith(f"({language})")
    for item in structured_data(head):
        if item["@type"] in ("NewsArticle", "Event"):
            assert item["image"] == [image]


@pytest.mark.parametrize("name", NOT_SHARED_WITH_A_PICTURE)
def test_pages_without_a_picture_get_a_small_card(client, tree, name):
    head = head_of(client, tree(name, "en"))
    assert meta(head, "name", "twitter:card") == "summary"
    assert meta(head, "property", "og:image") is None
    assert meta(head, "name", "twitter:image") is None


def test_descriptions_stop_at_160_characters_and_headlines_at_110(client, tree):
    intro = "Fëmijët e komuniteteve rom, ashkali dhe egjiptase braktisin shkollën më shpesh. " * 4
    title = "Një titull shumë i gjatë për një lajm " * 4
    article = factories.NewsPageFactory(parent=tree("news_index"), title=title.strip(), intro=intro)
    assert len(intro) > 160 and len(article.title) > 110

    head = head_of(client, article)

    description = meta(head, "name", "description")
    assert len(description) <= 160 and description.endswith("…")
    assert intro.startswith(description[:-1].rstrip())
    (data,) = of_type(structured_data(head), "NewsArticle")
    assert data["description"] == description
    assert len(data["headline"]) <= 110 and data["headline"].endswith("…")
    assert article.title.startswith(data["headline"][:-1].rstrip())


def test_the_editors_search_description_comes_before_the_summary(client, tree):
    page = factories.StandardPageFactory(
        parent=tree("home"),
        title="Politika e privatësisë",
        intro="Si i ruajmë të dhënat.",
        search_description="Çfarë të dhënash mbledh rrjeti dhe pse.",
    )
    head = head_of(client, page)
    assert meta(head, "name", "description") == "Çfarë të dhënash mbledh rrjeti dhe pse."


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_describes_the_organization_and_its_members(client, tree, language):
    home = tree("home", language)

    data = structured_data(head_of(client, home))

    (network,) = of_type(data, "Organization")
    assert network["name"] == SITE_NAMES[language]
    assert network["url"] == f"{ORIGIN}/{language}/" == absolute(home)
    assert re.fullmatch(rf"{ORIGIN}/static/img/logo\.[a-z]+", network["logo"])
    assert network["description"] == home.hero_intro
    # The members of the network, not the donor, in the home page's language.
    assert network["member"] == [
        organization(tree("kec", language)),
        organization(tree("sbashk", language)),
    ]


def test_only_home_pages_describe_the_organization(client, tree):
    for name in ("about", "news_index", "kec"):
        assert of_type(structured_data(head_of(client, tree(name))), "Organization") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_articles_are_news_articles(client, tree, language):
    article = tree("article", language)

    head = head_of(client, article)

    (data,) = of_type(structured_data(head), "NewsArticle")
    assert data["headline"] == article.title
    assert data["description"] == article.intro
    assert data["datePublished"] == "2024-11-29"
    assert data["inLanguage"] == HTML_LANG[language]
    assert data["mainEntityOfPage"] == absolute(article)
    for role in ("publisher", "author"):
        assert data[role]["@type"] == "Organization"
        assert data[role]["name"] == SITE_NAMES[language]
    assert data["image"] == [meta(head, "property", "og:image")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_events_have_location_organisers_sponsors_status_and_attendance_mode(
    client, tree, language
):
    event = tree("upcoming_event", language)

    (data,) = of_type(structured_data(head_of(client, event)), "Event")

    assert data["name"] == event.title
    assert data["description"] == event.intro
    assert data["url"] == absolute(event)
    assert data["inLanguage"] == HTML_LANG[language]
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": event.venue,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": event.city,
            "addressCountry": "XK",
        },
    }
    assert data["organizer"] == [organization(tree("kec", language))]
    assert data["sponsor"] == [organization(tree("donor", language))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_all_day_events_give_dates_and_all_their_organisers(client, tree, language):
    event = tree("past_event", language)

    (data,) = of_type(structured_data(head_of(client, event)), "Event")

    assert data["startDate"] == "2024-11-25" and data["endDate"] == "2024-11-29"
    assert data["organizer"] == [
        organization(tree("kec", language)),
        organization(tree("sbashk", language)),
    ]
    assert "sponsor" not in data


def test_event_times_are_given_in_kosovo_time(client, tree):
    index = tree("event_index")
    winter = factories.EventPageFactory(
        parent=index,
        title="Takim në dimër",
        start=datetime.datetime(2024, 11, 27, 10, tzinfo=KOSOVO),
        end=datetime.datetime(2024, 11, 27, 13, tzinfo=KOSOVO),
    )
    EventOrganiser.objects.create(page=winter, partner=tree("sbashk"))
    summer = factories.EventPageFactory(
        parent=index,
        title="Takim në verë",
        start=datetime.datetime(2024, 6, 3, 7, 30, tzinfo=datetime.UTC),
        end=datetime.datetime(2024, 6, 3, 9, tzinfo=datetime.UTC),
    )

    (winter_data,) = of_type(structured_data(head_of(client, winter)), "Event")
    (summer_data,) = of_type(structured_data(head_of(client, summer)), "Event")

    assert winter_data["startDate"] == "2024-11-27T10:00:00+01:00"
    assert winter_data["endDate"] == "2024-11-27T13:00:00+01:00"
    assert winter_data["organizer"] == [organization(tree("sbashk"))]
    assert summer_data["startDate"] == "2024-06-03T09:30:00+02:00"
    assert summer_data["endDate"] == "2024-06-03T11:00:00+02:00"
    # An event without organisers of its own is the network's.
    assert summer_data["organizer"]["@type"] == "Organization"
    assert summer_data["organizer"]["name"] == SITE_NAMES["sq"]


def test_online_events_have_a_virtual_location_and_hybrid_ones_both(client, tree):
    index = tree("event_index")
    online = factories.EventPageFactory(
        parent=index,
        title="Seminar në internet",
        venue="",
        city="",
        online_link="https://meet.example.org/x",
    )
    hybrid = factories.EventPageFactory(
        parent=index, title="Takim i përzier", online_link="https://meet.example.org/y"
    )

    (online_data,) = of_type(structured_data(head_of(client, online)), "Event")
    (hybrid_data,) = of_type(structured_data(head_of(client, hybrid)), "Event")

    assert online_data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online_data["location"] == {
        "@type": "VirtualLocation",
        "url": "https://meet.example.org/x",
    }
    assert hybrid_data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in hybrid_data["location"]] == ["Place", "VirtualLocation"]
    assert hybrid_data["location"][0]["address"]["addressLocality"] == hybrid.city


def test_structured_data_cannot_be_broken_out_of(client, tree):
    hostile = factories.EventPageFactory(
        parent=tree("event_index"), title="</script><script>alert(1)</script>"
    )
    head = head_of(client, hostile)
    assert "<script>alert(1)" not in head
    assert of_type(structured_data(head), "Event")[0]["name"] == hostile.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_announce_the_news_feeds_of_their_language(client, tree, language):
    head = head_of(client, tree("about", language))
    rss = re.search(r'<link rel="alternate" type="application/rss\+xml" title="([^"]+)"', head)
    assert rss and SITE_NAMES[language] in html.unescape(rss.group(1))
    assert f'href="/{language}/feeds/news.rss"' in head
    assert f'href="/{language}/feeds/news.atom"' in head
