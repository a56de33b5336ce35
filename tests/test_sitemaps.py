"""The sitemap index, one sitemap per language with hreflang alternates, and robots.txt."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction, Site

from core.translation import translate_object
from seo.sitemaps import LanguageSitemap

from . import factories
from .conftest import LANGUAGES
from .site_tree import TREE_PAGES, translated_string
from .utils import queries_for

pytestmark = pytest.mark.django_db

NS = {
    "sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
HREFLANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}
NEWS_SECTION = ["news_index", "article", "older_article"]


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def sitemap_entries(client, language, **request_options):
    """{loc: {"lastmod": text, "alternates": [(hreflang, href), ...]}} of a language's sitemap."""
    root = parse(client.get(f"/sitemap-{language}.xml", **request_options))
    entries = {}
    for url in root.findall("sitemap:url", NS):
        links = url.findall("xhtml:link", NS)
        assert all(link.get("rel") == "alternate" for link in links)
        loc = url.findtext("sitemap:loc", namespaces=NS)
        assert loc not in entries
        entries[loc] = {
            "lastmod": url.findtext("sitemap:lastmod", namespaces=NS),
            "alternates": sorted((link.get("hreflang"), link.get("href")) for link in links),
        }
    return entries


def absolute(page):
    return f"http://testserver{page.url}"


def all_alternates(versions):
    """The hreflang links of a page available in `versions` ({language: page})."""
    links = [(HREFLANG[language], absolute(page)) for language, page in versions.items()]
    if "sq" in versions:
        links.append(("x-default", absolute(versions["sq"])))
    return sorted(links)


def publish(page):
    """Publish from a revision, as an editor does (the tree's Albanian pages were made live)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_index_lists_one_sitemap_per_language_with_its_latest_change(client, tree):
    article = publish(tree("article", "en"))

    root = parse(client.get("/sitemap.xml"))

    sitemaps = root.findall("sitemap:sitemap", NS)
    assert [sitemap.findtext("sitemap:loc", namespaces=NS) for sitemap in sitemaps] == [
        f"http://testserver/sitemap-{language}.xml" for language in LANGUAGES
    ]
    lastmods = {
        sitemap.findtext("sitemap:loc", namespaces=NS): datetime.datetime.fromisoformat(
            sitemap.findtext("sitemap:lastmod", namespaces=NS)
        )
        for sitemap in sitemaps
    }
    # The English article was published last of all English pages.
    assert lastmods["http://testserver/sitemap-en.xml"] == article.last_published_at


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_sitemap_lists_exactly_that_languages_pages(client, tree, language):
    entries = sitemap_entries(client, language)

    assert set(entries) == {absolute(tree(name, language)) for name in TREE_PAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_page_is_listed_with_the_time_it_was_last_published(client, tree, language):
    about, article = publish(tree("about", language)), publish(tree("article", language))

    entries = sitemap_entries(client, language)

    for page in (about, article):
        lastmod = datetime.datetime.fromisoformat(entries[absolute(page)]["lastmod"])
        assert lastmod == page.last_published_at


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_url_names_its_translations_and_the_albanian_x_default(client, tree, language):
    entries = sitemap_entries(client, language)

    for name in TREE_PAGES:
        versions = tree.all(name)
        assert entries[absolute(versions[language])]["alternates"] == all_alternates(versions)
    assert entries[absolute(tree("article", language))]["alternates"] == sorted(
        [
            ("sq", absolute(tree("article", "sq"))),
            ("sr-Latn", absolute(tree("article", "sr-latn"))),
            ("en", absolute(tree("article", "en"))),
            ("x-default", absolute(tree("article", "sq"))),
        ]
    )


def test_unpublished_translation_leaves_its_sitemap_and_the_other_languages_alternates(
    client, tree
):
    albanian, serbian, english = tree.all("article").values()
    english_url = absolute(english)
    assert english_url in sitemap_entries(client, "en")

    english.unpublish()

    assert english_url not in sitemap_entries(client, "en")
    for version in (albanian, serbian):
        alternates = sitemap_entries(client, version.locale.language_code)[absolute(version)]
        assert alternates["alternates"] == all_alternates({"sq": albanian, "sr-latn": serbian})


def test_draft_page_is_not_listed(client, tree):
    draft = factories.NewsPageFactory(
        parent=tree("news_index"), title="Lajm i papublikuar", live=False
    )

    entries = sitemap_entries(client, "sq")

    assert f"http://testserver{draft.get_url()}" not in entries
    assert not any(draft.slug in url for url in entries)


def test_publications_are_listed_with_the_translations_they_have(
    client, tree, django_capture_on_commit_callbacks
):
    brief = factories.PublicationPageFactory(
        parent=tree("publication_index"), title="Udhëzim për politika"
    )
    with django_capture_on_commit_callbacks(execute=True):
        english = translate_object(
            brief, Locale.objects.get(language_code="en"), translated_string("en")
        )
    draft = factories.PublicationPageFactory(
        parent=tree("publication_index"), title="Protokoll në punë", live=False
    )

    albanian_entries, english_entries = sitemap_entries(client, "sq"), sitemap_entries(client, "en")

    both = all_alternates({"sq": brief, "en": english})
    assert albanian_entries[absolute(brief)]["alternates"] == both
    assert english_entries[absolute(english)]["alternates"] == both
    assert absolute(english) not in sitemap_entries(client, "sr-latn")
    assert not any(draft.slug in url for url in albanian_entries)
    # The tree's publication, translated into every language, names all three.
    publication = tree.all("publication")
    assert english_entries[absolute(publication["en"])]["alternates"] == all_alternates(publication)


def test_password_protected_section_disappears_with_its_descendants(client, tree):
    section = {absolute(tree(name)) for name in NEWS_SECTION}
    PageViewRestriction.objects.create(
        page=tree("news_index"), restriction_type=PageViewRestriction.PASSWORD, password="sekret"
    )

    albanian_entries = sitemap_entries(client, "sq")

    assert set(albanian_entries) == {
        absolute(tree(name)) for name in TREE_PAGES if name not in NEWS_SECTION
    }
    assert not section & set(albanian_entries)
    # The Serbian news stay public; they no longer point at the protected Albanian pages.
    serbian_index = tree("news_index", "sr-latn")
    serbian_entry = sitemap_entries(client, "sr-latn")[absolute(serbian_index)]
    assert dict(serbian_entry["alternates"]) == {
        "sr-Latn": absolute(serbian_index),
        "en": absolute(tree("news_index", "en")),
    }


def test_alias_page_is_not_listed_nor_named_as_an_alternate(client, tree):
    contact = tree("contact")
    english_locale = Locale.objects.get(language_code="en")
    tree("contact", "en").delete()
    alias = contact.copy_for_translation(english_locale, alias=True)
    alias.refresh_from_db()
    assert alias.live and alias.alias_of_id == contact.pk

    assert absolute(alias) not in sitemap_entries(client, "en")
    assert dict(sitemap_entries(client, "sq")[absolute(contact)]["alternates"]) == {
        "sq": absolute(contact),
        "sr-Latn": absolute(tree("contact", "sr-latn")),
        "x-default": absolute(contact),
    }


@pytest.fixture
def second_site():
    """Makes a Site; the cached site root paths outlive the test's rolled-back transaction."""
    yield lambda **fields: Site.objects.create(**fields)
    Site.clear_site_root_paths_cache()


def test_pages_outside_the_sites_tree_are_not_listed(client, tree, second_site):
    orphan = factories.HomePageFactory(
        parent=Page.get_first_root_node(), title="Jashtë faqes", slug="jashte"
    )
    child = factories.StandardPageFactory(parent=orphan, title="Nën jashtë")

    entries = sitemap_entries(client, "sq")

    assert set(entries) == {absolute(tree(name)) for name in TREE_PAGES}
    assert not any("/jashte" in url for url in entries)

    # The same tree served as a site of its own lists only its pages, on its own host.
    second_site(hostname="127.0.0.1", root_page=orphan)
    assert set(sitemap_entries(client, "sq", HTTP_HOST="127.0.0.1")) == {
        "http://127.0.0.1/sq/",
        f"http://127.0.0.1/sq/{child.slug}/",
    }
    assert sitemap_entries(client, "en", HTTP_HOST="127.0.0.1") == {}


def test_addresses_use_the_host_and_scheme_the_request_came_to(client, tree):
    root = parse(client.get("/sitemap.xml", HTTP_HOST="localhost", secure=True))
    assert [loc.text for loc in root.iterfind("sitemap:sitemap/sitemap:loc", NS)] == [
        f"https://localhost/sitemap-{language}.xml" for language in LANGUAGES
    ]

    entries = sitemap_entries(client, "sr-latn", HTTP_HOST="localhost", secure=True)

    entry = entries[f"https://localhost{tree('article', 'sr-latn').url}"]
    assert dict(entry["alternates"]) == {
        "sq": f"https://localhost{tree('article', 'sq').url}",
        "sr-Latn": f"https://localhost{tree('article', 'sr-latn').url}",
        "en": f"https://localhost{tree('article', 'en').url}",
        "x-default": f"https://localhost{tree('article', 'sq').url}",
    }
    assert all(url.startswith("https://localhost/") for url in entries)
    response = client.get("/robots.txt", HTTP_HOST="localhost", secure=True)
    assert "Sitemap: https://localhost/sitemap.xml" in response.content.decode().splitlines()


def test_robots_txt_allows_public_pages_and_names_the_sitemap_index(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert [line for line in lines if line.startswith("Disallow:")] == ["Disallow: /admin/"]
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    # The sitemap it names is there.
    assert client.get("/sitemap.xml").status_code == 200


def test_sitemap_queries_do_not_grow_with_the_number_of_pages(
    client, tree, django_capture_on_commit_callbacks
):
    urls = ["/sitemap.xml", "/sitemap-sq.xml", "/sitemap-en.xml"]
    before = {url: queries_for(client, url) for url in urls}
    english = Locale.objects.get(language_code="en")
    added = {}
    for number in range(5):
        article = factories.NewsPageFactory(
            parent=tree("news_index"), title=f"Lajm shtesë {number}"
        )
        with django_capture_on_commit_callbacks(execute=True):
            added[article] = translate_object(article, english, translated_string("en"))

    after = {url: queries_for(client, url) for url in urls}

    assert after == before
    english_entries = sitemap_entries(client, "en")
    assert len(english_entries) == len(TREE_PAGES) + 5
    for albanian, translation in added.items():
        alternates = english_entries[absolute(translation)]["alternates"]
        assert alternates == all_alternates({"sq": albanian, "en": translation})
    # The pages are read a sitemap file at a time, paged in the database.
    with CaptureQueriesContext(connection) as queries:
        client.get("/sitemap-en.xml")
    listing = re.compile(r'ORDER BY "wagtailcore_page"."path" ASC LIMIT \d+$')
    assert any(listing.search(query["sql"]) for query in queries)


@pytest.mark.parametrize(
    "url",
    [
        "/sitemap-de.xml",
        "/sitemap-.xml",
        "/sitemap-sq.xml?p=2",
        "/sitemap-sq.xml?p=abc",
        "/sitemap-sq.xml?p=-1",
        "/sitemap-sq.xml?p=99999999999999999999999",
    ],
)
def test_unknown_sitemaps_and_pages_are_not_found(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", ["/sitemap.xml", "/sitemap-sq.xml", "/robots.txt"])
def test_sitemaps_and_robots_txt_only_answer_reads(client, url):
    assert client.post(url).status_code == 405
    assert client.head(url).status_code == 200


def test_a_language_with_more_pages_than_a_sitemap_holds_is_split_into_parts(
    client, tree, monkeypatch
):
    limit = 5
    monkeypatch.setattr(LanguageSitemap, "limit", limit)
    albanian = {absolute(tree(name)) for name in TREE_PAGES}  # 17 pages: four parts

    def parts(language):
        root = parse(client.get("/sitemap.xml"))
        return [
            loc.text.removeprefix("http://testserver")
            for loc in root.iterfind("sitemap:sitemap/sitemap:loc", NS)
            if loc.text.startswith(f"http://testserver/sitemap-{language}.xml")
        ]

    def entries_of(part):
        root = parse(client.get(part))
        return [loc.text for loc in root.iterfind("sitemap:url/sitemap:loc", NS)]

    assert parts("sq") == ["/sitemap-sq.xml"] + [f"/sitemap-sq.xml?p={n}" for n in (2, 3, 4)]
    listed = [entries_of(part) for part in parts("sq")]
    assert all(len(entries) <= limit for entries in listed)
    assert sorted(url for entries in listed for url in entries) == sorted(albanian)
    # Every part costs the same, the last one too.
    (part_cost,) = {queries_for(client, part) for part in parts("sq")}
    index_cost = queries_for(client, "/sitemap.xml")

    for number in range(2 * limit):
        factories.StandardPageFactory(parent=tree("about"), title=f"Faqe shtesë {number}")

    listed = [entries_of(part) for part in parts("sq")]
    assert len(listed) == 6 and all(len(entries) <= limit for entries in listed)
    assert sum(len(entries) for entries in listed) == len(albanian) + 2 * limit
    assert {queries_for(client, part) for part in parts("sq")} == {part_cost}
    assert queries_for(client, "/sitemap.xml") == index_cost
