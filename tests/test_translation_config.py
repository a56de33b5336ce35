"""What wagtail-localize offers translators, and what it copies from the source unchanged."""

import pytest
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import Translation

from core.models import Footer, NavigationMenu
from events.models import (
    EventHighlightPage,
    EventIndexPage,
    EventPage,
    EventSeries,
)
from home.models import HomePage, StandardPage
from news.models import NewsCategory, NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage, ProjectPage
from publications.models import PublicationIndexPage, PublicationPage

from .conftest import PAGE_TYPES

PAGE_TEXT = {"title", "slug", "seo_title", "search_description"}
PAGE_SETTINGS = {"show_in_menus"}
SCHEDULE = {"go_live_at", "expire_at", "first_published_at"}

# model: (what translators translate, what is copied from the Albanian original)
CONFIGURATION = {
    HomePage: (
        PAGE_TEXT | {"hero_heading", "hero_intro", "hero_image_alt", "body"},
        PAGE_SETTINGS | {"hero_image"},
    ),
    StandardPage: (
        PAGE_TEXT | {"intro", "listing_image_alt", "body"},
        PAGE_SETTINGS | {"listing_image"},
    ),
    NewsIndexPage: (PAGE_TEXT | {"intro"}, PAGE_SETTINGS),
    NewsPage: (
        PAGE_TEXT | {"intro", "listing_image_alt", "listing_image_caption", "body"},
        PAGE_SETTINGS
        | {
            "date",
            "listing_image",
            "listing_image_credit",
            "related_event",
            "categories",
            "related_partners",
            "funders",
        },
    ),
    PartnerIndexPage: (PAGE_TEXT | {"intro"}, PAGE_SETTINGS),
    PartnerPage: (
        PAGE_TEXT | {"acronym", "summary", "body", "city"},
        PAGE_SETTINGS | {"kind", "is_european_union", "logo", "website", "email"},
    ),
    ProjectPage: (
        PAGE_TEXT | {"intro", "listing_image_alt", "aims", "activities", "results"},
        PAGE_SETTINGS | {"start_date", "end_date", "listing_image", "funders", "partners"},
    ),
    EventIndexPage: (PAGE_TEXT | {"intro"}, PAGE_SETTINGS),
    EventPage: (
        PAGE_TEXT | {"intro", "listing_image_alt", "venue", "city", "series", "body"},
        PAGE_SETTINGS
        | {
            "start",
            "end",
            "all_day",
            "online_link",
            "registration_link",
            "listing_image",
            "organisers",
            "supporters",
            "funders",
        },
    ),
    EventHighlightPage: (
        PAGE_TEXT | {"summary", "photos", "quotes", "body"},
        PAGE_SETTINGS | {"posted_by", "date"},
    ),
    PublicationIndexPage: (PAGE_TEXT | {"intro"}, PAGE_SETTINGS),
    PublicationPage: (
        PAGE_TEXT | {"summary"},
        PAGE_SETTINGS | {"kind", "date", "document", "cover", "authors", "related_pages"},
    ),
    NavigationMenu: ({"items"}, SCHEDULE),
    Footer: ({"about", "address", "links"}, SCHEDULE | {"email", "phone"}),
    NewsCategory: ({"name"}, {"slug"}),
    EventSeries: ({"name", "description"}, {"slug"}),
}


def translated(model):
    return {
        field.field_name for field in get_translatable_fields(model) if field.is_translated(None)
    }


def synchronised(model):
    return {
        field.field_name
        for field in get_translatable_fields(model)
        if not field.is_translated(None)
    }


def test_every_page_type_and_translatable_snippet_has_its_configuration_stated_here():
    snippets = {model for model in get_snippet_models() if issubclass(model, TranslatableMixin)}
    assert snippets == {NavigationMenu, Footer, NewsCategory, EventSeries}
    assert set(CONFIGURATION) == set(PAGE_TYPES) | snippets


@pytest.mark.parametrize("model", list(CONFIGURATION), ids=lambda model: model.__name__)
def test_translators_get_the_text_and_every_fact_is_copied_from_the_original(model):
    expected_translated, expected_synchronised = CONFIGURATION[model]
    assert translated(model) == expected_translated
    assert synchronised(model) == expected_synchronised


@pytest.mark.parametrize("model", [NewsCategory, EventSeries], ids=lambda model: model.__name__)
def test_translators_cannot_change_the_slug_of_a_category_or_series(model):
    [slug] = [field for field in get_translatable_fields(model) if field.field_name == "slug"]
    assert not slug.overridable


@pytest.mark.django_db
def test_translators_are_sent_a_partners_words_but_not_its_contact_details(tree):
    kec = tree("kec")
    translation = Translation.objects.get(
        source__object_id=kec.translation_key, target_locale__language_code="en"
    )
    sent = {entry.msgid for entry in translation.export_po()}
    assert {kec.title, "KEC", "Organizatë joqeveritare për arsimin.", "Prishtinë"} <= sent
    assert not {"https://kec.example.org/", "kec@example.org"} & sent

    english = tree("kec", "en")
    assert (english.acronym, english.city) == ("KEC (en)", "Prishtinë (en)")
    assert (english.website, english.email, english.logo_id, english.kind) == (
        kec.website,
        kec.email,
        kec.logo_id,
        kec.kind,
    )
