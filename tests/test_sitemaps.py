"""The sitemap index, one sitemap per language with hreflang alternates, and robots.txt."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage

from . import factories
from .conftest import LANGUAGES
from .utils import queries_for

pytestmark = pytest.mark.django_db

NS = {
    "sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
HREFLANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}


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


def live_pages(language):
    return Page.objects.live().filter(locale__language_code=language, depth__gt=1)


def expected_alternates(page):
    translations = {
        version.locale.language_code: version
        for version in page.get_translations(inclusive=True).live().select_related("locale")
    }
    links = [(HREFLANG[code], absolute(version)) for code, version in translations.items()]
    if "sq" in translations:
        links.append(("x-default", absolute(translations["sq"])))
    return sorted(links)


def a_news_article(language="sq"):
    return NewsPage.objects.live().filter(locale__language_code=language).order_by("path").first()


def test_index_lists_one_sitemap_per_language(client):
    root = parse(client.get("/sitemap.xml"))
    sitemaps = root.findall("sitemap:sitemap", NS)
    assert [sitemap.findtext("sitemap:loc", namespaces=NS) for sitemap in sitemaps] == [
        f"http://testserver/sitemap-{language}.xml" for language in LANGUAGES
    ]
    for sitemap in sitemaps:
        assert datetime.datetime.fromisoformat(sitemap.findtext("sitemap:lastmod", namespaces=NS))


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_sitemap_lists_exactly_that_languages_live_pages(client, language):
    entries = sitemap_entries(client, language)
    pages = live_pages(language)
    assert set(entries) == {absolute(page) for page in pages}
    for page in pages:
        lastmod = datetime.datetime.fromisoformat(entries[absolute(page)]["lastmod"])
        assert lastmod == page.last_published_at


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_url_names_its_live_translations_and_the_albanian_x_default(client, language):
    entries = sitemap_entries(client, language)
    for page in live_pages(language):
        assert entries[absolute(page)]["alternates"] == expected_alternates(page)


def test_unpublished_translation_leaves_its_sitemap_and_the_other_languages_alternates(client):
    albanian = a_news_article("sq")
    english = NewsPage.objects.get(
        translation_key=albanian.translation_key, locale__language_code="en"
    )
    serbian = NewsPage.objects.get(
        translation_key=albanian.translation_key, locale__language_code="sr-latn"
    )
    english_url = absolute(english)
    assert english_url in sitemap_entries(client, "en")

    english.unpublish()

    assert english_url not in sitemap_entries(client, "en")
    for language, version in (("sq", albanian), ("sr-latn", serbian)):
        alternates = sitemap_entries(client, language)[absolute(version)]["alternates"]
        assert alternates == expected_alternates(version)
        assert "en" not in dict(alternates)
        assert dict(alternates)["x-default"] == absolute(albanian)


def test_draft_page_is_not_listed(client):
    index = NewsIndexPage.objects.get(locale__language_code="sq")
    draft = factories.NewsPageFactory(parent=index, title="Lajm i papublikuar", live=False)
    assert f"http://testserver{draft.get_url()}" not in sitemap_entries(client, "sq")


def test_password_protected_section_disappears_with_its_descendants(client):
    index = NewsIndexPage.objects.get(locale__language_code="sq")
    section = [absolute(page) for page in Page.objects.live().descendant_of(index, inclusive=True)]
    assert len(section) > 1
    PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.PASSWORD, password="sekret"
    )

    albanian_entries = sitemap_entries(client, "sq")
    assert not set(section) & set(albanian_entries)
    assert absolute(HomePage.objects.get(locale__language_code="sq")) in albanian_entries

    # The Serbian news stay public; they no longer point at the protected Albanian pages.
    serbian_index = NewsIndexPage.objects.get(locale__language_code="sr-latn")
    serbian_entry = sitemap_entries(client, "sr-latn")[absolute(serbian_index)]
    assert dict(serbian_entry["alternates"]) == {
        "sr-Latn": absolute(serbian_index),
        "en": absolute(NewsIndexPage.objects.get(locale__language_code="en")),
    }


def test_alias_page_is_not_listed_nor_named_as_an_alternate(client, locales):
    contact = StandardPage.objects.get(locale__language_code="sq", slug="kontakti")
    contact.get_translation(locales["en"]).delete()
    alias = contact.copy_for_translation(locales["en"], alias=True)
    alias.refresh_from_db()
    assert alias.live and alias.alias_of_id == contact.pk

    assert absolute(alias) not in sitemap_entries(client, "en")
    assert "en" not in dict(sitemap_entries(client, "sq")[absolute(contact)]["alternates"])


@pytest.fixture
def second_site():
    """Makes a Site; the cached site root paths outlive the test's rolled-back transaction."""
    yield lambda **fields: Site.objects.create(**fields)
    Site.clear_site_root_paths_cache()


def test_pages_outside_the_sites_tree_are_not_listed(client, second_site):
    orphan = factories.HomePageFactory(
        parent=Page.get_first_root_node(), title="Jashtë faqes", slug="jashte"
    )
    child = factories.StandardPageFactory(parent=orphan, title="Nën jashtë")
    entries = sitemap_entries(client, "sq")
    assert not any("/jashte" in url for url in entries)
    assert len(entries) == live_pages("sq").exclude(pk__in=[orphan.pk, child.pk]).count()

    # The same tree served as a site of its own lists only its pages, on its own host.
    second_site(hostname="127.0.0.1", root_page=orphan)
    assert set(sitemap_entries(client, "sq", HTTP_HOST="127.0.0.1")) == {
        "http://127.0.0.1/sq/",
        f"http://127.0.0.1/sq/{child.slug}/",
    }
    assert sitemap_entries(client, "en", HTTP_HOST="127.0.0.1") == {}


def test_addresses_use_the_host_and_scheme_the_request_came_to(client):
    root = parse(client.get("/sitemap.xml", HTTP_HOST="localhost", secure=True))
    assert root.findtext("sitemap:sitemap/sitemap:loc", namespaces=NS) == (
        "https://localhost/sitemap-sq.xml"
    )
    entries = sitemap_entries(client, "sr-latn", HTTP_HOST="localhost", secure=True)
    article = a_news_article("sr-latn")
    entry = entries[f"https://localhost{article.url}"]
    assert all(href.startswith("https://localhost/") for _tag, href in entry["alternates"])
    response = client.get("/robots.txt", HTTP_HOST="localhost", secure=True)
    assert "Sitemap: https://localhost/sitemap.xml" in response.content.decode()


def test_robots_txt_allows_public_pages_and_names_the_sitemap_index(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert [line for line in lines if line.startswith("Disallow:")] == ["Disallow: /admin/"]
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemaps_do_not_query_per_page(client, locales):
    urls = ["/sitemap.xml", "/sitemap-sq.xml", "/sitemap-en.xml"]
    before = {url: queries_for(client, url) for url in urls}
    index = NewsIndexPage.objects.get(locale__language_code="sq")
    for number in range(5):
        article = factories.NewsPageFactory(parent=index, title=f"Lajm shtesë {number}")
        article.save_revision().publish()
        article.copy_for_translation(locales["en"]).save_revision().publish()
    assert len(sitemap_entries(client, "sq")) == live_pages("sq").count()
    assert {url: queries_for(client, url) for url in urls} == before


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
