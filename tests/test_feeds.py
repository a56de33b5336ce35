"""The news feeds (RSS 2.0 and Atom) of each language and each partner, as a feed reader reads them."""

import datetime
import html
import zoneinfo
from html.parser import HTMLParser

import feedparser
import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail_factories import ImageFactory

from news.models import NewsCategory, NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage

from . import factories

pytestmark = pytest.mark.django_db

LANGUAGES = ["sq", "sr-latn", "en"]
FORMATS = ["rss", "atom"]
LANGUAGE_TAGS = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}
NEWS = {"sq": "Lajme", "sr-latn": "Vesti", "en": "News"}
SITE_NAMES = {
    "sq": "Rrjeti për Arsim Gjithëpërfshirës",
    "sr-latn": "Mreža za inkluzivno obrazovanje",
    "en": "Network for Inclusive Education",
}
BELGRADE = zoneinfo.ZoneInfo("Europe/Belgrade")
ORIGIN = "http://testserver"


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def newest_live_articles(language, partner=None):
    articles = NewsPage.objects.live().filter(locale__language_code=language)
    if partner is not None:
        articles = articles.filter(
            related_partners__partner__translation_key=partner.translation_key
        ).distinct()
    return list(articles.order_by("-date", "-pk")[:20])


def absolute(page):
    return ORIGIN + page.url


def partner_in(language, partner):
    return PartnerPage.objects.get(
        locale__language_code=language, translation_key=partner.translation_key
    )


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_lists_the_languages_newest_articles_in_order(client, language, feed_format):
    feed = read_feed(client, f"/{language}/feeds/news.{feed_format}")
    articles = newest_live_articles(language)
    assert articles
    assert [entry.title for entry in feed.entries] == [article.title for article in articles]
    assert [entry.link for entry in feed.entries] == [absolute(article) for article in articles]
    assert [entry.id for entry in feed.entries] == [absolute(article) for article in articles]
    # A summary is HTML: the plain-text intro comes back once its entities are decoded.
    summaries = [html.unescape(entry.summary) for entry in feed.entries]
    assert summaries == [article.intro for article in articles]
    assert all(summaries)
    assert all(entry.link.startswith(f"{ORIGIN}/{language}/") for entry in feed.entries)


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_is_titled_and_tagged_in_its_language(client, language, feed_format):
    feed = read_feed(client, f"/{language}/feeds/news.{feed_format}")
    index = NewsIndexPage.objects.live().get(locale__language_code=language)
    assert feed.feed.language == LANGUAGE_TAGS[language]
    assert feed.feed.title == f"{NEWS[language]} · {SITE_NAMES[language]}"
    assert feed.feed.subtitle == index.intro
    assert feed.feed.link == absolute(index)


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_entries_carry_the_listing_picture_as_an_enclosure(client, language, feed_format):
    feed = read_feed(client, f"/{language}/feeds/news.{feed_format}")
    pictured = {
        absolute(article)
        for article in newest_live_articles(language)
        if article.listing_image_id is not None
    }
    assert pictured
    for entry in feed.entries:
        if entry.link not in pictured:
            continue
        [enclosure] = entry.enclosures
        assert enclosure.href.startswith(f"{ORIGIN}/")
        assert int(enclosure.length) > 0
        assert enclosure.type.startswith("image/")


@pytest.mark.parametrize("feed_format", FORMATS)
def test_feed_entries_are_published_at_midnight_of_the_article_date_in_kosovo(client, feed_format):
    feed = read_feed(client, f"/en/feeds/news.{feed_format}")
    for entry, article in zip(feed.entries, newest_live_articles("en"), strict=True):
        midnight = datetime.datetime.combine(article.date, datetime.time.min, BELGRADE)
        published = datetime.datetime(*entry.published_parsed[:6], tzinfo=datetime.UTC)
        assert published == midnight


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_entries_name_the_article_categories_in_the_feed_language(
    client, language, feed_format
):
    feed = read_feed(client, f"/{language}/feeds/news.{feed_format}")
    articles = newest_live_articles(language)
    shown = [sorted(tag.term for tag in entry.get("tags", [])) for entry in feed.entries]
    assert shown == [
        sorted(category.name for category in article.localized_categories()) for article in articles
    ]
    assert any(shown)
    assert set().union(*shown) <= set(
        NewsCategory.objects.filter(locale__language_code=language).values_list("name", flat=True)
    )


def test_feed_keeps_only_the_twenty_newest_articles(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    added = [
        factories.NewsPageFactory(
            parent=index, title=f"Future article {day}", date=datetime.date(2040, 1, day)
        )
        for day in range(1, 16)
    ]
    feed = read_feed(client, "/en/feeds/news.rss")
    assert len(feed.entries) == 20
    assert [entry.title for entry in feed.entries[:15]] == [
        article.title for article in reversed(added)
    ]
    assert feed.entries[-1].title == newest_live_articles("en")[-1].title


def test_feed_leaves_out_unpublished_articles(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    draft = factories.NewsPageFactory(parent=index, title="Not yet", date=datetime.date(2040, 1, 1))
    draft.unpublish()
    feed = read_feed(client, "/en/feeds/news.atom")
    assert "Not yet" not in [entry.title for entry in feed.entries]


@pytest.mark.parametrize("acronym", ["KEC", "MASHTI"])
@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_feed_lists_exactly_the_articles_about_that_partner(
    client, partner_pages, language, feed_format, acronym
):
    partner = partner_in(language, partner_pages[acronym])
    feed = read_feed(client, f"/{language}/feeds/partners/{partner.pk}/news.{feed_format}")
    about_partner = newest_live_articles(language, partner=partner)
    assert about_partner
    assert [entry.link for entry in feed.entries] == [
        absolute(article) for article in about_partner
    ]
    assert feed.feed.title == f"{NEWS[language]} · {partner.title}"
    assert feed.feed.language == LANGUAGE_TAGS[language]
    assert feed.feed.link == absolute(partner)
    assert all(entry.summary for entry in feed.entries)
    assert all(entry.enclosures for entry in feed.entries)


@pytest.mark.parametrize("feed_format", FORMATS)
def test_partner_feed_leaves_out_articles_about_other_partners(client, partner_pages, feed_format):
    ministry = partner_in("en", partner_pages["MASHTI"])
    feed = read_feed(client, f"/en/feeds/partners/{ministry.pk}/news.{feed_format}")
    shown = {entry.link for entry in feed.entries}
    left_out = [article for article in newest_live_articles("en") if absolute(article) not in shown]
    assert shown
    assert left_out
    for article in left_out:
        partners = {link.partner.translation_key for link in article.related_partners.all()}
        assert ministry.translation_key not in partners


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
    client, partner_pages, home_pages, feed_format
):
    kec = partner_pages["KEC"]
    news_page = NewsPage.objects.filter(locale__language_code="en").first()
    unpublished = factories.PartnerPageFactory(
        parent=PartnerIndexPage.objects.get(locale__language_code="en"), title="Draft partner"
    )
    unpublished.unpublish()
    for page_id in (
        kec.pk,  # the Albanian page, asked for in English
        partner_in("sr-latn", kec).pk,
        news_page.pk,
        home_pages["en"].pk,
        unpublished.pk,
        PartnerPage.objects.order_by("-pk").first().pk + 1000,
    ):
        response = client.get(f"/en/feeds/partners/{page_id}/news.{feed_format}")
        assert response.status_code == 404, page_id


def count_queries(client, url):
    client.get(url)  # makes any missing renditions and warms per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_feeds_do_not_query_per_article(client, partner_pages):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    kec = partner_in("en", partner_pages["KEC"])
    categories = list(NewsCategory.objects.filter(locale__language_code="en"))
    urls = [
        "/en/feeds/news.rss",
        "/en/feeds/news.atom",
        f"/en/feeds/partners/{kec.pk}/news.rss",
        f"/en/feeds/partners/{kec.pk}/news.atom",
    ]
    before = {url: count_queries(client, url) for url in urls}
    for number in range(6):
        article = factories.NewsPageFactory(
            parent=index, title=f"Extra article {number}", listing_image=ImageFactory()
        )
        article.related_partners.create(partner=kec)
        for category in categories[:2]:
            article.categories.create(category=category)
    after = {url: count_queries(client, url) for url in urls}
    assert after == before
    assert len(read_feed(client, urls[2]).entries) == len(newest_live_articles("en", kec))


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "link":
            self.links.append(dict(attrs))


def alternate_links(html):
    collector = LinkCollector()
    collector.feed(html)
    return [link for link in collector.links if link.get("rel") == "alternate"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_links_announce_the_active_languages_feeds(client, language):
    with translation.override(language):
        links = alternate_links(render_to_string("news/includes/feed_links.html"))
    site_title = f"{NEWS[language]} · {SITE_NAMES[language]}"
    assert [(link["type"], link["title"]) for link in links] == [
        ("application/rss+xml", f"{site_title} (RSS)"),
        ("application/atom+xml", f"{site_title} (Atom)"),
    ]
    for link in links:
        assert link["href"].startswith(f"/{language}/feeds/")
        assert read_feed(client, link["href"]).feed.title == site_title


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_links_announce_the_partners_feeds_on_its_page(client, partner_pages, language):
    kec = partner_in(language, partner_pages["KEC"])
    with translation.override(language):
        links = alternate_links(render_to_string("news/includes/feed_links.html", {"partner": kec}))
    partner_title = f"{NEWS[language]} · {kec.title}"
    assert [(link["type"], link["title"]) for link in links[2:]] == [
        ("application/rss+xml", f"{partner_title} (RSS)"),
        ("application/atom+xml", f"{partner_title} (Atom)"),
    ]
    assert len(links) == 4
    for link in links[2:]:
        assert link["href"].startswith(f"/{language}/feeds/partners/{kec.pk}/")
        assert read_feed(client, link["href"]).feed.title == partner_title


def test_feed_links_leave_out_an_unpublished_partner(partner_pages):
    kec = partner_in("en", partner_pages["KEC"])
    kec.live = False
    with translation.override("en"):
        links = alternate_links(render_to_string("news/includes/feed_links.html", {"partner": kec}))
    assert len(links) == 2
