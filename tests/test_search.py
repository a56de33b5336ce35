"""A reader searches the pages of their own language, whatever they type into the search box."""

import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from core.translation import translate_object
from search.views import MAX_QUERY_LENGTH, RESULTS_PER_PAGE

from . import factories
from .conftest import LANGUAGES
from .site_tree import translated_string
from .utils import queries_for

pytestmark = pytest.mark.django_db

RESULT_LINK = re.compile(r'<li class="search-result">\s*<h2><a href="([^"]+)"')
RESULT = re.compile(r'<li class="search-result">(.*?)</li>', re.DOTALL)
NEXT_LINK = re.compile(r'<a href="([^"]+)" rel="next">')
PAGE_LINKS = re.compile(r'<nav class="pagination"[^>]*>.*?</nav>', re.DOTALL)
PROMPT = "Type one or more words to search the pages of this site."
NOTHING_FOUND = "No pages match your search. Try other or fewer words."
# A word of the tree's article title ("Java kundër braktisjes u mbyll" and its translations).
TITLE_WORD = "braktisjes"


def search_url(language, **params):
    return f"/{language}/search/?{urlencode(params)}"


def result_urls(client, url):
    """The links of every result, following "Next" through all pages of results like a reader."""
    urls = []
    for _page in range(100):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        urls += RESULT_LINK.findall(html)
        next_link = NEXT_LINK.search(html)
        if not next_link:
            return urls
        url = unescape(next_link.group(1))
        url = url if url.startswith("/") else response.request["PATH_INFO"] + url
    raise AssertionError("the results never ended")


def result_for(html, page):
    """The HTML of the result that links to `page`."""
    (result,) = [item for item in RESULT.findall(html) if f'<a href="{page.url}">' in item]
    return unescape(result)


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


@pytest.fixture
def make_indexed(django_capture_on_commit_callbacks):
    """Builds pages with factories and runs the search index's on-commit updates."""

    def make(page_factory, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return page_factory(**fields)

    return make


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_word_of_a_news_title_finds_the_article_and_only_pages_of_that_language(
    client, tree, language
):
    article = tree("article", language)
    assert TITLE_WORD in article.title

    urls = result_urls(client, search_url(language, q=TITLE_WORD))

    assert article.url in urls
    # The past event's title has the word too.
    assert tree("past_event", language).url in urls
    assert all(url.startswith(f"/{language}/") for url in urls), urls
    for other_language, other in tree.all("article").items():
        if other_language != language:
            assert other.url not in urls


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_result_shows_its_title_type_and_summary(client, tree, language):
    article = tree("article", language)

    html = client.get(search_url(language, q=TITLE_WORD)).content.decode()

    result = result_for(html, article)
    assert f">{article.title}</a>" in result
    assert capfirst(in_language(language, "news article")) in result
    assert f"<p>{article.intro}</p>" in result


def test_a_result_without_a_summary_shows_its_search_description(client, tree, make_indexed):
    described = make_indexed(
        factories.StandardPageFactory,
        parent=tree("home"),
        title="Politika e privatësisë",
        intro="",
        search_description="Si i ruajmë të dhënat tuaja.",
    )
    summarised = make_indexed(
        factories.StandardPageFactory,
        parent=tree("home"),
        title="Politika e dokumenteve",
        intro="Hyrja e faqes.",
        search_description="Përshkrimi për motorët e kërkimit.",
    )

    html = client.get(search_url("sq", q="politika")).content.decode()

    assert "<p>Si i ruajmë të dhënat tuaja.</p>" in result_for(html, described)
    # The page's own summary comes first; the search description is only a stand-in.
    assert "<p>Hyrja e faqes.</p>" in result_for(html, summarised)
    assert "Përshkrimi për motorët" not in html


def test_a_long_summary_is_cut_in_the_result(client, tree, make_indexed):
    intro = "Fjalë " * 60
    page = make_indexed(
        factories.StandardPageFactory, parent=tree("home"), title="Shiritkalimi", intro=intro
    )

    html = client.get(search_url("sq", q="shiritkalimi")).content.decode()

    (summary,) = re.findall(r"<p>([^<]*)</p>", result_for(html, page))
    assert len(summary) == 240
    assert summary.endswith("…")
    assert intro.startswith(summary[:-1])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_best_match_comes_first(
    client, tree, make_indexed, django_capture_on_commit_callbacks, language
):
    # Made first, so that an order by age or id would put it first.
    mentions = make_indexed(
        factories.NewsPageFactory,
        parent=tree("news_index"),
        title="Lajm nga shkollat",
        intro="Në fund përmendet edhe zebrakalimi.",
    )
    about = make_indexed(
        factories.NewsPageFactory,
        parent=tree("news_index"),
        title="Zebrakalimi para shkollës",
        intro="Zebrakalimi i ri e bën rrugën më të sigurt.",
    )
    if language != "sq":
        locale = tree("home", language).locale
        with django_capture_on_commit_callbacks(execute=True):
            mentions = translate_object(mentions, locale, translated_string(language))
            about = translate_object(about, locale, translated_string(language))

    urls = result_urls(client, search_url(language, q="zebrakalimi"))

    assert urls == [about.url, mentions.url]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unpublished_article_is_not_found(client, tree, language):
    article = tree("article", language)
    url = article.url
    article.unpublish()

    assert url not in result_urls(client, search_url(language, q=TITLE_WORD))
    assert url not in result_urls(client, search_url(language, q=article.title))


def test_a_private_page_is_not_found_nor_shown(client, tree, make_indexed):
    private = make_indexed(
        factories.StandardPageFactory,
        parent=tree("home"),
        title="Procesverbali sekret-7f3a",
        intro="Vetëm për anëtarët: sekret-7f3a.",
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="fjalekalim"
    )

    for query in ("procesverbali", "anëtarët", private.title):
        html = client.get(search_url("sq", q=query)).content.decode()
        assert RESULT_LINK.findall(html) == []
        assert private.url not in html
        assert "Vetëm për anëtarët" not in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", ["", "   ", "\x00\t\n"])
def test_an_empty_search_asks_for_words(client, language, query):
    response = client.get(search_url(language, q=query))

    assert response.status_code == 200
    assert in_language(language, PROMPT) in response.content.decode()
    assert RESULT_LINK.findall(response.content.decode()) == []


def test_the_search_page_without_a_query_asks_for_words(client):
    assert in_language("en", PROMPT) in client.get("/en/search/").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_nonsense_search_says_nothing_was_found(client, language):
    html = client.get(search_url(language, q="qzxvkjwpfh")).content.decode()

    assert in_language(language, NOTHING_FOUND) in html
    assert "qzxvkjwpfh" in html
    assert RESULT_LINK.findall(html) == []


def test_the_query_is_shown_back_escaped_in_the_heading_and_the_box(client):
    query = "<script>alert(\"x\")</script> & 'quotes'"

    html = client.get(search_url("en", q=query)).content.decode()

    assert "<script>alert" not in html
    assert (
        'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quotes&#x27;"' in html
    )
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.DOTALL).group(1)
    assert "&lt;script&gt;" in heading


def test_search_results_are_not_indexed_by_search_engines(client):
    response = client.get(search_url("sq", q=TITLE_WORD))

    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex"


@pytest.fixture
def many_articles(tree, django_capture_on_commit_callbacks):
    """Twenty-three Albanian articles sharing a rare word; the index is updated on commit."""
    with django_capture_on_commit_callbacks(execute=True):
        return [
            factories.NewsPageFactory(parent=tree("news_index"), title=f"Vizatimkalimi {number}")
            for number in range(23)
        ]


def test_result_pages_keep_the_query_and_reach_every_result(client, many_articles):
    first = client.get(search_url("sq", q="vizatimkalimi")).content.decode()

    page_links = re.findall(r'href="([^"]*page=[^"]*)"', PAGE_LINKS.search(first).group(0))
    assert page_links
    assert all("q=vizatimkalimi" in unescape(link) for link in page_links)
    assert len(RESULT_LINK.findall(first)) == RESULTS_PER_PAGE
    assert sorted(result_urls(client, search_url("sq", q="vizatimkalimi"))) == sorted(
        article.url for article in many_articles
    )


def test_any_page_number_shows_a_page_of_results(client, many_articles):
    # Page number: the page shown (None: any page will do).
    cases = {
        "abc": 1,
        "99999": 3,
        "-1": 3,
        "0": 3,
        "1.5": 1,
        "": 1,
        "2": 2,
        "9" * 5000: None,  # too long to read as a number
    }
    for page_number, shown in cases.items():
        response = client.get(search_url("sq", q="vizatimkalimi", page=page_number))

        assert response.status_code == 200, page_number
        html = response.content.decode()
        assert RESULT_LINK.findall(html), page_number
        if shown is not None:
            assert f'<span aria-current="page">{shown}</span>' in html, page_number


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "braktisjes\x00; DROP TABLE wagtailcore_page; --",
        "' OR 1=1 --",
        '"unbalanced',
        '"',
        "foo AND (bar OR",
        "*:? ~ ^ - + ! & | ( ) { } [ ] \\",
        "<b>bold</b> &amp;",
        "Ðorđe čćšž ë 🚸 中文 עברית",
        "\u200b\u202e\ufeff",
        "%00%27",
        "NEAR(a b)",
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_strange_queries_do_not_break_the_page(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query, "page": "2"})

    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.mark.parametrize("query", ['"braktisjes', 'braktisjes"', '"braktisjes"', 'java "kundër'])
def test_quotes_in_a_query_are_ignored(client, tree, query):
    # SQLite's full-text backend wraps each word in quotes without escaping the reader's own.
    assert tree("article").url in result_urls(client, search_url("sq", q=query))


def test_a_very_long_query_is_cut_to_the_limit(client):
    html = client.get(search_url("en", q="word " * 5000)).content.decode()

    shown = re.search(r'<input id="search-page-q"[^>]* value="([^"]*)"', html).group(1)
    assert shown.startswith("word word")
    assert len(shown) <= MAX_QUERY_LENGTH


def test_a_form_post_is_refused_not_failed(client):
    assert client.post("/en/search/", {"q": TITLE_WORD}).status_code == 405


def test_a_repeated_query_parameter_searches_for_the_last_one(client):
    response = client.get("/sr-latn/search/?q=first&q=second&page=1&page=2")

    assert response.status_code == 200
    assert 'value="second"' in response.content.decode()


@given(query=st.text(max_size=300), page_number=st.text(max_size=10))
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_query_and_page_number_cause_a_server_error(query, page_number):
    client = Client(raise_request_exception=False)
    for language in LANGUAGES:
        response = client.get(f"/{language}/search/", {"q": query, "page": page_number})
        assert response.status_code == 200, (language, query, page_number)


def test_a_full_page_of_results_costs_no_more_queries_than_a_short_one(client, tree, make_indexed):
    url = search_url("sq", q="vizatimkalimi")
    make_indexed(factories.NewsPageFactory, parent=tree("news_index"), title="Vizatimkalimi")
    few = queries_for(client, url)
    for number in range(RESULTS_PER_PAGE + 3):
        make_indexed(
            factories.NewsPageFactory, parent=tree("news_index"), title=f"Vizatimkalimi {number}"
        )

    assert queries_for(client, url) == few
    # Only one page of results is read from the database, not every match.
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    assert len(RESULT_LINK.findall(html)) == RESULTS_PER_PAGE
    limited = [query["sql"] for query in queries if f"LIMIT {RESULTS_PER_PAGE}" in query["sql"]]
    assert limited, [query["sql"] for query in queries]


@override_settings(
    WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "wagtail.search.backends.database.fallback"}}
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_works_on_the_fallback_backend_of_sqlite_without_full_text(client, tree, language):
    article = tree("article", language)
    assert type(get_search_backend()).__module__.endswith(".fallback")

    urls = result_urls(client, search_url(language, q=TITLE_WORD))

    assert article.url in urls
    assert all(url.startswith(f"/{language}/") for url in urls), urls
    for query in ('"braktisjes', "' OR 1=1 --", "%_\\"):
        assert client.get(search_url(language, q=query)).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_search_form_searches_the_readers_language(client, tree, language):
    html = client.get(tree("about", language).url).content.decode()

    (form,) = re.findall(r'<form[^>]*role="search"[^>]*>.*?</form>', html, re.DOTALL)
    assert f'action="/{language}/search/"' in form
    assert 'method="get"' in form
    assert 'name="q"' in form
    assert '<label class="visually-hidden" for="site-search-q">' in form
