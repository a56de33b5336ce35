"""A news article shows its picture under its heading, with its caption and credit, in every
language."""

import re

import pytest
from wagtail.models import Locale

from core.translation import translate_object

from . import factories
from .conftest import LANGUAGES
from .site_tree import translated_string

CAPTION = {
    language: translated_string(language)("", "Dita e parë e shkollës në Prizren.")
    for language in LANGUAGES[1:]
} | {"sq": "Dita e parë e shkollës në Prizren."}
# The credit as each language writes it: "Photo: …" is ours, the name is the editor's.
CREDIT = {
    "sq": "Foto: UNICEF Kosovë",
    "sr-latn": "Foto: UNICEF Kosovë",
    "en": "Photo: UNICEF Kosovë",
}


@pytest.fixture
def article(tree, django_capture_on_commit_callbacks):
    """{language: an article with a picture, a caption and a credit}."""
    source = factories.NewsPageFactory(
        parent=tree("news_index"),
        title="Fëmijët kthehen në shkollë",
        listing_image=tree("photo"),
        listing_image_alt="Fëmijë me çanta shkollore para shkollës",
        listing_image_caption="Dita e parë e shkollës në Prizren.",
        listing_image_credit="UNICEF Kosovë",
    )
    with django_capture_on_commit_callbacks(execute=True):
        for language in LANGUAGES[1:]:
            translate_object(
                source, Locale.objects.get(language_code=language), translated_string(language)
            )
    return {
        language: source.get_translation(Locale.objects.get(language_code=language)).specific
        for language in LANGUAGES
    }


def figure_of(html):
    """The article's picture: the first <figure> of the <article>, if it comes before the body."""
    article = html.split('<article class="article">', 1)[1]
    found = re.search(r'<figure class="figure article-picture">.*?</figure>', article, re.DOTALL)
    return found.group(0) if found else None


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_shows_its_picture_with_caption_and_credit_under_the_heading(
    client, article, language
):
    page = article[language]
    html = client.get(page.url).content.decode()
    figure = figure_of(html)

    assert figure is not None
    assert html.index("</h1>") < html.index(figure) < html.index("Teksti i lajmit.")
    caption = re.search(r"<figcaption>(.*?)</figcaption>", figure, re.DOTALL).group(1)
    # The caption is translated with the article; the credit, a name, is copied as it is.
    assert text_of(caption) == f"{CAPTION[language]} {CREDIT[language]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_picture_is_responsive_sized_and_described(client, article, language):
    page = article[language]
    figure = figure_of(client.get(page.url).content.decode())

    (img,) = re.findall(r"<img [^>]*>", figure)
    assert f'alt="{page.listing_image_alt}"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    # Above the fold: fetched first, never lazily.
    assert 'fetchpriority="high"' in img and "loading=" not in img
    sources = re.findall(r'<source [^>]*type="image/(\w+)"', figure)
    assert set(sources) >= {"avif", "webp"}
    assert re.search(r'srcset="[^"]+ \d+w, [^"]+ \d+w"', figure)


def test_a_caption_that_says_what_the_alternative_text_says_is_not_read_twice(client, tree):
    page = factories.NewsPageFactory(
        parent=tree("news_index"),
        listing_image=tree("photo"),
        listing_image_alt="Fëmijë në klasë.",
        listing_image_caption="Fëmijë në klasë.",
    )
    figure = figure_of(client.get(page.url).content.decode())

    assert 'alt=""' in figure
    assert "<figcaption>Fëmijë në klasë.</figcaption>" in figure


def test_a_picture_without_words_of_its_own_has_no_caption(client, tree):
    page = factories.NewsPageFactory(
        parent=tree("news_index"), listing_image=tree("photo"), listing_image_alt="Fëmijë"
    )
    figure = figure_of(client.get(page.url).content.decode())

    assert 'alt="Fëmijë"' in figure
    assert "<figcaption" not in figure


def test_an_article_without_a_picture_shows_none(client, tree):
    html = client.get(tree("older_article").url).content.decode()
    assert figure_of(html) is None
