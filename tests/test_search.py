"""A reader searches the pages of their own language, whatever they type into the search box."""

import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext, pgettext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from core.translation import translate_object
from search.models import SearchDocument
from search.text import fold, highlight, query_stems
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
def test_a_result_shows_its_kind_date_and_summary_with_the_matched_words_marked(
    client, tree, language
):
    article = tree("article", language)

    html = client.get(search_url(language, q=TITLE_WORD[:-2])).content.decode()

    result = result_for(html, article)
    marked_title = article.title.replace(TITLE_WORD, f"<mark>{TITLE_WORD}</mark>")
    assert f">{marked_title}</a>" in result
    with translation.override(language):
        kind = pgettext("kind of page, in search results", "Article")
    assert f'<p class="page-meta">{kind} · <time' in result
    assert f'<time datetime="{article.date:%Y-%m-%d}">' in result
    assert f"<p>{article.intro.replace(TITLE_WORD, f'<mark>{TITLE_WORD}</mark>')}</p>" in result
    # Editors' names for page types are not the readers'.
    (meta,) = re.findall(r'<p class="page-meta">(.*?)</p>', result)
    assert in_language(language, "news article") not in meta


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

    (summary,) = re.findall(r"<p>((?:[^<]|<mark>|</mark>)*)</p>", result_for(html, page))
    summary = re.sub("</?mark>", "", summary)
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
    # Quotes make no phrase here: they are not word characters, so they are dropped.
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_search_form_searches_the_readers_language(client, tree, language):
    html = client.get(tree("about", language).url).content.decode()

    (form,) = re.findall(r'<form[^>]*role="search"[^>]*>.*?</form>', html, re.DOTALL)
    assert f'action="/{language}/search/"' in form
    assert 'method="get"' in form
    assert 'name="q"' in form
    assert '<label class="visually-hidden" for="site-search-q">' in form


# Pages about dropping out of school, and a page that is not, in each language; the queries are
# the forms readers type, with and without the letters their keyboard may lack.
DROPOUT_PAGES = {
    "sq": ("Java kundër braktisjes së shkollës", "Braktisja e shkollës ka shumë shkaqe."),
    "sr-latn": ("Nedelja protiv napuštanja škole", "Rano napuštanje škole ima mnogo uzroka."),
    "en": ("A week against school dropout", "Children drop out of school for many reasons."),
}
OTHER_PAGES = {
    "sq": ("Festa e librit", "Nxënësit lexuan libra."),
    "sr-latn": ("Praznik knjige", "Učenici su čitali knjige."),
    "en": ("A festival of books", "Pupils read books."),
}
QUERIES = {
    "sq": ["braktis", "braktisja", "braktisje", "braktisjes", "Braktisjës", "BRAKTISJA shkolles"],
    "sr-latn": ["napušt", "napuštanje", "napuštanja", "napustanje", "NAPUSTANJA skole"],
    "en": ["drop", "dropout", "Dropouts", "school dropout"],
}


@pytest.fixture
def dropout_pages(tree, make_indexed):
    """(about dropout, about something else) in each language, as news articles."""

    def make(texts, language):
        title, intro = texts[language]
        return make_indexed(
            factories.NewsPageFactory, parent=tree("news_index", language), title=title, intro=intro
        )

    return {
        language: (make(DROPOUT_PAGES, language), make(OTHER_PAGES, language))
        for language in LANGUAGES
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_forms_readers_type_find_the_pages_about_dropout(client, dropout_pages, language):
    about, other = dropout_pages[language]

    for query in QUERIES[language]:
        urls = result_urls(client, search_url(language, q=query))

        assert about.url in urls, query
        assert other.url not in urls, query


@pytest.mark.parametrize(
    ("language", "title", "queries"),
    [
        ("sq", "Çerdhja e fëmijëve në Pejë", ["cerdhja femijeve", "çerdhja", "Pejë", "peje"]),
        ("sr-latn", "Đački parlament u Čačku", ["djacki", "đački", "djacki parlament", "cacku"]),
        ("en", "The Café of Parents", ["cafe", "café parents"]),
    ],
)
def test_typing_diacritics_or_not_finds_the_same_pages(
    client, tree, make_indexed, language, title, queries
):
    page = make_indexed(
        factories.StandardPageFactory, parent=tree("home", language), title=title, intro=""
    )

    for query in queries:
        assert page.url in result_urls(client, search_url(language, q=query)), query


def test_cyrillic_finds_serbian_pages_written_in_latin(client, dropout_pages):
    about, _other = dropout_pages["sr-latn"]

    assert about.url in result_urls(client, search_url("sr-latn", q="напуштање школе"))


def test_every_word_must_be_found(client, dropout_pages):
    about, _other = dropout_pages["en"]

    assert about.url in result_urls(client, search_url("en", q="school week"))
    assert result_urls(client, search_url("en", q="school qzxvkjwpfh")) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_change_of_title_is_found_and_the_old_title_is_not(
    client, tree, make_indexed, django_capture_on_commit_callbacks, language
):
    page = make_indexed(
        factories.StandardPageFactory, parent=tree("home", language), title="Gjirafëkalimi"
    )
    page.title = "Ujkokalimi"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert page.url in result_urls(client, search_url(language, q="ujkokalimi"))
    assert result_urls(client, search_url(language, q="gjirafekalimi")) == []


def test_a_draft_change_is_not_searchable_before_it_is_published(
    client, tree, make_indexed, django_capture_on_commit_callbacks
):
    page = make_indexed(factories.StandardPageFactory, parent=tree("home"), title="Qershikalimi")
    page.title = "Sekret-9c1d i pabotuar"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()

    assert result_urls(client, search_url("sq", q="sekret")) == []
    assert page.url in result_urls(client, search_url("sq", q="qershikalimi"))


def test_the_rebuild_command_and_migrate_index_pages_saved_without_a_document(
    client, tree, make_indexed
):
    page = make_indexed(factories.StandardPageFactory, parent=tree("home"), title="Dhelpërkalimi")
    SearchDocument.objects.all().delete()
    assert result_urls(client, search_url("sq", q="dhelperkalimi")) == []

    call_command("migrate", verbosity=0)
    assert page.url in result_urls(client, search_url("sq", q="dhelperkalimi"))

    SearchDocument.objects.filter(page=page).update(words=" ", title=" ")
    call_command("rebuild_site_search", verbosity=0)
    assert page.url in result_urls(client, search_url("sq", q="dhelperkalimi"))


@pytest.mark.parametrize(
    ("language", "word", "stem"),
    [
        ("sq", "braktisjes", "braktis"),
        ("sq", "shkollës", "shkoll"),
        ("sr-latn", "napuštanja", "napust"),
        ("sr-latn", "škole", "skol"),
        ("en", "dropouts", "dropout"),
        # Short words are kept whole: a stem of one or two letters would match half the site.
        ("sq", "dita", "dita"),
        ("en", "is", "is"),
    ],
)
def test_query_words_are_cut_to_their_stems(language, word, stem):
    assert query_stems(word, language) == [stem]


@given(text=st.text(max_size=200), query=st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_highlighting_marks_words_and_changes_nothing_else(text, query):
    marked = highlight(text, query_stems(query, "sq"))

    assert unescape(re.sub("</?mark>", "", str(marked))) == text
    for word in re.findall(r"<mark>(.*?)</mark>", str(marked)):
        assert fold(unescape(word)).startswith(tuple(query_stems(query, "sq")))


def test_only_saves_that_can_change_the_text_rewrite_the_document(
    tree, make_indexed, django_capture_on_commit_callbacks
):
    page = make_indexed(factories.StandardPageFactory, parent=tree("home"), title="Bufikalimi")
    document = SearchDocument.objects.filter(page=page)
    document.update(words=" stale")

    page.title = "Bufikalimi i ri"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    # Wagtail's bookkeeping save of a draft leaves the live text, and the document, alone.
    assert document.get().words == " stale"

    with django_capture_on_commit_callbacks(execute=True):
        page.get_latest_revision().publish()
    assert document.get().words.startswith(" bufikalimi i ri")
