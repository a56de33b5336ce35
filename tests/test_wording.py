"""The words readers meet, in each language, as locale/GLOSSARY.md sets them down."""

import html
import re

import pytest
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from core.translation import translate_object
from partners.models import PartnerKind

from . import factories
from .conftest import LANGUAGES
from .site_tree import translated_string

pytestmark = pytest.mark.django_db

# The search page's heading names the action (a noun); its buttons perform it (a verb).
SEARCH_HEADING = {"sq": "Kërkimi", "sr-latn": "Pretraga", "en": "Search"}
SEARCH_BUTTON = {"sq": "Kërko", "sr-latn": "Pretraži", "en": "Search"}
# Each language's quotation marks around the words searched for.
QUOTED = {"sq": "„{}“", "sr-latn": "„{}“", "en": "“{}”"}
SEARCH_RESULTS = {
    "sq": "Rezultatet e kërkimit për {}",
    "sr-latn": "Rezultati pretrage za {}",
    "en": "Search results for {}",
}
# A section heading over several items is a definite plural in Albanian.
PARTNER_PAGE_HEADINGS = {
    "sq": {
        "projects": "Projektet",
        "events": "Ngjarjet",
        "highlights": "Përmbledhjet nga ngjarjet",
        "news": "Lajmet",
        "publications": "Publikimet",
    },
    "sr-latn": {
        "projects": "Projekti",
        "events": "Događaji",
        "highlights": "Osvrti na događaje",
        "news": "Vesti",
        "publications": "Publikacije",
    },
    "en": {
        "projects": "Projects",
        "events": "Events",
        "highlights": "Highlights from events",
        "news": "News",
        "publications": "Publications",
    },
}
# Invitations to act beyond the page address the reader with the polite plural.
SUBSCRIBE = {
    "sq": "Abonohuni në kalendarin e ngjarjeve",
    "sr-latn": "Pretplatite se na kalendar događaja",
    "en": "Subscribe to the events calendar",
}
REGISTER = {"sq": "Regjistrohuni", "sr-latn": "Prijavite se", "en": "Register"}
# The files of a ministry's logos in Albanian and Serbian, short enough to survive in the names
# of their renditions.
LOGO_NAMES = {"sq": "mashti", "sr-latn": "monti"}


def get_html(client, url, data=None):
    response = client.get(url, data or {})
    assert response.status_code == 200, url
    return html.unescape(response.content.decode())


def h1(page_html):
    return re.search(r"<h1[^>]*>([^<]+)</h1>", page_html).group(1)


def visible_text(page_html):
    """The page's words, without its markup, scripts or styles."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page_html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", body)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_buttons_say_search_as_a_verb_and_the_search_page_is_headed_with_a_noun(
    client, tree, language
):
    page_html = get_html(client, f"/{language}/search/")

    assert h1(page_html) == SEARCH_HEADING[language]
    # The header's search form and the search page's own.
    assert (
        re.findall(r'<button type="submit">([^<]+)</button>', page_html)
        == [SEARCH_BUTTON[language]] * 2
    )


def test_albanian_search_calls_the_website_uebfaqe(client, tree):
    page_html = get_html(client, "/sq/search/")

    assert 'aria-label="Kërkimi në uebfaqe"' in page_html
    assert ">Kërko në uebfaqe</label>" in page_html
    assert "faqet e kësaj uebfaqeje" in page_html
    assert not re.search(r"\bsajt", visible_text(page_html))


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_results_quote_the_words_searched_for_in_the_languages_own_marks(
    client, tree, language
):
    page_html = get_html(client, f"/{language}/search/", {"q": "braktisja"})

    heading = SEARCH_RESULTS[language].format(QUOTED[language].format("braktisja"))
    assert h1(page_html) == heading
    assert f"<title>{heading}" in page_html


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_page_heads_its_lists_with_plurals_that_name_the_whole_list(client, tree, language):
    page_html = get_html(client, tree("kec", language).url)

    headings = dict(re.findall(r'<h2 id="partner-(\w+)">([^<]+)</h2>', page_html))
    assert headings == PARTNER_PAGE_HEADINGS[language]


def test_albanian_headings_over_several_items_are_definite(client, tree):
    event_html = get_html(client, tree("past_event").url)

    assert '<h2 id="highlights-heading">Përmbledhjet nga ngjarja</h2>' in event_html
    assert '<h2 id="footer-links">Lidhjet e shpejta</h2>' in event_html


@pytest.mark.parametrize("language", LANGUAGES)
def test_readers_are_invited_to_subscribe_and_register_in_one_register(client, tree, language):
    index_html = get_html(client, tree("event_index", language).url)
    event_html = get_html(client, tree("upcoming_event", language).url)

    assert f">{SUBSCRIBE[language]}</a>" in index_html
    assert f">{REGISTER[language]}</a>" in event_html


# A logo per language -------------------------------------------------------------------------


@pytest.fixture
def ministry(tree, django_capture_on_commit_callbacks):
    """A ministry whose Albanian and Serbian logos read MASHTI and MONTI: the Serbian page
    overrides the logo, the English one keeps the Albanian page's."""
    # Wagtail caches renditions by image id, which images of earlier, rolled-back tests share.
    get_image_model().get_rendition_model().cache_backend.clear()
    logos = {
        language: factories.LogoFactory(file__filename=f"{LOGO_NAMES[language]}.png")
        for language in ("sq", "sr-latn")
    }
    page = factories.PartnerPageFactory(
        parent=tree("partner_index"),
        title="Ministria e Arsimit",
        acronym="MASHTI",
        kind=PartnerKind.AUTHORITY,
        logo=logos["sq"],
    )
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(
            page,
            Locale.objects.get(language_code="sr-latn"),
            translated_string("sr-latn"),
            overrides={"logo": logos["sr-latn"].pk},
        )
        translate_object(page, Locale.objects.get(language_code="en"), translated_string("en"))
    return page


def shows_logo(page_html, logo):
    """Whether the page shows a rendition of `logo`, whose file name starts with the original's
    (cut short, and after a suffix if another file had the name already)."""
    return f"/images/{LOGO_NAMES[logo]}" in page_html


@pytest.mark.parametrize(("language", "logo"), [("sq", "sq"), ("sr-latn", "sr-latn"), ("en", "sq")])
def test_a_partner_page_shows_the_logo_of_its_language_where_a_translation_has_its_own(
    client, ministry, language, logo
):
    other = next(key for key in LOGO_NAMES if key != logo)

    translation = ministry.get_translation(Locale.objects.get(language_code=language))
    page_html = get_html(client, translation.url)

    assert shows_logo(page_html, logo)
    assert not shows_logo(page_html, other)


def test_a_translations_own_logo_stays_when_the_original_changes(
    client, ministry, django_capture_on_commit_callbacks
):
    ministry.summary = "Autoriteti publik për arsimin."
    ministry.save_revision().publish()

    TranslationSource.update_or_create_from_instance(ministry)
    serbian = Locale.objects.get(language_code="sr-latn")
    with django_capture_on_commit_callbacks(execute=True):
        translation = translate_object(ministry, serbian, translated_string("sr-latn"))

    page_html = get_html(client, translation.url)
    assert "Autoriteti publik për arsimin. (sr-latn)" in page_html
    assert shows_logo(page_html, "sr-latn")
    assert not shows_logo(page_html, "sq")
