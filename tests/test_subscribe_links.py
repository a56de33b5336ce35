"""The news index and the events index show readers their feeds, narrowed as the listing is.

The tree's news: `article` (categories advocacy and events) and `older_article` (advocacy, 2008);
its upcoming event is in the series "dropout-week", organised by KEC.
"""

import re

import feedparser
import pytest
from icalendar import Calendar

from . import factories
from .conftest import LANGUAGES

ORIGIN = "http://testserver"
FEED_LINKS = re.compile(r'<p class="feed-links">(.*?)</p>', re.DOTALL)
CALENDAR_LINKS = re.compile(r'<p class="calendar-feed">(.*?)</p>', re.DOTALL)
HREF = re.compile(r'href="([^"]+)"')
CARD_LINK = re.compile(r'class="card__title"><a href="([^"]+)"')

SUBSCRIBE_TO_NEWS = {
    "sq": "Abonohuni në lajmet me një lexues burimesh:",
    "sr-latn": "Pretplatite se na vesti u čitaču fidova:",
    "en": "Subscribe to the news in a feed reader:",
}
SUBSCRIBE_TO_CATEGORY = {
    "sq": "Abonohuni në lajmet „{}“ me një lexues burimesh:",
    "sr-latn": "Pretplatite se na vesti iz kategorije „{}“ u čitaču fidova:",
    "en": "Subscribe to “{}” news in a feed reader:",
}
FEED_NAMES = {
    "sq": ["Burim RSS", "Burim Atom"],
    "sr-latn": ["RSS fid", "Atom fid"],
    "en": ["RSS feed", "Atom feed"],
}
SUBSCRIBE_TO_THESE_EVENTS = {
    "sq": "Abonohuni në një kalendar me këto ngjarje",
    "sr-latn": "Pretplatite se na kalendar ovih događaja",
    "en": "Subscribe to a calendar of these events",
}


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def feed_links(client, index, query=None):
    """(text, [address]) of the index page's feed links."""
    response = client.get(index.url, query)
    assert response.status_code == 200
    (links,) = FEED_LINKS.findall(response.content.decode())
    return text_of(links), [href.replace("&amp;", "&") for href in HREF.findall(links)]


def feed_entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [entry.link for entry in feedparser.parse(response.content).entries]


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_index_offers_its_feeds_to_readers(client, tree, language):
    text, links = feed_links(client, tree("news_index", language))

    assert links == [f"/{language}/feeds/news.rss", f"/{language}/feeds/news.atom"]
    assert (
        text
        == f"{SUBSCRIBE_TO_NEWS[language]} {FEED_NAMES[language][0]} · {FEED_NAMES[language][1]}"
    )
    for link in links:
        assert feed_entries(client, link) == [
            ORIGIN + tree("article", language).url,
            ORIGIN + tree("older_article", language).url,
        ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_index_of_a_category_offers_that_categorys_feeds(client, tree, language):
    index = tree("news_index", language)

    text, links = feed_links(client, index, {"category": "events", "page": "1"})

    assert links == [
        f"/{language}/feeds/news.rss?category=events",
        f"/{language}/feeds/news.atom?category=events",
    ]
    category = tree("events_category", language).name
    assert text.startswith(SUBSCRIBE_TO_CATEGORY[language].format(category))
    on_index = CARD_LINK.findall(client.get(index.url, {"category": "events"}).content.decode())
    for link in links:
        assert feed_entries(client, link) == [ORIGIN + url for url in on_index]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_year_or_a_partner_is_no_topic_to_subscribe_to(client, tree, language):
    """A past year never has new articles; a partner's feeds are on its own page."""
    query = {"year": "2008", "partner": str(tree("kec", language).pk)}

    text, links = feed_links(client, tree("news_index", language), query)

    assert links == [f"/{language}/feeds/news.rss", f"/{language}/feeds/news.atom"]
    assert text.startswith(SUBSCRIBE_TO_NEWS[language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_events_index_filtered_offers_the_calendar_of_those_events(client, tree, language):
    index = tree("event_index", language)
    other = factories.EventPageFactory(parent=tree("event_index"), title="Takim tjetër")
    organiser = tree("kec", language).pk
    query = {"series": "dropout-week", "organiser": str(organiser)}

    html = client.get(index.url, query).content.decode()

    (links,) = CALENDAR_LINKS.findall(html)
    feed = f"/{language}/calendar/events.ics?series=dropout-week&organiser={organiser}"
    assert [href.replace("&amp;", "&") for href in HREF.findall(links)] == [
        f"webcal://testserver{feed}",
        feed,
    ]
    assert text_of(links).startswith(SUBSCRIBE_TO_THESE_EVENTS[language])
    calendar = Calendar.from_ical(client.get(feed).content)
    listed = [str(event["URL"]) for event in calendar.walk("VEVENT")]
    assert listed == [ORIGIN + tree("upcoming_event", language).url]
    assert ORIGIN + other.url not in listed
