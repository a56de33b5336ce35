"""The publications' feeds (RSS 2.0 and Atom) of each language, as a feed reader reads them.

The tree has one publication in every language: `publication` (a study of 20 Nov 2024 by KEC,
with the Albanian text file "report" in every language, as translations start with the source's
file).
"""

import datetime
import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from wagtail.documents.models import Document

from core.translation import translate_object
from publications.models import PublicationKind

from . import factories
from .conftest import LANGUAGES
from .site_tree import translated_string
from .test_feeds import (
    CARD_LINK,
    KOSOVO,
    ORIGIN,
    SITE_NAMES,
    FeedLinkCollector,
    absolute,
    entry_for,
    entry_links,
    read_feed,
)
from .utils import queries_for

pytestmark = pytest.mark.django_db

FORMATS = ["rss", "atom"]
LANGUAGE_TAGS = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}
# The start of a small PDF file: a feed reader downloads it as it is.
PDF_BYTES = "%PDF-1.4\n% Studim mbi braktisjen e shkollës\n".encode() + b"0" * 2000 + b"\n%%EOF\n"


def feed_address(language, feed_format):
    return f"/{language}/feeds/publications.{feed_format}"


def in_language(language, text):
    """An interface word as the catalogue of `language` gives it."""
    with translation.override(language):
        return gettext(text)


def pdf_document(title="Studim"):
    return factories.DocumentFactory(
        title=title, file=ContentFile(PDF_BYTES, name="studim-braktisja.pdf")
    )


def downloaded(client, url):
    """The bytes a reader gets from a file's address, and the answer's content type."""
    response = client.get(urlsplit(url).path)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content), response["Content-Type"]


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_lists_the_languages_publications_newest_first(client, tree, language, feed_format):
    publication = tree("publication", language)
    older = factories.PublicationPageFactory(
        parent=tree("publication_index", language),
        title="Protokolli i referimit",
        kind=PublicationKind.PROTOCOL,
        date=datetime.date(2019, 3, 4),
        summary="Kur dhe si referohet një nxënës <në rrezik> & kujt.",
    )

    feed = read_feed(client, feed_address(language, feed_format))

    assert [entry.title for entry in feed.entries] == [publication.title, older.title]
    assert entry_links(feed) == [absolute(publication), absolute(older)]
    assert [entry.id for entry in feed.entries] == entry_links(feed)
    # The plain-text summary, its characters intact once the HTML entities are decoded.
    assert [unescape(entry.summary) for entry in feed.entries] == [
        publication.summary,
        older.summary,
    ]
    # The kind as a category, in the feed's language.
    assert [[tag.term for tag in entry.tags] for entry in feed.entries] == [
        [in_language(language, "Study")],
        [in_language(language, "Protocol")],
    ]


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_is_titled_and_tagged_in_its_language(client, tree, language, feed_format):
    index = tree("publication_index", language)

    feed = read_feed(client, feed_address(language, feed_format))

    assert feed.feed.language == LANGUAGE_TAGS[language]
    assert feed.feed.title == f"{in_language(language, 'Publications')} · {SITE_NAMES[language]}"
    assert feed.feed.subtitle == index.intro
    assert feed.feed.link == absolute(index)


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_entries_name_their_authors_in_the_feeds_language(client, tree, language, feed_format):
    both = factories.PublicationPageFactory(
        parent=tree("publication_index", language), date=datetime.date(2030, 1, 1)
    )
    # The Albanian partner pages, as editors choose them: the feed names their translations.
    both.authors.create(partner=tree("kec"), sort_order=0)
    both.authors.create(partner=tree("sbashk"), sort_order=1)
    both.save()

    feed = read_feed(client, feed_address(language, feed_format))

    kec, sbashk = tree("kec", language).title, tree("sbashk", language).title
    assert entry_for(feed, both).author == f"{kec}, {sbashk}"
    assert entry_for(feed, tree("publication", language)).author == kec


@pytest.mark.parametrize("feed_format", FORMATS)
def test_feed_entries_are_published_at_midnight_of_the_publication_date_in_kosovo(
    client, tree, feed_format
):
    feed = read_feed(client, feed_address("en", feed_format))

    (entry,) = feed.entries
    published = datetime.datetime(*entry.published_parsed[:6], tzinfo=datetime.UTC)
    assert published == datetime.datetime(2024, 11, 20, tzinfo=KOSOVO)


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_enclosure_downloads_the_real_file_with_the_size_announced(
    client, tree, language, feed_format
):
    document = pdf_document()
    publication = factories.PublicationPageFactory(
        parent=tree("publication_index", language), document=document
    )

    feed = read_feed(client, feed_address(language, feed_format))

    (enclosure,) = entry_for(feed, publication).enclosures
    assert enclosure.href == ORIGIN + document.url
    assert enclosure.type == "application/pdf"
    content, content_type = downloaded(client, enclosure.href)
    assert content == PDF_BYTES
    assert int(enclosure.length) == len(PDF_BYTES)
    assert content_type == "application/pdf"


def test_enclosure_size_is_read_from_the_file_when_wagtail_has_none(client, tree):
    document = pdf_document()
    publication = factories.PublicationPageFactory(
        parent=tree("publication_index"), document=document
    )
    Document.objects.filter(pk=document.pk).update(file_size=None)

    feed = read_feed(client, feed_address("sq", "rss"))

    (enclosure,) = entry_for(feed, publication).enclosures
    assert int(enclosure.length) == len(PDF_BYTES)
    document.refresh_from_db()
    assert document.file_size == len(PDF_BYTES)


def test_publication_whose_file_has_gone_missing_is_listed_without_enclosure(client, tree):
    document = pdf_document()
    publication = factories.PublicationPageFactory(
        parent=tree("publication_index"), document=document
    )
    Document.objects.filter(pk=document.pk).update(file_size=None)
    document.file.delete(save=False)

    feed = read_feed(client, feed_address("sq", "rss"))

    assert entry_for(feed, publication).enclosures == []


@pytest.mark.parametrize("feed_format", FORMATS)
def test_translation_with_a_file_of_its_own_encloses_it(client, tree, feed_format):
    english = tree("publication", "en")
    english.document = pdf_document("Study")
    english.save()

    english_feed = read_feed(client, feed_address("en", feed_format))
    serbian_feed = read_feed(client, feed_address("sr-latn", feed_format))

    (english_file,) = entry_for(english_feed, english).enclosures
    assert english_file.href == ORIGIN + english.document.url
    assert english_file.type == "application/pdf"
    # A translation without a file of its own offers the original's.
    (serbian_file,) = entry_for(serbian_feed, tree("publication", "sr-latn")).enclosures
    assert serbian_file.href == ORIGIN + tree("report").url
    assert downloaded(client, serbian_file.href)[0] == b"Raporti vjetor."


@pytest.mark.parametrize("feed_format", FORMATS)
def test_feed_leaves_out_draft_and_unpublished_publications(client, tree, feed_format):
    draft = factories.PublicationPageFactory(
        parent=tree("publication_index"), title="Plan veprimi ende në punë", live=False
    )
    english = tree("publication", "en")
    english.unpublish()

    albanian_feed = read_feed(client, feed_address("sq", feed_format))
    english_feed = read_feed(client, feed_address("en", feed_format))

    assert entry_links(albanian_feed) == [absolute(tree("publication"))]
    assert draft.title not in [entry.title for entry in albanian_feed.entries]
    assert english_feed.entries == []


@pytest.fixture
def library(tree, django_capture_on_commit_callbacks):
    """Besides the tree's study by KEC (Albanian file): a policy brief by SBASHK, translated
    into English with an English file of its own, and a report by both, in Albanian only."""
    brief = factories.PublicationPageFactory(
        parent=tree("publication_index"),
        title="Udhëzim për politika",
        kind=PublicationKind.POLICY_BRIEF,
        date=datetime.date(2023, 5, 2),
    )
    brief.authors.create(partner=tree("sbashk"))
    brief.save()
    # As a translator does: the translated text, and the translated edition as its file.
    with django_capture_on_commit_callbacks(execute=True):
        english_brief = translate_object(
            brief,
            tree("home", "en").locale,
            translated_string("en"),
            overrides={"document": pdf_document("Policy brief").pk},
        )
    english_brief.refresh_from_db()
    report = factories.PublicationPageFactory(
        parent=tree("publication_index"),
        title="Raporti i rrjetit",
        kind=PublicationKind.REPORT,
        date=datetime.date(2022, 12, 1),
    )
    report.authors.create(partner=tree("kec"))
    report.authors.create(partner=tree("sbashk"))
    report.save()
    return {"brief": {"sq": brief, "en": english_brief}, "report": {"sq": report}}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["publication", "brief", "report"]),
        ({"kind": "study"}, ["publication"]),
        ({"kind": "policy-brief"}, ["brief"]),
        ({"partner": "kec"}, ["publication", "report"]),
        ({"partner": "sbashk"}, ["brief", "report"]),
        ({"language": "en"}, ["brief"]),
        ({"language": "sq"}, ["publication", "brief", "report"]),
        ({"language": "sr-latn"}, []),
        ({"kind": "report", "partner": "sbashk"}, ["report"]),
        ({"year": "2023"}, ["brief"]),
    ],
)
def test_filtered_feed_lists_what_the_filtered_library_lists(
    client, tree, library, query, expected
):
    query = {
        name: str(tree(value).pk) if name == "partner" else value for name, value in query.items()
    }
    pages = {"publication": tree("publication"), **{name: library[name]["sq"] for name in library}}
    index_page = client.get(tree("publication_index").url, query)
    assert index_page.status_code == 200
    on_index = [ORIGIN + url for url in CARD_LINK.findall(index_page.content.decode())]

    for feed_format in FORMATS:
        feed = read_feed(client, feed_address("sq", feed_format), query)
        assert entry_links(feed) == [absolute(pages[name]) for name in expected]
        assert entry_links(feed) == on_index


def test_english_feed_filtered_by_an_english_partner_page(client, tree, library):
    query = {"partner": str(tree("sbashk", "en").pk)}

    feed = read_feed(client, feed_address("en", "atom"), query)

    assert entry_links(feed) == [absolute(library["brief"]["en"])]
    (enclosure,) = feed.entries[0].enclosures
    assert enclosure.href == ORIGIN + library["brief"]["en"].document.url


@pytest.mark.parametrize(
    "query",
    [
        {"kind": "novel"},
        {"language": "de"},
        {"year": "abc"},
        {"partner": "abc"},
        {"partner": "99999999"},
        {"partner": "albanian-kec"},  # a partner page of another language
        {"partner": "publication_index"},  # a page that is no partner
    ],
)
@pytest.mark.parametrize("feed_format", FORMATS)
def test_filter_value_that_names_nothing_is_not_found(client, tree, feed_format, query):
    named = {
        "albanian-kec": tree("kec", "sq"),
        "publication_index": tree("publication_index", "en"),
    }
    query = {
        name: str(named[value].pk) if value in named else value for name, value in query.items()
    }
    assert client.get(feed_address("en", feed_format), query).status_code == 404
    # The library answers such an address the same way.
    assert client.get(tree("publication_index", "en").url, query).status_code == 404


@pytest.mark.parametrize(
    "address",
    ["/en/feeds/publications.json", "/xx/feeds/publications.rss", "/en/feeds/publications.rss/"],
)
def test_odd_feed_addresses_are_not_found(client, address):
    assert client.get(address, follow=True).status_code == 404


def test_feeds_do_not_query_per_publication(client, tree):
    urls = [
        feed_address("sq", "rss"),
        feed_address("sq", "atom"),
        feed_address("sq", "rss") + "?kind=study",
        feed_address("sq", "atom") + f"?partner={tree('kec').pk}",
    ]
    before = {url: queries_for(client, url) for url in urls}
    for number in range(6):
        publication = factories.PublicationPageFactory(
            parent=tree("publication_index"),
            title=f"Studim shtesë {number}",
            kind=PublicationKind.STUDY,
            date=datetime.date(2024, 12, number + 1),
            document=pdf_document(),
        )
        publication.authors.create(partner=tree("kec"))
        publication.authors.create(partner=tree("sbashk"))
        publication.save()

    after = {url: queries_for(client, url) for url in urls}

    assert after == before
    feed = read_feed(client, feed_address("sq", "rss") + "?kind=study")
    assert len(feed.entries) == 7
    assert all(len(entry.enclosures) == 1 for entry in feed.entries)


def test_feed_keeps_the_twenty_newest_publications(client, tree):
    for day in range(1, 21):
        factories.PublicationPageFactory(
            parent=tree("publication_index"), date=datetime.date(2040, 1, day)
        )

    feed = read_feed(client, feed_address("sq", "atom"))

    assert len(feed.entries) == 20
    assert absolute(tree("publication")) not in entry_links(feed)


def feed_links(html):
    collector = FeedLinkCollector()
    collector.feed(html)
    return collector.links


@pytest.mark.parametrize("language", LANGUAGES)
def test_library_announces_its_feeds_after_the_news_ones(client, tree, language):
    html = client.get(tree("publication_index", language).url).content.decode()

    links = feed_links(html)

    title = f"{in_language(language, 'Publications')} · {SITE_NAMES[language]}"
    assert [(link["type"], link["title"]) for link in links[2:]] == [
        ("application/rss+xml", f"{title} (RSS)"),
        ("application/atom+xml", f"{title} (Atom)"),
    ]
    for link in links[2:]:
        assert link["href"].startswith(f"/{language}/feeds/publications.")
        assert read_feed(client, link["href"]).feed.title == title


def test_library_narrowed_to_a_kind_offers_the_feed_of_that_kind(client, tree, library):
    html = client.get(tree("publication_index").url, {"kind": "policy-brief"}).content.decode()

    announced = [link["href"] for link in feed_links(html)[2:]]
    offered = re.findall(r'href="(/sq/feeds/publications\.[a-z]+[^"]*)"', unescape(html))

    assert announced == [
        "/sq/feeds/publications.rss?kind=policy-brief",
        "/sq/feeds/publications.atom?kind=policy-brief",
    ]
    assert set(offered) == set(announced)
    for address in announced:
        assert entry_links(read_feed(client, address)) == [absolute(library["brief"]["sq"])]


def test_feed_links_keep_only_the_filters_a_feed_keeps(tree):
    """The year is no topic to follow: a feed of one year would never have anything new."""
    index = tree("publication_index", "en")
    filters = index.filterset_class(
        {"kind": "study", "year": "2024", "language": "sq"},
        index.listed_pages(),
        locale=index.locale,
    )
    with translation.override("en"):
        links = feed_links(
            render_to_string("publications/includes/feed_links.html", {"filters": filters})
        )
    assert [link["href"] for link in links] == [
        "/en/feeds/publications.rss?kind=study&language=sq",
        "/en/feeds/publications.atom?kind=study&language=sq",
    ]
