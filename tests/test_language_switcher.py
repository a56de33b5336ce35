"""The language switcher says where a page has no translation, and the home page it leads to
says why the reader is there; on the search page, switching language keeps the search words."""

import re

import pytest
from wagtail.models import PageViewRestriction

from .conftest import LANGUAGES

HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}
LANGUAGE_NAMES = {"sq": "Shqip", "sr-latn": "Srpski", "en": "English"}
# Each language's own words for a page that is missing in it: the readers looking for that
# language read them.
NO_TRANSLATION = {
    "sq": "kjo faqe nuk është në shqip",
    "sr-latn": "ova stranica nije na srpskom",
    "en": "no translation of this page",
}
NOTICE = {
    "sq": "Faqja „{}“ ende nuk është përkthyer në shqip, prandaj po ju shfaqim ballinën.",
    "sr-latn": "Stranica „{}“ još nije prevedena na srpski, pa vam prikazujemo početnu stranicu.",
    "en": "The page “{}” has not been translated into this language yet, "
    "so here is the home page instead.",
}
NOTICE_PARAGRAPH = re.compile(r'<p class="notice">(.*?)</p>', re.DOTALL)


def switcher_links(html):
    """{hreflang: the <a> element} of the language switcher."""
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {
        tag: element
        for element, tag in re.findall(r'(<a href="[^"]*" hreflang="([^"]+)".*?</a>)', switcher)
    }


def href(element):
    return re.search(r'href="([^"]*)"', element).group(1).replace("&amp;", "&")


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def alternate_links(html):
    head = html.split("</head>", 1)[0]
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))


def other_than(language):
    """Another language than `language`: the next one of the site."""
    return LANGUAGES[(LANGUAGES.index(language) + 1) % len(LANGUAGES)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_marks_a_language_in_which_the_page_has_no_translation(client, tree, language):
    missing = other_than(language)
    articles = tree.all("article")
    articles[missing].unpublish()

    links = switcher_links(client.get(articles[language].url).content.decode())

    marked = links[HTML_LANG[missing]]
    assert href(marked) == f"/{missing}/?untranslated={articles[language].pk}"
    assert f'lang="{HTML_LANG[missing]}"' in marked
    # It leads to the home page, which is no alternate version of this page.
    assert 'rel="alternate"' not in marked
    assert text_of(marked) == f"{LANGUAGE_NAMES[missing]} ({NO_TRANSLATION[missing]})"
    (translated,) = [code for code in LANGUAGES if code not in (language, missing)]
    assert href(links[HTML_LANG[translated]]) == articles[translated].url
    assert text_of(links[HTML_LANG[translated]]) == LANGUAGE_NAMES[translated]


@pytest.mark.parametrize("language", LANGUAGES)
def test_hreflang_alternates_still_list_only_live_translations(client, tree, language):
    missing = other_than(language)
    articles = tree.all("article")
    articles[missing].unpublish()

    alternates = alternate_links(client.get(articles[language].url).content.decode())

    assert HTML_LANG[missing] not in alternates
    assert {tag for tag in alternates if tag != "x-default"} == {
        HTML_LANG[code] for code in LANGUAGES if code != missing
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_reached_from_an_untranslated_page_says_so(client, tree, language):
    missing = other_than(language)
    articles = tree.all("article")
    articles[missing].unpublish()
    source = articles[language]
    address = href(switcher_links(client.get(source.url).content.decode())[HTML_LANG[missing]])

    response = client.get(address)

    assert response.status_code == 200
    (notice,) = NOTICE_PARAGRAPH.findall(response.content.decode())
    assert text_of(notice) == NOTICE[missing].format(source.title)
    link = f'<a href="{source.url}" hreflang="{HTML_LANG[language]}" lang="{HTML_LANG[language]}">'
    assert link in notice
    # The notice comes before the home page's own heading.
    html = response.content.decode()
    assert html.index('class="notice"') < html.index("<h1>")


@pytest.mark.parametrize(
    "value",
    [
        "",
        "abc",
        "<script>alert(1)</script>",
        "-1",
        "0",
        "99999999999999999999",
        "٣",  # a digit, but not an ASCII one
        "1.5",
        "9" * 5000,
    ],
    ids=lambda value: value[:20],
)
def test_home_page_ignores_an_untranslated_parameter_that_names_no_page(client, tree, value):
    response = client.get("/en/", {"untranslated": value})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="notice"' not in html
    assert "<script>alert" not in html


def notice_on(client, address):
    return 'class="notice"' in client.get(address).content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_names_no_translated_private_or_unpublished_page(client, tree, language):
    missing = other_than(language)
    article = tree("article", language)
    address = f"/{missing}/?untranslated={article.pk}"
    # The article is translated and live in every language.
    assert not notice_on(client, address)
    # A page of the home page's own language is no missing translation either.
    assert not notice_on(client, f"/{language}/?untranslated={article.pk}")

    tree("article", missing).unpublish()
    assert notice_on(client, address)
    # The title of a page behind a password, or of a draft, stays unknown.
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert not notice_on(client, address)
    restriction.delete()
    article.unpublish()
    assert not notice_on(client, address)


def test_only_the_home_page_reads_the_parameter(client, tree):
    articles = tree.all("article")
    articles["en"].unpublish()

    html = client.get(tree("news_index", "en").url, {"untranslated": articles["sq"].pk}).content
    assert b'class="notice"' not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_keeps_the_search_words_when_switching_language(client, tree, language):
    html = client.get(f"/{language}/search/", {"q": "arsim & shkollë", "page": "2"}).content

    links = switcher_links(html.decode())

    assert {tag: href(element) for tag, element in links.items()} == {
        HTML_LANG[other]: f"/{other}/search/?q=arsim+%26+shkoll%C3%AB"
        for other in LANGUAGES
        if other != language
    }
    assert all("untranslated" not in element for element in links.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_without_words_links_to_the_other_search_pages(client, tree, language):
    links = switcher_links(client.get(f"/{language}/search/").content.decode())

    assert {tag: href(element) for tag, element in links.items()} == {
        HTML_LANG[other]: f"/{other}/search/" for other in LANGUAGES if other != language
    }
