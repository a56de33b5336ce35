"""Past events on the events index, a year at a time and a page at a time, read from the database.

The tree has one past event in every language (`past_event`, November 2024) and one upcoming
event. Pages here hold two past events, so that a few events make several pages.
"""

import datetime
import html
import re
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale

from core.translation import translate_object
from events import models as event_models

from . import factories
from .conftest import LANGUAGES
from .site_tree import translated_string
from .utils import queries_for

pytestmark = pytest.mark.django_db

KOSOVO = zoneinfo.ZoneInfo("Europe/Belgrade")
PER_PAGE = 2


@pytest.fixture(autouse=True)
def small_pages(monkeypatch):
    monkeypatch.setattr(event_models, "PAST_EVENTS_PER_PAGE", PER_PAGE)


@pytest.fixture
def add_past_events(tree, django_capture_on_commit_callbacks):
    """add(language, year, count, **fields): past events that start on 1, 2, … March of `year`,
    written in Albanian and translated into `language`; their titles in `language`, newest first."""

    def add(language, year, count, **fields):
        locale = Locale.objects.get(language_code=language)
        titles = []
        for number in range(count):
            start = datetime.datetime(year, 3, number + 1, 10, tzinfo=KOSOVO)
            event = factories.EventPageFactory(
                parent=tree("event_index"), title=f"Takim {year} {number}", start=start, **fields
            )
            if language != event.locale.language_code:
                with django_capture_on_commit_callbacks(execute=True):
                    event = translate_object(event, locale, translated_string(language))
            titles.append(event.title)
        return titles[::-1]

    return add


def get_html(client, url, data=None):
    response = client.get(url, data or {})
    assert response.status_code == 200, (url, data)
    return response.content.decode()


def past_section(page_html):
    found = re.search(
        r'<section [^>]*aria-labelledby="past-heading">(.*?)</section>', page_html, re.S
    )
    return found.group(1) if found else None


def card_titles(page_html):
    return [
        html.unescape(title)
        for title in re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', page_html)
    ]


def past_titles(client, url, data=None):
    return card_titles(past_section(get_html(client, url, data)))


def year_links(page_html, language):
    """[(year, address, is current)] of the past events' navigation by year."""
    with translation.override(language):
        label = gettext("Past events by year")
    nav = re.search(rf'<nav class="pagination" aria-label="{label}">(.*?)</nav>', page_html, re.S)
    return [
        (year, html.unescape(url), bool(current))
        for url, current, year in re.findall(
            r'<a href="([^"]+)"( aria-current="true")?>(\d+)</a>', nav.group(1)
        )
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_shows_the_latest_past_year_and_links_to_every_past_year(
    client, tree, add_past_events, language
):
    add_past_events(language, 2019, 1)
    add_past_events(language, 2021, 1)
    index = tree("event_index", language)

    page_html = get_html(client, index.url)

    assert year_links(page_html, language) == [
        ("2024", index.url, True),
        ("2021", f"{index.url}?year=2021", False),
        ("2019", f"{index.url}?year=2019", False),
    ]
    past = past_section(page_html)
    assert '<h3 id="past-2024">2024</h3>' in past
    assert card_titles(past) == [tree("past_event", language).title]
    assert tree("upcoming_event", language).title in card_titles(page_html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_year_shows_only_that_years_past_events(client, tree, add_past_events, language):
    in_2021 = add_past_events(language, 2021, 2)
    add_past_events(language, 2019, 1)
    index = tree("event_index", language)

    page_html = get_html(client, index.url, {"year": "2021"})

    assert card_titles(past_section(page_html)) == in_2021
    assert year_links(page_html, language) == [
        ("2024", index.url, False),
        ("2021", f"{index.url}?year=2021", True),
        ("2019", f"{index.url}?year=2019", False),
    ]
    # The upcoming events stay above, whichever year is shown.
    assert tree("upcoming_event", language).title in card_titles(page_html)


def test_year_links_keep_the_filters_and_offer_only_years_with_matching_events(
    client, tree, add_past_events
):
    add_past_events("sq", 2021, 1, series=tree("series"))
    add_past_events("sq", 2019, 1)
    index = tree("event_index")

    page_html = get_html(client, index.url, {"series": "dropout-week"})

    assert year_links(page_html, "sq") == [
        ("2024", f"{index.url}?series=dropout-week", True),
        ("2021", f"{index.url}?series=dropout-week&year=2021", False),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_year_is_paged_in_the_database(client, tree, add_past_events, language):
    titles = add_past_events(language, 2021, 5)
    url = tree("event_index", language).url

    with CaptureQueriesContext(connection) as queries:
        page_html = get_html(client, url, {"year": "2021", "page": "2"})

    assert card_titles(past_section(page_html)) == titles[2:4]
    assert 'href="?year=2021&amp;page=1"' in page_html
    assert 'href="?year=2021&amp;page=3"' in page_html
    assert '<span aria-current="page">2</span>' in page_html
    event_queries = [query["sql"] for query in queries if '"events_eventpage"' in query["sql"]]
    assert any(f"LIMIT {PER_PAGE} OFFSET {PER_PAGE}" in sql for sql in event_queries)
    assert past_titles(client, url, {"year": "2021", "page": "3"}) == titles[4:]
    # An odd page number shows a page of the year, as on the news index.
    assert past_titles(client, url, {"year": "2021", "page": "abc"}) == titles[:2]


def test_the_latest_year_is_paged_at_the_index_address(client, tree, add_past_events):
    titles = add_past_events("sq", 2024, 3)
    url = tree("event_index").url

    # The tree's event, in November, first.
    assert past_titles(client, url) == [tree("past_event").title, titles[0]]
    assert past_titles(client, url, {"page": "2"}) == titles[1:]


@pytest.mark.parametrize(
    "year",
    [
        "abc",
        "2020",  # no event that year
        "1900",
        "2024.0",
        " 2024",
        "2024 ",
        "+2024",
        "02024",
        "-2024",
        "٢٠٢٤",  # Arabic-Indic digits, which int() would take
        "２０２４",  # full-width digits
        "99999999999999999999999",
        "2024-11",
    ],
)
def test_a_year_without_past_events_is_not_found(client, tree, year):
    assert client.get(tree("event_index", "en").url, {"year": year}).status_code == 404


def test_a_year_of_upcoming_events_only_is_not_found(client, tree):
    upcoming_year = timezone.localdate(tree("upcoming_event").start).year
    assert upcoming_year != 2024

    assert client.get(tree("event_index").url, {"year": upcoming_year}).status_code == 404


def test_an_empty_year_shows_the_latest(client, tree):
    assert past_titles(client, tree("event_index").url, {"year": ""}) == [tree("past_event").title]


@pytest.mark.parametrize("language", LANGUAGES)
def test_query_count_depends_on_neither_the_number_of_past_events_nor_the_year_or_page(
    client, tree, add_past_events, language
):
    url = tree("event_index", language).url
    few = queries_for(client, url)  # one past event, in 2024

    add_past_events(language, 2024, 4)
    add_past_events(language, 2021, 3)
    add_past_events(language, 2019, 1)

    assert len(past_titles(client, url, {"page": "3"})) == 1
    for query in ["", "?page=3", "?year=2021", "?year=2021&page=2", "?year=2019"]:
        assert queries_for(client, url + query) == few, query
