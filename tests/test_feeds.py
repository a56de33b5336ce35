"""The news feeds (RSS 2.0 and Atom) of each language and each partner, as a feed reader reads them.

The tree has two articles in every language: `article` (29 Nov 2024, categories advocacy and
events, about KEC, with a listing picture) and `older_article` (22 Apr 2008, advocacy only).
"""

import datetime
import re
import zoneinfo
from html import unescape
from html.parser import HTMLParser

import feedparser
import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from core.images import SHARE_SPEC

from . import factories
from .conftest import LANGUAGES
from .utils import queries_for

pytestmark = pytest.mark.django_db

FORMATS = ["rss", "atom"]
LANGUAGE_TAGS = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}
# The interface's own words for the feed titles, from the message catalogues.
NEWS = {"sq": "Lajmet", "sr-latn": "Vesti", "en": "News"}
SITE_NAMES = {
    "sq": "Rrjeti për Arsim Gjithëpërfshirës",
    "sr-latn": "Mreža za inkluzivno obrazovanje",
    "en": "Network for Inclusive Education",
}
KOSOVO = zoneinfo.ZoneInfo("Europe/Belgrade")
ORIGIN = "http://testserver"
CARD_LINK = re.compile(r'class="card__title"><a href="([^"]+)"')


def read_feed(client, url, data=None):
    response = client.get(url, data)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def site_feed(language, feed_format):
    return f"/{language}/feeds/news.{feed_format}"


def partner_feed(partner, feed_format):
    return f"/{partner.locale.language_code}/feeds/partners/{partner.pk}/news.{feed_format}"


def absolute(page):
    return ORIGIN + page.url


def entry_links(feed):
    return [entry.link for entry in feed.entries]


def entry_for(feed, page):
    (entry,) = [entry for entry in feed.entries if entry.link == absolute(page)]
    return entry


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_lists_the_languages_articles_newest_first(client, tree, language, feed_format):
    article, older = tree("article", language), tree("older_article", language)

    feed = read_feed(client, site_feed(language, feed_format))

    assert [entry.title for entry in feed.entries] == [article.title, older.title]
    assert entry_links(feed) == [absolute(article), absolute(older)]
    assert [entry.id for entry in feed.entries] == [absolute(article), absolute(older)]
    assert all(link.startswith(f"{ORIGIN}/{language}/") for link in entry_links(feed))
    # A summary is HTML: the plain-text intro comes back once its entities are decoded.
    assert [unescape(entry.summary) for entry in feed.entries] == [article.intro, older.intro]


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_is_titled_and_tagged_in_its_language(client, tree, language, feed_format):
    news_index = tree("news_index", language)

    feed = read_feed(client, site_feed(language, feed_format))

    assert feed.feed.language == LANGUAGE_TAGS[language]
    assert feed.feed.title == f"{NEWS[language]} · {SITE_NAMES[language]}"
    assert feed.feed.subtitle == news_index.intro
    assert feed.feed.link == absolute(news_index)


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_entry_carries_the_listing_picture_as_an_enclosure(
    client, tree, language, feed_format
):
    feed = read_feed(client, site_feed(language, feed_format))

    (enclosure,) = entry_for(feed, tree("article", language)).enclosures
    rendition = tree("photo").get_rendition(SHARE_SPEC)
    assert enclosure.href == ORIGIN + rendition.url
    assert int(enclosure.length) == rendition.file.size > 0
    assert enclosure.type.startswith("image/")
    # The older article has no listing picture, so nothing to enclose.
    assert entry_for(feed, tree("older_article", language)).enclosures == []


@pytest.mark.parametrize("feed_format", FORMATS)
def test_feed_entries_are_published_at_midnight_of_the_article_date_in_kosovo(
    client, tree, feed_format
):
    feed = read_feed(client, site_feed("en", feed_format))

    published = [
        datetime.datetime(*entry.published_parsed[:6], tzinfo=datetime.UTC)
        for entry in feed.entries
    ]
    # Winter time (UTC+1) for the 2024 article, summer time (UTC+2) for the 2008 one.
    assert published == [
        datetime.datetime(2024, 11, 29, tzinfo=KOSOVO),
        datetime.datetime(2008, 4, 22, tzinfo=KOSOVO),
    ]
    assert published == [
        datetime.datetime(2024, 11, 28, 23, tzinfo=datetime.UTC),
        datetime.datetime(2008, 4, 21, 22, tzinfo=datetime.UTC),
    ]


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_entries_name_the_article_categories_in_the_feed_language(
    client, tree, language, feed_format
):
    advocacy = tree("advocacy", language).name
    events = tree("events_category", language).name

    feed = read_feed(client, site_feed(language, feed_format))

    shown = [sorted(tag.term for tag in entry.get("tags", [])) for entry in feed.entries]
    assert shown == [sorted([advocacy, events]), [advocacy]]
    if language != "sq":
        assert advocacy == f"Avokim ({language})"


def test_feed_keeps_only_the_twenty_newest_articles_and_limits_in_the_database(client, tree):
    added = [
        factories.NewsPageFactory(
            parent=tree("news_index"),
            title=f"Lajm i ardhshëm {day}",
            date=datetime.date(2040, 1, day),
        )
        for day in range(1, 20)
    ]

    client.get(site_feed("sq", "rss"))  # warms caches and makes the enclosures' renditions
    with CaptureQueriesContext(connection) as queries:
        feed = read_feed(client, site_feed("sq", "rss"))

    # 19 new articles and the tree's 2024 article; the 2008 article is the 21st and left out.
    assert len(feed.entries) == 20
    assert [entry.title for entry in feed.entries] == [
        *(article.title for article in reversed(added)),
        tree("article").title,
    ]
    (listing_sql,) = [
        query["sql"] for query in queries if 'ORDER BY "news_newspage"."date" DESC' in query["sql"]
    ]
    assert listing_sql.endswith("LIMIT 20")


@pytest.mark.parametrize("feed_format", FORMATS)
def test_feed_leaves_out_an_unpublished_article(client, tree, feed_format):
    article = tree("article", "en")
    address = absolute(article)
    article.unpublish()

    feed = read_feed(client, site_feed("en", feed_format))

    assert entry_links(feed) == [absolute(tree("older_article", "en"))]
    assert address not in entry_links(feed)
    assert article.title not in [entry.title for entry in feed.entries]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["article", "older_article"]),
        ({"category": ""}, ["article", "older_article"]),
        ({"category": "advocacy"}, ["article", "older_article"]),
        ({"category": "events"}, ["article"]),
        ({"year": "2008"}, ["older_article"]),
        ({"category": "advocacy", "year": "2024"}, ["article"]),
        ({"category": "events", "year": "2008"}, []),
        ({"partner": "kec"}, ["article"]),
        ({"partner": "kec", "category": "advocacy", "year": "2024"}, ["article"]),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_filtered_feed_lists_what_the_filtered_news_index_lists(
    client, tree, language, query, expected
):
    query = {
        name: str(tree(value, language).pk) if name == "partner" else value
        for name, value in query.items()
    }
    index_page = client.get(tree("news_index", language).url, query)
    assert index_page.status_code == 200
    on_index = [ORIGIN + url for url in CARD_LINK.findall(index_page.content.decode())]

    for feed_format in FORMATS:
        feed = read_feed(client, site_feed(language, feed_format), query)
        assert entry_links(feed) == [absolute(tree(name, language)) for name in expected]
        assert entry_links(feed) == on_index


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["both", "article"]),
        ({"year": "2024"}, ["article"]),
        ({"year": "2030"}, ["both"]),
        ({"category": "events"}, ["article"]),
        ({"category": "advocacy"}, ["both", "article"]),
        ({"category": "events", "year": "2030"}, []),
        # The partner of the address wins over a partner in the query string.
        ({"partner": "sbashk"}, ["both", "article"]),
    ],
)
def test_partner_feed_combines_the_partner_with_the_other_filters(client, tree, query, expected):
    both = factories.NewsPageFactory(
        parent=tree("news_index"), title="KEC dhe SBASHK", date=datetime.date(2030, 5, 1)
    )
    both.categories.create(category=tree("advocacy"))
    both.related_partners.create(partner=tree("kec"))
    both.related_partners.create(partner=tree("sbashk"))
    both.save()
    pages = {"both": both, "article": tree("article")}
    query = {
        name: str(tree(value).pk) if name == "partner" else value for name, value in query.items()
    }

    for feed_format in FORMATS:
        feed = read_feed(client, partner_feed(tree("kec"), feed_format), query)
        assert entry_links(feed) == [absolute(pages[name]) for name in expected]


@pytest.mark.parametrize(
    "query",
    [
        {"category": "unknown"},
        {"category": "Avokim"},
        {"year": "abc"},
        {"year": "1999"},  # no article that year
        {"partner": "abc"},
        {"partner": "99999999"},
        {"partner": "albanian-kec"},  # a partner page of another language
        {"partner": "news_index"},  # a page that is no partner
    ],
)
@pytest.mark.parametrize("feed_format", FORMATS)
def test_filter_value_that_names_nothing_is_not_found(client, tree, feed_format, query):
    named = {"albanian-kec": tree("kec", "sq"), "news_index": tree("news_index", "en")}
    query = {
        name: str(named[value].pk) if value in named else value for name, value in query.items()
    }
    assert client.get(site_feed("en", feed_format), query).status_code == 404
    on_partner_feed = client.get(partner_feed(tree("kec", "en"), feed_format), query)
    # On a partner's feed the partner comes from the address, whatever the query string says.
    assert on_partner_feed.status_code == (200 if "partner" in query else 404)
    # The news index answers such an address the same way.
    assert client.get(tree("news_index", "en").url, query).status_code == 404


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_feed_lists_exactly_the_articles_about_that_partner(
    client, tree, language, feed_format
):
    kec, article = tree("kec", language), tree("article", language)

    feed = read_feed(client, partner_feed(kec, feed_format))

    assert entry_links(feed) == [absolute(article)]
    assert feed.feed.title == f"{NEWS[language]} · {kec.title}"
    assert feed.feed.language == LANGUAGE_TAGS[language]
    assert feed.feed.link == absolute(kec)
    (entry,) = feed.entries
    assert unescape(entry.summary) == article.intro
    assert len(entry.enclosures) == 1


@pytest.mark.parametrize("feed_format", FORMATS)
def test_partner_feed_leaves_out_articles_about_other_partners(client, tree, feed_format):
    about_sbashk = factories.NewsPageFactory(
        parent=tree("news_index"), title="Vetëm SBASHK", date=datetime.date(2030, 1, 1)
    )
    about_sbashk.related_partners.create(partner=tree("sbashk"))
    about_sbashk.save()

    kec_feed = read_feed(client, partner_feed(tree("kec"), feed_format))
    sbashk_feed = read_feed(client, partner_feed(tree("sbashk"), feed_format))
    donor_feed = read_feed(client, partner_feed(tree("donor"), feed_format))

    assert entry_links(kec_feed) == [absolute(tree("article"))]
    assert entry_links(sbashk_feed) == [absolute(about_sbashk)]
    assert entry_links(donor_feed) == []
    assert donor_feed.feed.title == f"{NEWS['sq']} · {tree('donor').title}"


@pytest.mark.parametrize(
    "address",
    [
        "/en/feeds/partners/abc/news.rss",
        "/en/feeds/partners/-1/news.rss",
        "/en/feeds/partners/1.5/news.atom",
        "/en/feeds/partners/99999999999999999999999999999/news.rss",
        "/en/feeds/partners/9999999999/news.atom",
        "/en/feeds/partners//news.rss",
        "/en/feeds/news.json",
        "/xx/feeds/news.rss",
    ],
)
def test_odd_feed_addresses_are_not_found(client, address):
    assert client.get(address).status_code == 404


@pytest.mark.parametrize("feed_format", FORMATS)
def test_partner_feed_of_a_page_that_is_no_partner_of_that_language_is_not_found(
    client, tree, feed_format
):
    draft_partner = factories.PartnerPageFactory(parent=tree("partner_index"), title="Në pritje")
    draft_partner.unpublish()
    for page in (
        tree("kec", "sq"),  # the Albanian page, asked for in English
        tree("kec", "sr-latn"),
        tree("article", "en"),
        tree("home", "en"),
    ):
        response = client.get(f"/en/feeds/partners/{page.pk}/news.{feed_format}")
        assert response.status_code == 404, page
    assert client.get(partner_feed(draft_partner, feed_format)).status_code == 404
    unused_id = draft_partner.pk + 1000
    assert client.get(f"/en/feeds/partners/{unused_id}/news.{feed_format}").status_code == 404


def test_feeds_do_not_query_per_article(client, tree):
    kec = tree("kec")
    urls = [
        site_feed("sq", "rss"),
        site_feed("sq", "atom"),
        site_feed("sq", "rss") + "?category=advocacy",
        partner_feed(kec, "rss"),
        partner_feed(kec, "atom") + "?year=2024",
    ]
    before = {url: queries_for(client, url) for url in urls}
    for number in range(6):
        article = factories.NewsPageFactory(
            parent=tree("news_index"),
            title=f"Lajm shtesë {number}",
            date=datetime.date(2024, 12, number + 1),
            listing_image=factories.ImageFactory(file__width=120, file__height=70),
        )
        article.related_partners.create(partner=kec)
        article.categories.create(category=tree("advocacy"))
        article.categories.create(category=tree("events_category"))
        article.save()

    after = {url: queries_for(client, url) for url in urls}

    assert after == before
    kec_feed = read_feed(client, partner_feed(kec, "rss"))
    assert len(kec_feed.entries) == 7
    assert all(len(entry.enclosures) == 1 for entry in kec_feed.entries)
    assert all(len(entry.tags) == 2 for entry in kec_feed.entries)


class FeedLinkCollector(HTMLParser):
    """The feed autodiscovery links of a page: <link rel="alternate" type="application/…+xml">."""

    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "alternate" and "type" in attrs:
            self.links.append(attrs)


def feed_links(html):
    collector = FeedLinkCollector()
    collector.feed(html)
    return collector.links


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_announces_the_languages_feeds(client, tree, language):
    html = client.get(tree("about", language).url).content.decode()

    links = feed_links(html)

    site_title = f"{NEWS[language]} · {SITE_NAMES[language]}"
    assert [(link["type"], link["title"]) for link in links] == [
        ("application/rss+xml", f"{site_title} (RSS)"),
        ("application/atom+xml", f"{site_title} (Atom)"),
    ]
    for link in links:
        assert link["href"].startswith(f"/{language}/feeds/")
        assert read_feed(client, link["href"]).feed.title == site_title


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_page_also_announces_the_partners_feeds(client, tree, language):
    kec = tree("kec", language)
    html = client.get(kec.url).content.decode()

    links = feed_links(html)

    partner_title = f"{NEWS[language]} · {kec.title}"
    assert len(links) == 4
    assert [(link["type"], link["title"]) for link in links[2:]] == [
        ("application/rss+xml", f"{partner_title} (RSS)"),
        ("application/atom+xml", f"{partner_title} (Atom)"),
    ]
    for link in links[2:]:
        assert link["href"].startswith(f"/{language}/feeds/partners/{kec.pk}/")
        feed = read_feed(client, link["href"])
        assert feed.feed.title == partner_title
        assert entry_links(feed) == [absolute(tree("article", language))]


def test_unpublished_partner_page_announces_no_feed_of_its_own(tree):
    kec = tree("kec", "en")
    kec.live = False  # as in the preview of a draft: its feed address would be a 404
    with translation.override("en"):
        links = feed_links(render_to_string("news/includes/feed_links.html", {"partner": kec}))
    assert [link["href"] for link in links] == ["/en/feeds/news.rss", "/en/feeds/news.atom"]
