"""What wagtail-localize offers translators, and what it copies from the source unchanged."""

import pytest
from wagtail_localize.fields import get_translatable_fields

from core.models import Footer, NavigationMenu
from events.models import EventHighlightPage, EventPage, EventSeries
from home.models import HomePage, StandardPage
from news.models import NewsCategory, NewsPage
from partners.models import PartnerPage, ProjectPage

PAGE_TEXT = {"title", "slug", "seo_title", "search_description"}


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


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (HomePage, PAGE_TEXT | {"hero_heading", "hero_intro", "hero_image_alt", "body"}),
        (StandardPage, PAGE_TEXT | {"intro", "listing_image_alt", "body"}),
        (NewsPage, PAGE_TEXT | {"intro", "listing_image_alt", "body"}),
        (PartnerPage, PAGE_TEXT | {"acronym", "summary", "body", "city"}),
        (ProjectPage, PAGE_TEXT | {"intro", "listing_image_alt", "aims", "activities", "results"}),
        (EventPage, PAGE_TEXT | {"intro", "listing_image_alt", "venue", "city", "series", "body"}),
        (EventHighlightPage, PAGE_TEXT | {"summary", "photos", "quotes", "body"}),
        (NavigationMenu, {"items"}),
        (Footer, {"about", "address", "links"}),
        (NewsCategory, {"name"}),
        (EventSeries, {"name", "description"}),
    ],
)
def test_translators_get_the_text_and_nothing_else(model, expected):
    assert translated(model) == expected


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (NewsPage, {"date", "listing_image", "related_event", "categories", "related_partners"}),
        (PartnerPage, {"kind", "logo", "website", "email"}),
        (ProjectPage, {"start_date", "end_date", "listing_image", "donors", "partners"}),
        (
            EventPage,
            {
                "start",
                "end",
                "all_day",
                "online_link",
                "registration_link",
                "organisers",
                "supporters",
            },
        ),
        (EventHighlightPage, {"posted_by", "date"}),
        (Footer, {"email", "phone"}),
        (NewsCategory, {"slug"}),
        (EventSeries, {"slug"}),
    ],
)
def test_facts_that_do_not_depend_on_language_are_synchronised(model, expected):
    assert expected <= synchronised(model)
