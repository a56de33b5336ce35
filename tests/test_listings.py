"""News and event listings: filters, pagination and odd addresses, in every language."""

import datetime
import re

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.models import EventIndexPage, EventPage, EventSeries
from news.models import NewsCategory, NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerKind, PartnerPage, ProjectPage

from . import factories
from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db


def index(model, language):
    return model.objects.live().get(locale__language_code=language)


def card_titles(html):
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_filters_by_category_partner_and_year_together(client, language):
    news_index = index(NewsIndexPage, language)
    category = NewsCategory.objects.get(locale__language_code=language, slug="events")
    partner = PartnerPage.objects.live().get(locale__language_code=language, acronym="KEC")
    articles = NewsPage.objects.in_locale(news_index.locale).newest_first()
    expected = (
        articles.filter(categories__category__translation_key=category.translation_key)
        .about_partner(partner)
        .filter(date__year=2024)
    )
    assert expected.exists()
    response = client.get(
        news_index.url, {"category": "events", "partner": partner.pk, "year": 2024}
    )
    assert response.status_code == 200
    assert card_titles(response.content.decode()) == [article.title for article in expected]


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_filter_with_no_match_shows_an_empty_state(client, language):
    news_index = index(NewsIndexPage, language)
    articles = NewsPage.objects.in_locale(news_index.locale)
    years = [day.year for day in articles.dates("date", "year")]
    category, year = next(
        (category, year)
        for category in NewsCategory.objects.filter(locale=news_index.locale)
        for year in years
        if not articles.filter(
            categories__category__translation_key=category.translation_key, date__year=year
        ).exists()
    )
    response = client.get(news_index.url, {"category": category.slug, "year": year})
    html = response.content.decode()
    assert response.status_code == 200
    assert card_titles(html) == []
    assert 'class="empty-state"' in html


@pytest.mark.parametrize(
    "query",
    [
        {"year": "x"},
        {"year": "1900"},
        {"category": "unknown"},
        {"partner": "abc"},
        {"partner": "999999"},
    ],
)
def test_news_filter_values_that_name_nothing_are_not_found(client, query):
    assert client.get(index(NewsIndexPage, "en").url, query).status_code == 404


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", ""])
def test_odd_page_numbers_show_a_normal_page(client, page):
    response = client.get(index(NewsIndexPage, "sq").url, {"page": page})
    assert response.status_code == 200
    assert card_titles(response.content.decode())


def test_pagination_is_done_in_the_database_and_keeps_the_filters(
    client, django_assert_max_num_queries
):
    news_index = index(NewsIndexPage, "en")
    for number in range(25):
        factories.NewsPageFactory(
            parent=news_index, title=f"Extra {number}", date=datetime.date(2025, 3, 1)
        )
    response = client.get(news_index.url, {"year": 2025, "page": 2})
    html = response.content.decode()
    assert len(card_titles(html)) == 10
    assert "?year=2025&amp;page=3" in html and "?year=2025&amp;page=1" in html
    assert 'aria-current="page">2<' in html
    with django_assert_max_num_queries(40):
        client.get(news_index.url, {"year": 2025, "page": 3})


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_index_lists_upcoming_first_then_past_by_year(client, language):
    event_index = index(EventIndexPage, language)
    html = client.get(event_index.url).content.decode()
    upcoming = EventPage.objects.in_locale(event_index.locale).upcoming()
    past = EventPage.objects.in_locale(event_index.locale).past()
    titles = card_titles(html)
    assert titles == [event.title for event in upcoming] + [event.title for event in past]
    assert (
        html.index('id="past-2024"') < html.index('id="past-2023"') < html.index('id="past-2022"')
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_events_filter_by_series_and_organiser(client, language):
    event_index = index(EventIndexPage, language)
    series = EventSeries.objects.get(locale__language_code=language)
    in_series = EventPage.objects.in_locale(event_index.locale).filter(
        series__translation_key=series.translation_key
    )
    html = client.get(event_index.url, {"series": series.slug}).content.decode()
    assert sorted(card_titles(html)) == sorted(event.title for event in in_series)

    organiser = PartnerPage.objects.live().get(locale__language_code=language, acronym="KEC")
    organised = EventPage.objects.in_locale(event_index.locale).organised_by(organiser)
    html = client.get(event_index.url, {"organiser": organiser.pk}).content.decode()
    assert sorted(card_titles(html)) == sorted(event.title for event in organised)


def test_an_event_that_started_but_has_not_ended_is_still_upcoming(client, home_pages):
    from django.utils import timezone

    event_index = EventIndexPage.objects.child_of(home_pages["en"]).get()
    ongoing = factories.EventPageFactory(
        parent=event_index,
        title="Ongoing workshop",
        start=timezone.now() - datetime.timedelta(hours=1),
        end=timezone.now() + datetime.timedelta(hours=1),
    )
    assert ongoing in EventPage.objects.upcoming()
    html = client.get(event_index.url).content.decode()
    assert html.index("Ongoing workshop") < html.index('id="past-heading"')


def test_past_years_follow_kosovo_time(home_pages):
    from zoneinfo import ZoneInfo

    event_index = EventIndexPage.objects.child_of(home_pages["en"]).get()
    new_year = datetime.datetime(2025, 1, 1, 0, 30, tzinfo=ZoneInfo("Europe/Belgrade"))
    factories.EventPageFactory(
        parent=event_index,
        title="New Year",
        start=new_year,
        end=new_year + datetime.timedelta(hours=1),
    )
    years = dict(EventPage.objects.in_locale(event_index.locale).past().by_year())
    assert "New Year" in [event.title for event in years[2025]]


LISTING_PARAMETERS = ["page", "year", "category", "partner", "series", "organiser"]


@pytest.mark.parametrize("model", [NewsIndexPage, EventIndexPage, PartnerIndexPage])
def test_no_query_string_makes_a_listing_fail(model):
    listing = index(model, "sr-latn")
    client = Client(raise_request_exception=False)

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(st.dictionaries(st.sampled_from(LISTING_PARAMETERS), st.text(max_size=40), max_size=4))
    def check(params):
        response = client.get(listing.url, params)
        assert response.status_code in (200, 404), params

    check()


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_page_lists_its_news_events_highlights_and_projects(client, language):
    from events.models import EventHighlightPage

    kec = PartnerPage.objects.live().get(locale__language_code=language, acronym="KEC")
    html = client.get(kec.url).content.decode()
    locale = kec.locale
    expected = [
        *NewsPage.objects.in_locale(locale).about_partner(kec).newest_first()[:5],
        *EventPage.objects.in_locale(locale).involving_partner(kec).order_by("-start")[:5],
        *ProjectPage.objects.in_locale(locale).involving_partner(kec),
    ]
    assert len(expected) >= 7
    for page in expected:
        assert f'href="{page.url}"' in html, page

    sbashk = PartnerPage.objects.live().get(locale__language_code=language, acronym="SBASHK")
    highlight = EventHighlightPage.objects.in_locale(locale).posted_by_partner(sbashk).get()
    assert f'href="{highlight.url}"' in client.get(sbashk.url).content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_index_groups_partners_by_kind(client, language):
    from django.utils import translation

    partner_index = index(PartnerIndexPage, language)
    html = client.get(partner_index.url).content.decode()
    with translation.override(language):
        labels = [str(label) for label in PartnerKind.labels]
    headings = re.findall(r'<h2 id="kind-\d+">([^<]+)</h2>', html)
    assert headings == labels
    for partner in PartnerPage.objects.in_locale(partner_index.locale):
        assert f'href="{partner.url}"' in html
