"""A reader searches the pages of their own language, whatever they type into the search box."""

import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from news.models import NewsIndexPage, NewsPage
from search.views import MAX_QUERY_LENGTH

from . import factories
from .conftest import LANGUAGES
from .utils import queries_for

pytestmark = pytest.mark.django_db

RESULT_LINK = re.compile(r'<li class="search-result">\s*<h2><a href="([^"]+)"')
NEXT_LINK = re.compile(r'<a href="([^"]+)" rel="next">')
PAGE_LINK = re.compile(r'<nav class="pagination"[^>]*>.*?</nav>', re.DOTALL)
PROMPT = "Type one or more words to search the pages of this site."
NOTHING_FOUND = "No pages match your search. Try other or fewer words."


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


def news_article_and_word(language):
    """A news article in `language` and the first long word of its title."""
    article = NewsPage.objects.live().filter(locale__language_code=language).order_by("pk")[0]
    word = next(word.strip(".,:;!?") for word in article.title.split() if len(word) > 5)
    return article, word


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_word_of_a_news_title_finds_the_article_and_only_pages_of_that_language(client, language):
    article, word = news_article_and_word(language)

    urls = result_urls(client, search_url(language, q=word))

    assert article.url in urls
    assert all(url.startswith(f"/{language}/") for url in urls), urls
    for other in article.get_translations():
        assert other.url not in urls


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_result_shows_its_title_type_and_text(client, language):
    article, word = news_article_and_word(language)

    html = client.get(search_url(language, q=word)).content.decode()

    assert f'<a href="{article.url}">' in html
    assert capfirst(in_language(language, "news article")) in unescape(html)
    assert article.intro[:60] in unescape(html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unpublished_article_is_not_found(client, language):
    article, word = news_article_and_word(language)
    url = article.url
    article.unpublish()

    assert url not in result_urls(client, search_url(language, q=word))
    assert url not in result_urls(client, search_url(language, q=article.title))


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
    response = client.get(search_url("sq", q="arsim"))

    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.fixture
def many_articles(home_pages, django_capture_on_commit_callbacks):
    """Twenty-three English articles sharing a rare word; the index is updated on commit."""
    index = NewsIndexPage.objects.child_of(home_pages["en"]).get()
    with django_capture_on_commit_callbacks(execute=True):
        return [
            factories.NewsPageFactory(parent=index, title=f"Zebracrossing story {number}")
            for number in range(23)
        ]


def test_result_pages_keep_the_query_and_reach_every_result(client, many_articles):
    first = client.get(search_url("en", q="zebracrossing")).content.decode()

    page_links = re.findall(r'href="([^"]*page=[^"]*)"', PAGE_LINK.search(first).group(0))
    assert page_links
    assert all("q=zebracrossing" in unescape(link) for link in page_links)
    assert len(RESULT_LINK.findall(first)) == 10
    assert sorted(result_urls(client, search_url("en", q="zebracrossing"))) == sorted(
        article.url for article in many_articles
    )


@pytest.mark.parametrize("page", ["abc", "99999", "-1", "0", "1.5", "9" * 5000, ""])
def test_any_page_number_shows_a_page_of_results(client, many_articles, page):
    response = client.get(search_url("en", q="zebracrossing", page=page))

    assert response.status_code == 200
    assert RESULT_LINK.findall(response.content.decode())


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "arsim\x00; DROP TABLE wagtailcore_page; --",
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


def test_a_very_long_query_is_cut_to_the_limit(client):
    html = client.get(search_url("en", q="word " * 5000)).content.decode()

    shown = re.search(r'<input id="search-page-q"[^>]* value="([^"]*)"', html).group(1)
    assert shown.startswith("word word")
    assert len(shown) <= MAX_QUERY_LENGTH


def test_a_form_post_is_refused_not_failed(client):
    assert client.post("/en/search/", {"q": "arsim"}).status_code == 405


def test_a_repeated_query_parameter_searches_for_the_last_one(client):
    response = client.get("/sr-latn/search/?q=first&q=second&page=1&page=2")

    assert response.status_code == 200
    assert 'value="second"' in response.content.decode()


@given(query=st.text(max_size=300), page=st.text(max_size=10))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_no_query_and_page_number_cause_a_server_error(query, page):
    client = Client(raise_request_exception=False)
    for language in LANGUAGES:
        response = client.get(f"/{language}/search/", {"q": query, "page": page})
        assert response.status_code in (200, 404), (language, query, page)


def test_a_full_page_of_results_costs_no_more_queries_than_a_short_one(
    client, home_pages, django_capture_on_commit_callbacks
):
    index = NewsIndexPage.objects.child_of(home_pages["en"]).get()
    url = search_url("en", q="zebracrossing")
    with django_capture_on_commit_callbacks(execute=True):
        factories.NewsPageFactory(parent=index, title="Zebracrossing story")
    few = queries_for(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(12):
            factories.NewsPageFactory(parent=index, title=f"Zebracrossing story {number}")

    assert queries_for(client, url) == few


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_search_form_searches_the_readers_language(language):
    with translation.override(language):
        html = render_to_string("search/includes/search_form.html")

    assert f'action="/{language}/search/"' in html
    assert 'method="get"' in html
    assert 'role="search"' in html
    assert 'name="q"' in html
    assert '<label class="visually-hidden" for="site-search-q">' in html
