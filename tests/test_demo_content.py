"""The demo loader builds the whole site in three languages, through wagtail-localize, once."""

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from core.models import Footer, NavigationMenu
from events.models import EventHighlightPage, EventPage, EventSeries
from home.models import HomePage
from news.models import NewsCategory, NewsPage
from partners.models import PartnerPage, ProjectPage

from .conftest import LANGUAGES, PAGE_TYPES

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "categories": NewsCategory.objects.count(),
        "series": EventSeries.objects.count(),
        "menus": NavigationMenu.objects.count(),
        "footers": Footer.objects.count(),
    }


def test_running_the_loader_again_changes_nothing():
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_is_live_in_every_language(page_type):
    pages_by_language = {
        language: page_type.objects.live().filter(locale__language_code=language).count()
        for language in LANGUAGES
    }
    assert pages_by_language["sq"] > 0
    assert pages_by_language["sr-latn"] == pages_by_language["sq"]
    assert pages_by_language["en"] == pages_by_language["sq"]


def test_every_albanian_page_has_a_live_translation_in_each_other_language():
    for page in Page.objects.live().filter(locale__language_code="sq", depth__gte=2):
        live_languages = set(
            page.get_translations(inclusive=True)
            .live()
            .values_list("locale__language_code", flat=True)
        )
        assert live_languages == set(LANGUAGES), page


def test_translations_are_wagtail_localize_translations_with_translated_strings():
    for page in Page.objects.filter(locale__language_code="sq", depth__gte=2).specific():
        for language in ("sr-latn", "en"):
            translation = Translation.objects.get(
                source__object_id=page.translation_key, target_locale__language_code=language
            )
            progress_total, progress_done = translation.get_progress()
            assert progress_total > 0
            assert progress_done == progress_total, (page, language)


def test_pages_read_differently_in_each_language():
    for page in NewsPage.objects.filter(locale__language_code="sq"):
        titles = {translation.title for translation in page.get_translations(inclusive=True)}
        assert len(titles) == 3, titles


def test_the_demo_content_covers_the_network_and_its_events():
    acronyms = set(
        PartnerPage.objects.filter(locale__language_code="en").values_list("acronym", flat=True)
    )
    assert {"KEC", "SBASHK", "KAHCR", "ISSA", "MESTI", "EU", "UNICEF"} <= acronyms
    assert any("ECMI" in acronym for acronym in acronyms)
    english_events = EventPage.objects.filter(locale__language_code="en")
    assert english_events.filter(start__year=2022).exists()
    assert english_events.filter(start__year=2023).exists()
    assert english_events.filter(start__date="2024-11-27").exists()
    assert english_events.upcoming().count() >= 2
    assert EventHighlightPage.objects.filter(locale__language_code="en").count() >= 2
    assert NewsPage.objects.filter(locale__language_code="en").count() >= 8
    assert ProjectPage.objects.filter(
        locale__language_code="en", start_date="2007-02-06", end_date="2008-08-06"
    ).exists()


def test_highlights_are_posted_by_partners():
    for highlight in EventHighlightPage.objects.all():
        assert highlight.posted_by is not None
        assert highlight.photos.exists(), highlight


def test_every_image_use_has_alternative_text_in_its_language():
    for language in LANGUAGES:
        for page in EventHighlightPage.objects.filter(locale__language_code=language):
            for photo in page.photos.all():
                assert photo.alt_text.strip()
                assert photo.locale_id == page.locale_id
        for page in NewsPage.objects.filter(locale__language_code=language):
            if page.listing_image:
                assert page.listing_image_alt.strip()
    english = HomePage.objects.get(locale__language_code="en")
    albanian = HomePage.objects.get(locale__language_code="sq")
    assert english.hero_image_alt and albanian.hero_image_alt
    assert english.hero_image_alt != albanian.hero_image_alt


def test_menus_footers_and_snippets_exist_in_every_language():
    for model in (NavigationMenu, Footer, NewsCategory, EventSeries):
        languages = set(model.objects.values_list("locale__language_code", flat=True))
        assert languages == set(LANGUAGES), model


def test_default_site_serves_the_albanian_home_page(home_pages):
    from wagtail.models import Site

    assert Site.objects.get(is_default_site=True).root_page_id == home_pages["sq"].pk
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()
